import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'too-many-subpackages';
const packages = (n: number) => Array.from({ length: n }, (_, i) => ({ root: `p${i}`, pages: ['index'] }));

describe(CODE, () => {
  it('accepts 100 subpackages', () => {
    expectPasses(CODE, { pages, subpackages: packages(100) });
  });

  it('rejects 101', () => {
    expectFails(CODE, { pages, subPackages: packages(101) }, [['subPackages']]);
  });
});
