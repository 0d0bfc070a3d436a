import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'main-page-in-subpackage';

describe(CODE, () => {
  it('accepts main pages outside every root', () => {
    expectPasses(CODE, { pages, subpackages: [{ root: 'pages/index2', pages: ['x'] }] });
  });

  it('rejects a main page inside a subpackage folder', () => {
    expectFails(CODE, { pages, subpackages: [{ root: 'pages/logs', pages: ['x'] }] }, [['pages', 1]]);
  });
});
