import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const tab = (pagePath: string, extra: Record<string, unknown> = {}) => ({ pagePath, text: pagePath, ...extra });
const CODE = 'tab-bar-icon-type';

describe(CODE, () => {
  it('leaves "@variable" icons to the theme.json check', () => {
    expectPasses(CODE, { pages, themeLocation: 'theme.json', tabBar: { list: [tab(pages[0]!, { iconPath: '@tabIcon' }), tab(pages[1]!)] } });
  });

  it('accepts png and jpg icons', () => {
    expectPasses(CODE, { pages, tabBar: { list: [tab(pages[0]!, { iconPath: 'img/a.png', selectedIconPath: 'img/a.jpeg' }), tab(pages[1]!, { iconPath: 'img/b.jpg' })] } });
  });

  it('rejects gif, svg and upper-case extensions', () => {
    expectFails(CODE, {
      pages, tabBar: { list: [tab(pages[0]!, { iconPath: 'img/a.gif', selectedIconPath: 'img/a.PNG' }), tab(pages[1]!, { iconPath: 'img/b.svg' })] },
    }, [['tabBar', 'list', 0, 'iconPath'], ['tabBar', 'list', 0, 'selectedIconPath'], ['tabBar', 'list', 1, 'iconPath']]);
  });
});
