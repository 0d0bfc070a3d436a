import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeFile, normalizeSegments as reference } from './app-view.js';

describe('normalizeFile', () => {
  it('takes its fast path only where the segment-by-segment definition changes nothing', () => {
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
