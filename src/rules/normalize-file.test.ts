import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeFile } from './app-view.js';

/** The plain segment-by-segment definition the fast path must agree with. */
function reference(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

describe('normalizeFile', () => {
  it('agrees with the segment-by-segment definition (fast path included)', () => {
    const segments = fc.array(fc.constantFrom('a', 'b', '.', '..', '', '/', '.a', 'a.', '...'), { maxLength: 10 }).map((xs) => xs.join(''));
    fc.assert(fc.property(fc.oneof(segments, fc.string()), (path) => {
      expect(normalizeFile(path)).toBe(reference(path));
    }), { numRuns: 3000 });
  });

  it('keeps ordinary page paths as they are', () => {
    expect(normalizeFile('pages/index/index')).toBe('pages/index/index');
    expect(normalizeFile('pkg/./pages//a/../b/')).toBe('pkg/pages/b');
  });
});
