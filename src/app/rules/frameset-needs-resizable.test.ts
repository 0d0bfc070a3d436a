import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'frameset-needs-resizable';

describe(CODE, () => {
  it('accepts frameset with resizable', () => {
    expectPasses(CODE, { pages, frameset: true, resizable: true });
  });

  it('warns on frameset without resizable', () => {
    expectFails(CODE, { pages, frameset: true }, [['frameset']], 'warning');
  });
});
