import { describe, expect, it } from 'vitest';
import { appModel } from './app-model.js';

describe('appModel', () => {
  it('lists what WeChat uses: subpackages wins over subPackages', () => {
    const model = appModel({
      pages: ['pages/a', 1, 'pages/b'],
      subPackages: [{ root: 'old', pages: ['x'] }],
      subpackages: [{ root: './pkg//', name: 'p', independent: true, pages: ['x', 'y/../z'] }, 'not an object'],
      tabBar: { list: [{ pagePath: 'pages/a' }, null] },
      themeLocation: 'theme.json',
    });
    expect(model.subpackages.map((sp) => [sp.key, sp.index, sp.normalRoot, sp.name, sp.independent])).toEqual([['subpackages', 0, 'pkg/', 'p', true]]);
    expect(model.pages.map((p) => p.page)).toEqual(['pages/a', 'pages/b', 'pkg/x', 'pkg/z']);
    expect(model.pages[3]?.path).toEqual(['subpackages', 0, 'pages', 1]);
    expect([...model.pageSet]).toEqual(['pages/a', 'pages/b', 'pkg/x', 'pkg/z']);
    expect(model.pageCount).toBe(4);
    expect(model.tabItems.map(([path]) => path)).toEqual([['tabBar', 'list', 0]]);
    expect(model.hasSubpackageList).toBe(true);
    expect([model.themeLocation, model.sitemapLocation]).toEqual(['theme.json', undefined]);
  });

  it('reads any value without throwing', () => {
    for (const value of [null, 1, 'x', [], { pages: 'x', subpackages: {}, tabBar: [] }]) {
      const model = appModel(value);
      expect([model.pages, model.subpackages, model.tabItems, model.pageCount, model.hasSubpackageList]).toEqual([[], [], [], 0, false]);
    }
  });
});
