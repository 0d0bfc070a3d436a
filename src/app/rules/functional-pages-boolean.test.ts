import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'functional-pages-boolean';

describe(CODE, () => {
  it('accepts the object form and false', () => {
    expectPasses(CODE, { pages, functionalPages: { independent: true } });
    expectPasses(CODE, { pages, functionalPages: false });
  });

  it('warns on true', () => {
    expectFails(CODE, { pages, functionalPages: true }, [['functionalPages']], 'warning');
  });
});
