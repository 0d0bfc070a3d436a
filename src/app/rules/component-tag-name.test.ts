import { describe, expect, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'component-tag-name';

describe(CODE, () => {
  it('accepts lower-case tags with "-" and "_"', () => {
    expectPasses(CODE, { pages, usingComponents: { 'nav-bar': '/c/nav', van_cell2: '/c/cell' } });
  });

  it('warns on upper-case letters and dots, suggesting a kebab-case name', () => {
    const [upper] = expectFails(CODE, { pages, usingComponents: { NavBar: '/c/nav', 'x.y': '/c/xy' } }, [['usingComponents', 'NavBar'], ['usingComponents', 'x.y']], 'warning');
    expect(upper?.message).toContain('"nav-bar"');
  });
});
