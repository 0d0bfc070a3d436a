import { describe, expect, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'preload-rule-package-not-found';
const subpackages = [{ root: 'pkg', name: 'shop', pages: ['list'] }, { root: 'more/', pages: ['x'] }];

describe(CODE, () => {
  it('accepts roots (with or without "/"), names and __APP__', () => {
    expectPasses(CODE, { pages, subpackages, preloadRule: { 'pages/index/index': { packages: ['shop', 'pkg/', 'more', '__APP__'] } } });
  });

  it('rejects an unknown package and lists the known ones', () => {
    const [d] = expectFails(CODE, { pages, subpackages, preloadRule: { 'pages/index/index': { packages: ['shop', 'shopping'] } } }, [
      ['preloadRule', 'pages/index/index', 'packages', 1],
    ]);
    expect(d?.message).toContain('"shop", "more/"');
  });
});
