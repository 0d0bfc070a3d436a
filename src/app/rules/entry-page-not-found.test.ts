import { describe, expect, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'entry-page-not-found';

describe(CODE, () => {
  it('accepts a main page or a subpackage page', () => {
    expectPasses(CODE, { pages, entryPagePath: 'pages/logs/logs' });
    expectPasses(CODE, { pages, subpackages: [{ root: 'pkg/', pages: ['home'] }], entryPagePath: 'pkg/home' });
  });

  it('rejects an undeclared page, suggesting a declared one', () => {
    const [d] = expectFails(CODE, { pages, entryPagePath: 'pages/home/home' }, [['entryPagePath']]);
    expect(d?.message).toContain('"pages/index/index"');
  });
});
