import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'independent-subpackage-plugins';
const plugins = { chart: { version: '1.0.0', provider: 'wx1234567890abcdef' } };

describe(CODE, () => {
  it('accepts plugins in a regular subpackage', () => {
    expectPasses(CODE, { pages, subpackages: [{ root: 'a', pages: ['x'], plugins }] });
  });

  it('warns on plugins in an independent subpackage', () => {
    expectFails(CODE, { pages, subpackages: [{ root: 'a', pages: ['x'], independent: true, plugins }] }, [['subpackages', 0, 'plugins']], 'warning');
  });
});
