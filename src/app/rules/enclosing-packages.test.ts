import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enclosingPackages, normalizeDir, type SubpackageRef, trimTrailingSlashes } from './app-view.js';

const ref = (root: string, index: number): SubpackageRef => ({
  key: 'subpackages', index, path: ['subpackages', index], item: { root }, root, normalRoot: normalizeDir(root), name: undefined, independent: false,
});

/** The definition: the first package in list order whose root lies strictly above the path. */
const naive = (packages: SubpackageRef[], paths: string[]) =>
  paths.map((p) => packages.find((sp) => sp.normalRoot && p !== sp.normalRoot && p.startsWith(sp.normalRoot)));

describe('enclosingPackages', () => {
  it('finds the first enclosing package in list order, not the nearest root', () => {
    const packages = [ref('a/b', 0), ref('a', 1), ref('x', 2)];
    expect(enclosingPackages(packages, ['a/b/c', 'a/b/', 'a/', 'a/c', 'ab/c', 'x/y']).map((sp) => sp?.index)).toEqual([0, 1, undefined, 1, undefined, 2]);
  });

  it('agrees with testing every root against every path', () => {
    const segment = fc.constantFrom('a', 'b', 'ab', '.', '');
    const root = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));
    fc.assert(fc.property(fc.array(root, { maxLength: 12 }), fc.array(root, { maxLength: 12 }), (roots, rawPaths) => {
      const packages = roots.map(ref).filter((sp) => sp.normalRoot);
      const paths = [...rawPaths, ...packages.map((sp) => sp.normalRoot as string)];
      expect(enclosingPackages(packages, paths)).toEqual(naive(packages, paths));
    }), { numRuns: 500 });
  });
});

describe('trimTrailingSlashes', () => {
  it('removes every trailing slash and nothing else', () => {
    expect(trimTrailingSlashes('a/b///')).toBe('a/b');
    expect(trimTrailingSlashes('///')).toBe('');
    expect(trimTrailingSlashes('/a/b')).toBe('/a/b');
    expect(trimTrailingSlashes('')).toBe('');
  });
});
