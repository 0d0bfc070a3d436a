import { describe, expect, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const tab = (pagePath: string, extra: Record<string, unknown> = {}) => ({ pagePath, text: pagePath, ...extra });
const CODE = 'tab-bar-item-count';
const many = (n: number) => Array.from({ length: n }, (_, i) => `pages/p${i}/p`);

describe(CODE, () => {
  it('accepts 5 tabs, and up to 10 with a custom tab bar', () => {
    expectPasses(CODE, { pages: many(5), tabBar: { list: many(5).map((p) => tab(p)) } });
    expectPasses(CODE, { pages: many(10), tabBar: { custom: true, list: many(10).map((p) => tab(p)) } });
  });

  it('rejects 6 tabs without custom: true', () => {
    const [d] = expectFails(CODE, { pages: many(6), tabBar: { list: many(6).map((p) => tab(p)) } }, [['tabBar', 'list']]);
    expect(d?.message).toContain('at most 5');
  });
});
