import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'file-path-format';

describe(CODE, () => {
  it('accepts relative folders and icons starting with "/"', () => {
    expectPasses(CODE, {
      pages, workers: 'workers', themeLocation: 'theme.json', subpackages: [{ root: 'pkg/', pages: ['a'] }],
      tabBar: { list: [{ pagePath: pages[0], text: 'a', iconPath: '/img/a.png', selectedIconPath: './img/b.png' }, { pagePath: pages[1], text: 'b', iconPath: '' }] },
    });
  });

  it('rejects a leading "/" or "./", "../" and URLs', () => {
    expectFails(CODE, {
      pages, workers: { path: './workers', isSubpackage: true }, themeLocation: '/theme.json',
      subpackages: [{ root: '/pkg', pages: ['a'] }],
      tabBar: { list: [{ pagePath: pages[0], text: 'a', iconPath: 'https://cdn.example.com/a.png' }, { pagePath: pages[1], text: 'b', selectedIconPath: '../img/b.png' }] },
    }, [
      ['subpackages', 0, 'root'], ['workers', 'path'], ['themeLocation'],
      ['tabBar', 'list', 0, 'iconPath'], ['tabBar', 'list', 1, 'selectedIconPath'],
    ]);
  });

  it('rejects an empty workers folder', () => {
    expectFails(CODE, { pages, workers: '' }, [['workers']]);
  });
});
