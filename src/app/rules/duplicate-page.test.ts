import { describe, expect, it } from 'vitest';
import { expectFails, expectPasses, findingsOf } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'duplicate-page';

describe(CODE, () => {
  it('accepts the same relative page in two subpackages', () => {
    expectPasses(CODE, { pages, subpackages: [{ root: 'a', pages: ['index'] }, { root: 'b', pages: ['index'] }] });
  });

  it('rejects a page listed twice in pages or in one subpackage', () => {
    const [main] = expectFails(CODE, {
      pages: [...pages, 'pages/index/index'],
      subpackages: [{ root: 'a', pages: ['x', './x'] }],
    }, [['pages', 2], ['subpackages', 0, 'pages', 1]]);
    expect(main?.message).toContain('pages[0]');
  });

  it('compares pages within each package only, as WeChat does: colliding full paths are other rules\' findings', () => {
    // WeChat (miniprogram-ci 2.1.42): "pkg/a" Should not exist in ["subPackages"][0].
    const collision = { pages: [...pages, 'pkg/a'], subpackages: [{ root: 'pkg', pages: ['a'] }] };
    expectPasses(CODE, collision);
    expect(findingsOf('main-page-in-subpackage', collision).map((d) => d.path)).toEqual([['pages', 2]]);
  });

  it('does not report pages of two subpackages with the same root: the root is the error', () => {
    // WeChat: ["subpackages"][1] and ["subpackages"][0] have same "root".
    for (const second of ['pkg', 'pkg/', './pkg']) {
      const sameRoot = { pages, subpackages: [{ root: 'pkg', pages: ['a'] }, { root: second, pages: ['a', 'b'] }] };
      expectPasses(CODE, sameRoot);
      expect(findingsOf('subpackage-root-duplicate', sameRoot).map((d) => d.path)).toEqual([['subpackages', 1, 'root']]);
    }
  });

  it('reports a page repeated under two spellings in one subpackage at the second one', () => {
    const [d] = expectFails(CODE, { pages, subpackages: [{ root: 'pkg/', pages: ['a/b', 'a//b', './a/b'] }] }, [['subpackages', 0, 'pages', 1], ['subpackages', 0, 'pages', 2]]);
    expect(d?.message).toContain('subpackages[0].pages[0]');
  });
});
