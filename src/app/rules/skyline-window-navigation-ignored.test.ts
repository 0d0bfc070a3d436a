import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const skyline = { renderer: 'skyline', lazyCodeLoading: 'requiredComponents', componentFramework: 'glass-easel', rendererOptions: { skyline: {} } };
const CODE = 'skyline-window-navigation-ignored';

describe(CODE, () => {
  it('accepts navigation settings with webview, or with navigationStyle custom', () => {
    expectPasses(CODE, { pages, window: { navigationBarTitleText: 'Shop' } });
    expectPasses(CODE, { pages, ...skyline, window: { navigationStyle: 'custom', navigationBarTitleText: 'Shop' } });
  });

  it('warns on each navigation setting under Skyline', () => {
    expectFails(CODE, { pages, ...skyline, window: { navigationBarTitleText: 'Shop', navigationBarBackgroundColor: '#ffffff', backgroundColor: '#000000' } }, [
      ['window', 'navigationBarTitleText'], ['window', 'navigationBarBackgroundColor'],
    ], 'warning');
  });
});
