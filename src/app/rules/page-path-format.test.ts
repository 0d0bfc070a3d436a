import { describe, expect, it } from 'vitest';
import { expectFails, expectPasses, findingsOf } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'page-path-format';

describe(CODE, () => {
  it('accepts page paths relative to the code root', () => {
    expectPasses(CODE, { pages, entryPagePath: 'pages/logs/logs', subpackages: [{ root: 'pkg', pages: ['a/b'] }] });
  });

  it('accepts an empty entryPagePath, which WeChat skips', () => {
    expectPasses(CODE, { pages, entryPagePath: '' });
  });

  it('rejects a leading "/", an extension, a query and "./" with a corrected suggestion', () => {
    const [slash, ext, query] = expectFails(CODE, {
      pages: ['/pages/index/index', 'pages/a/a.js', 'pages/b/b?x=1'],
      subpackages: [{ root: 'pkg', pages: ['./a'] }],
      entryPagePath: '/pages/index/index',
    }, [['pages', 0], ['pages', 1], ['pages', 2], ['subpackages', 0, 'pages', 0], ['entryPagePath']]);
    expect(slash?.message).toContain('Write "pages/index/index" instead.');
    expect(ext?.message).toContain('"pages/a/a"');
    expect(query?.message).toContain('"pages/b/b"');
  });

  it('rejects any "." in a tab pagePath, as WeChat does', () => {
    expectFails(CODE, {
      pages: [...pages, 'pages/v1.2/home'],
      tabBar: { list: [{ pagePath: 'pages/index/index', text: 'a' }, { pagePath: 'pages/v1.2/home', text: 'b' }] },
    }, [['tabBar', 'list', 1, 'pagePath']]);
  });

  it('speaks Chinese', () => {
    expect(findingsOf(CODE, { pages: ['/pages/index/index'] }, 'zh-CN')[0]?.message).toBe(
      'pages[0] 的值 "/pages/index/index" 以 "/" 开头，这里的路径相对于代码根目录，不能以 "/" 开头。请改为 "pages/index/index"。',
    );
  });
});
