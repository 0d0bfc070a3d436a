import { describe, expect, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'duplicate-page';

describe(CODE, () => {
  it('accepts the same relative page in two subpackages', () => {
    expectPasses(CODE, { pages, subpackages: [{ root: 'a', pages: ['index'] }, { root: 'b', pages: ['index'] }] });
  });

  it('rejects a page listed twice in pages or in one subpackage', () => {
    const [main] = expectFails(CODE, {
      pages: [...pages, 'pages/index/index'],
      subpackages: [{ root: 'a', pages: ['x', './x'] }],
    }, [['pages', 2], ['subpackages', 0, 'pages', 1]]);
    expect(main?.message).toContain('pages[0]');
  });
});
