import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const skyline = { renderer: 'skyline', lazyCodeLoading: 'requiredComponents', componentFramework: 'glass-easel', rendererOptions: { skyline: {} } };
const CODE = 'skyline-needs-lazy-code-loading';

describe(CODE, () => {
  it('accepts skyline with lazyCodeLoading', () => {
    expectPasses(CODE, { pages, ...skyline });
  });

  it('rejects skyline without it', () => {
    expectFails(CODE, { pages, ...skyline, lazyCodeLoading: undefined }, [['renderer']]);
  });
});
