import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'subpackage-reserved-name';

describe(CODE, () => {
  it('accepts ordinary roots and names', () => {
    expectPasses(CODE, { pages, subpackages: [{ root: 'app', name: 'APP', pages: ['x'] }] });
  });

  it('rejects "__APP__" as root or name', () => {
    expectFails(CODE, { pages, subpackages: [{ root: '__APP__', pages: ['x'] }, { root: 'b', name: '__APP__', pages: ['x'] }] }, [
      ['subpackages', 0, 'root'], ['subpackages', 1, 'name'],
    ]);
  });
});
