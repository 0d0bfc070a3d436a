/** init vscode: component paths are normalised, and components used only from page jsons are mapped. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { patternsFor } from './init-vscode-mappings.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspace(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mps-init-c-'));
  made.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), JSON.stringify(content));
  }
  return dir;
}

describe('init vscode component mappings', () => {
  const dir = () => workspace({
    'project.config.json': { miniprogramRoot: 'miniprogram/' },
    'miniprogram/app.json': {
      pages: ['pages/index/index'],
      subpackages: [{ root: 'shop/', pages: ['cart/cart'] }],
      usingComponents: { a: './widgets/foo/foo', b: '/widgets//bar/bar', c: 'plugin://p/c', d: 'some-npm-package' },
    },
    'miniprogram/pages/index/index.json': { usingComponents: { card: '../../ui/card/card', row: './parts/row', out: '../../../../escape' } },
    'miniprogram/shop/cart/cart.json': { usingComponents: { item: '/shop/ui/item/item' } },
  });

  it('normalises app.json paths (./ and //) to the code root', () => {
    const { component } = patternsFor(dir(), { project: '', root: 'miniprogram/' });
    expect(component).toContain('miniprogram/widgets/foo/foo.json');
    expect(component).toContain('miniprogram/widgets/bar/bar.json');
    expect(component.filter((p) => p.includes('/./') || p.includes('//'))).toEqual([]);
    expect(component.some((p) => p.includes('plugin') || p.includes('some-npm-package'))).toBe(false);
  });

  it('maps components used only from page jsons, relative to the page, and keeps them out of the page schema', () => {
    const { component, page } = patternsFor(dir(), { project: '', root: 'miniprogram/' });
    expect(component).toEqual(expect.arrayContaining(['miniprogram/ui/card/card.json', 'miniprogram/pages/index/parts/row.json', 'miniprogram/shop/ui/item/item.json']));
    expect(component.some((p) => p.includes('escape'))).toBe(false);
    expect(page).toContain('!miniprogram/pages/index/parts/row.json');
  });
});

describe('init vscode reads app.json as WeChat does', () => {
  it('with both spellings, only the subpackages list counts (WeChat copies it over subPackages)', () => {
    const dir = workspace({
      'app.json': {
        pages: ['pages/index/index'],
        subpackages: [{ root: 'shop/', pages: ['cart/cart'] }],
        subPackages: [{ root: 'ignored/', pages: ['x/x'] }],
      },
    });
    const { page } = patternsFor(dir, { project: '', root: '' });
    expect(page).toContain('shop/**/*.json');
    expect(page.some((p) => p.includes('ignored'))).toBe(false);
  });

  it('strips every leading ./ of a root and reads backslashes as slashes', () => {
    const dir = workspace({ 'app.json': { pages: [], subpackages: [{ root: '././pkg\\a/', pages: ['p'] }] } });
    expect(patternsFor(dir, { project: '', root: '' }).page).toContain('pkg/a/**/*.json');
  });
});
