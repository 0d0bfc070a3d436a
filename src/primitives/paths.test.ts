import { describe, expect, it } from 'vitest';
import { isInsideFolder, joinInside, normalizeDir, toSlashes, trimLeadingDotSlashes, trimLeadingSlashes, trimTrailingSlashes } from './paths.js';

describe('paths', () => {
  it('trims, converts and normalises', () => {
    expect(trimLeadingDotSlashes('././/a/./b')).toBe('a/./b');
    expect(trimLeadingDotSlashes('.hidden/a')).toBe('.hidden/a');
    expect(trimLeadingDotSlashes('../a')).toBe('../a');
    expect(trimLeadingSlashes('//a/')).toBe('a/');
    expect(trimTrailingSlashes('a//')).toBe('a');
    expect(toSlashes('a\\b\\c')).toBe('a/b/c');
    expect(normalizeDir('./pkg//a')).toBe('pkg/a/');
    expect(joinInside('/../a')).toBe('a');
    expect(joinInside('../a')).toBeUndefined();
  });

  it('tells whether a path lies in a folder, not in a sibling sharing its prefix', () => {
    expect(isInsideFolder('pkg/a', 'pkg')).toBe(true);
    expect(isInsideFolder('pkg', 'pkg')).toBe(true);
    expect(isInsideFolder('pkgb/a', 'pkg')).toBe(false);
    expect(isInsideFolder('a', '')).toBe(true);
  });

  it('takes linear time on hostile input (long runs of slashes and dots)', () => {
    const hostile = `${'/'.repeat(200_000)}x${'./'.repeat(200_000)}${'/'.repeat(200_000)}y`;
    const started = performance.now();
    for (const fn of [trimLeadingSlashes, trimTrailingSlashes, trimLeadingDotSlashes, toSlashes, normalizeDir]) fn(hostile);
    joinInside(hostile, hostile);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
