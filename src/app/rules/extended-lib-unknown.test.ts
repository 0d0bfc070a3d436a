import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'extended-lib-unknown';

describe(CODE, () => {
  it('accepts weui and kbone', () => {
    expectPasses(CODE, { pages, useExtendedLib: { weui: true, kbone: 'latest' }, subpackages: [{ root: 'p', pages: ['x'], useExtendedLib: { weui: true } }] });
  });

  it('rejects any other library, in the app and in a subpackage', () => {
    expectFails(CODE, { pages, useExtendedLib: { vant: true }, subpackages: [{ root: 'p', pages: ['x'], useExtendedLib: { tdesign: true } }] }, [
      ['useExtendedLib', 'vant'], ['subpackages', 0, 'useExtendedLib', 'tdesign'],
    ]);
  });
});
