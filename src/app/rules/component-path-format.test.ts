import { describe, expect, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'component-path-format';

describe(CODE, () => {
  it('accepts absolute, relative, npm and plugin component paths', () => {
    expectPasses(CODE, { pages, usingComponents: { 'a-b': '/components/a/index', c: '../c/c', 'van-button': '@vant/weapp/button/index', p: 'plugin://chart/line' } });
  });

  it('rejects an empty path and a path with an extension', () => {
    const [, ext] = expectFails(CODE, { pages, usingComponents: { a: '', b: '/components/b/index.js' } }, [['usingComponents', 'a'], ['usingComponents', 'b']]);
    expect(ext?.message).toContain('Write "/components/b/index"');
  });
});
