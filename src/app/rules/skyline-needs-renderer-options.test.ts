import { describe, expect, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const skyline = { renderer: 'skyline', lazyCodeLoading: 'requiredComponents', componentFramework: 'glass-easel', rendererOptions: { skyline: {} } };
const CODE = 'skyline-needs-renderer-options';

describe(CODE, () => {
  it('accepts an empty skyline object', () => {
    expectPasses(CODE, { pages, ...skyline });
  });

  it('rejects a missing rendererOptions, then a missing rendererOptions.skyline', () => {
    const [d] = expectFails(CODE, { pages, ...skyline, rendererOptions: undefined }, [['renderer']]);
    expect(d?.message).toContain('rendererOptions is missing');
    expectFails(CODE, { pages, ...skyline, rendererOptions: {} }, [['rendererOptions']]);
  });
});
