import { describe, expect, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'subpackage-root-nested';

describe(CODE, () => {
  it('accepts sibling roots that share a prefix', () => {
    expectPasses(CODE, { pages, subpackages: [{ root: 'pkg', pages: ['x'] }, { root: 'pkg2', pages: ['x'] }] });
  });

  it('rejects a root inside another root', () => {
    const [d] = expectFails(CODE, { pages, subpackages: [{ root: 'pkg', pages: ['x'] }, { root: 'pkg/inner', pages: ['y'] }] }, [['subpackages', 1, 'root']]);
    expect(d?.message).toContain('subpackages[0].root');
  });
});
