import { describe, expect, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const tab = (pagePath: string, extra: Record<string, unknown> = {}) => ({ pagePath, text: pagePath, ...extra });
const CODE = 'theme-variable-not-allowed';

describe(CODE, () => {
  it('accepts variables on the DarkMode fields', () => {
    expectPasses(CODE, { pages, themeLocation: 'theme.json', window: { backgroundColorContent: '@bg' }, tabBar: { borderStyle: '@border', list: [tab(pages[0]!), tab(pages[1]!)] } });
  });

  it('rejects "@" on a title or a tab text, which WeChat reads as a variable', () => {
    const [d] = expectFails(CODE, {
      pages, themeLocation: 'theme.json', window: { navigationBarTitleText: '@home' },
      tabBar: { list: [tab(pages[0]!, { text: '@me' }), tab(pages[1]!)] },
    }, [['window', 'navigationBarTitleText'], ['tabBar', 'list', 0, 'text']]);
    expect(d?.message).toContain('does not start with "@"');
  });
});
