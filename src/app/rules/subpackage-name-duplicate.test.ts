import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'subpackage-name-duplicate';

describe(CODE, () => {
  it('accepts distinct names', () => {
    expectPasses(CODE, { pages, subpackages: [{ root: 'a', name: 'a', pages: ['x'] }, { root: 'b', name: 'b', pages: ['x'] }] });
  });

  it('rejects a repeated name', () => {
    expectFails(CODE, { pages, subpackages: [{ root: 'a', name: 'n', pages: ['x'] }, { root: 'b', name: 'n', pages: ['x'] }] }, [['subpackages', 1, 'name']]);
  });
});
