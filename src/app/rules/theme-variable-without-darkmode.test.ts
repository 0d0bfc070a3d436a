import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'theme-variable-without-darkmode';

describe(CODE, () => {
  it('accepts variables with darkmode: true', () => {
    expectPasses(CODE, { pages, darkmode: true, themeLocation: 'theme.json', window: { backgroundColor: '@bg' } });
  });

  it('warns on variables when darkmode is not true', () => {
    expectFails(CODE, { pages, themeLocation: 'theme.json', window: { backgroundColor: '@bg' } }, [['window', 'backgroundColor']], 'warning');
  });
});
