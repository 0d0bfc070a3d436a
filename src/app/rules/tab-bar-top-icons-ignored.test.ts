import { describe, expect, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'tab-bar-top-icons-ignored';
const list = [{ pagePath: pages[0], text: 'a', iconPath: 'img/a.png' }, { pagePath: pages[1], text: 'b' }];

describe(CODE, () => {
  it('accepts icons at the bottom', () => {
    expectPasses(CODE, { pages, tabBar: { position: 'bottom', list } });
  });

  it('warns on icons of a top tab bar', () => {
    const [d] = expectFails(CODE, { pages, tabBar: { position: 'top', list } }, [['tabBar', 'list', 0, 'iconPath']], 'warning');
    expect(d?.message).toContain('position "top"');
  });
});
