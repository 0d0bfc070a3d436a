import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'darkmode-needs-theme-location';

describe(CODE, () => {
  it('accepts darkmode with themeLocation', () => {
    expectPasses(CODE, { pages, darkmode: true, themeLocation: 'theme.json' });
  });

  it('warns on darkmode without themeLocation', () => {
    expectFails(CODE, { pages, darkmode: true }, [['darkmode']], 'warning');
  });
});
