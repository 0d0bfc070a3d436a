import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'subpackage-root-duplicate';

describe(CODE, () => {
  it('accepts different roots', () => {
    expectPasses(CODE, { pages, subpackages: [{ root: 'a', pages: ['x'] }, { root: 'ab', pages: ['x'] }] });
  });

  it('treats "pkg" and "pkg/" as the same root', () => {
    expectFails(CODE, { pages, subpackages: [{ root: 'pkg', pages: ['x'] }, { root: 'pkg/', pages: ['y'] }] }, [['subpackages', 1, 'root']]);
  });
});
