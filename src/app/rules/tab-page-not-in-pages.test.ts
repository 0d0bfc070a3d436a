import { describe, expect, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const tab = (pagePath: string, extra: Record<string, unknown> = {}) => ({ pagePath, text: pagePath, ...extra });
const CODE = 'tab-page-not-in-pages';

describe(CODE, () => {
  it('accepts tab pages listed in pages', () => {
    expectPasses(CODE, { pages, tabBar: { list: [tab(pages[0]!), tab(pages[1]!)] } });
  });

  it('rejects a missing page and a subpackage page, saying which', () => {
    const [missing, sub] = expectFails(CODE, {
      pages, subpackages: [{ root: 'pkg', pages: ['home'] }],
      tabBar: { list: [tab(pages[0]!), tab('pages/me/me'), tab('pkg/home')] },
    }, [['tabBar', 'list', 1, 'pagePath'], ['tabBar', 'list', 2, 'pagePath']]);
    expect(missing?.message).toContain('Add "pages/me/me" to pages');
    expect(sub?.message).toContain('main package');
  });
});
