import { describe, expect, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'subpackages-both-spellings';

describe(CODE, () => {
  it('accepts either spelling alone', () => {
    expectPasses(CODE, { pages, subpackages: [{ root: 'a', pages: ['x'] }] });
    expectPasses(CODE, { pages, subPackages: [{ root: 'a', pages: ['x'] }] });
  });

  it('warns that subPackages is ignored when both are present', () => {
    const [d] = expectFails(CODE, { pages, subpackages: [{ root: 'a', pages: ['x'] }], subPackages: [{ root: 'b', pages: ['y'] }] }, [['subPackages']], 'warning');
    expect(d?.message).toContain('ignored');
  });
});
