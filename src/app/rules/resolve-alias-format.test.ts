import { describe, expect, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'resolve-alias-format';

describe(CODE, () => {
  it('accepts "/*" pairs, including a value starting with "/"', () => {
    expectPasses(CODE, { pages, resolveAlias: { '@/*': 'src/*', '~/*': '/*' } });
  });

  it('rejects "//", a "./" value and a missing "/*"', () => {
    const [dbl, dot, star] = expectFails(CODE, { pages, resolveAlias: { '@//*': 'src/*', '@a/*': './a/*', '@b': 'b' } }, [
      ['resolveAlias', '@//*'], ['resolveAlias', '@a/*'], ['resolveAlias', '@b'],
    ]);
    expect(dbl?.message).toContain('"//"');
    expect(dot?.message).toContain('"./"');
    expect(star?.message).toContain('"/*"');
  });
});
