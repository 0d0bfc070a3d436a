import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const tab = (pagePath: string, extra: Record<string, unknown> = {}) => ({ pagePath, text: pagePath, ...extra });
const CODE = 'theme-variable-needs-theme-location';

describe(CODE, () => {
  it('accepts variables with themeLocation', () => {
    expectPasses(CODE, { pages, darkmode: true, themeLocation: 'theme.json', window: { navigationBarBackgroundColor: '@navBg' } });
  });

  it('rejects variables without themeLocation', () => {
    expectFails(CODE, {
      pages, window: { navigationBarTextStyle: '@navText' },
      tabBar: { color: '@tabColor', list: [tab(pages[0]!, { iconPath: '@icon' }), tab(pages[1]!)] },
    }, [['window', 'navigationBarTextStyle'], ['tabBar', 'color'], ['tabBar', 'list', 0, 'iconPath']]);
  });
});
