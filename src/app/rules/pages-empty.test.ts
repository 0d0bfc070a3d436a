import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const CODE = 'pages-empty';

describe(CODE, () => {
  it('accepts one page', () => {
    expectPasses(CODE, { pages: ['pages/index/index'] });
  });

  it('warns on an empty list', () => {
    expectFails(CODE, { window: {}, pages: [] }, [['pages']], 'warning');
  });
});
