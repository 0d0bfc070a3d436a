import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const skyline = { renderer: 'skyline', lazyCodeLoading: 'requiredComponents', componentFramework: 'glass-easel', rendererOptions: { skyline: {} } };
const CODE = 'skyline-needs-glass-easel';

describe(CODE, () => {
  it('accepts skyline with glass-easel', () => {
    expectPasses(CODE, { pages, ...skyline });
  });

  it('warns on skyline without glass-easel', () => {
    expectFails(CODE, { pages, ...skyline, componentFramework: 'exparser' }, [['renderer']], 'warning');
  });
});
