import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const tab = (pagePath: string, extra: Record<string, unknown> = {}) => ({ pagePath, text: pagePath, ...extra });
const CODE = 'duplicate-tab-page';

describe(CODE, () => {
  it('accepts distinct tab pages', () => {
    expectPasses(CODE, { pages, tabBar: { list: [tab(pages[0]!), tab(pages[1]!)] } });
  });

  it('rejects a second tab for the same page', () => {
    expectFails(CODE, { pages, tabBar: { list: [tab(pages[0]!), tab(pages[1]!), tab(pages[0]!)] } }, [['tabBar', 'list', 2, 'pagePath']]);
  });
});
