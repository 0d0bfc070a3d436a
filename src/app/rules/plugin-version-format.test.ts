import { describe, expect, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const provider = 'wx1234567890abcdef';
const CODE = 'plugin-version-format';

describe(CODE, () => {
  it('accepts x.y.z, latest and dev-<id>', () => {
    expectPasses(CODE, { pages, plugins: { a: { version: '1.10.100', provider }, b: { version: 'latest', provider: 'wx2' }, c: { version: 'dev-abc123', provider: 'wx3' } } });
  });

  it('rejects "dev", two-part and four-digit versions, also in subpackages', () => {
    const [dev] = expectFails(CODE, {
      pages, plugins: { a: { version: 'dev', provider }, b: { version: '1.0', provider: 'wx2' } },
      subpackages: [{ root: 'pkg', pages: ['x'], plugins: { c: { version: '1.0.1000', provider: 'wx3' } } }],
    }, [['plugins', 'a', 'version'], ['plugins', 'b', 'version'], ['subpackages', 0, 'plugins', 'c', 'version']]);
    expect(dev?.message).toContain('plugin projects');
  });
});
