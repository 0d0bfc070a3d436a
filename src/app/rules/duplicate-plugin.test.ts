import { describe, expect, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const provider = 'wx1234567890abcdef';
const CODE = 'duplicate-plugin';

describe(CODE, () => {
  it('accepts different plugins in the app and a subpackage', () => {
    expectPasses(CODE, { pages, plugins: { a: { version: '1.0.0', provider } }, subpackages: [{ root: 'pkg', pages: ['x'], plugins: { b: { version: '1.0.0', provider: 'wx2' } } }] });
  });

  it('rejects one provider declared twice and a reused alias', () => {
    const [sameProvider, sameAlias] = expectFails(CODE, {
      pages, plugins: { a: { version: '1.0.0', provider } },
      subpackages: [
        { root: 'p1', pages: ['x'], plugins: { b: { version: '1.0.0', provider } } },
        { root: 'p2', pages: ['x'], plugins: { a: { version: '1.0.0', provider: 'wx2' } } },
      ],
    }, [['subpackages', 0, 'plugins', 'b'], ['subpackages', 1, 'plugins', 'a']]);
    expect(sameProvider?.message).toContain('plugins.a');
    expect(sameAlias?.message).toContain('alias "a"');
  });
});
