import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinInside } from './project-fs.js';

/** The definition joinInside keeps: Node's POSIX join and normalize, kept inside the root. */
function byNodePath(...parts: string[]): string | undefined {
  const clean = path.posix.normalize(path.posix.join(...parts.map((p) => p.replace(/\\/g, '/')))).replace(/^\/+/, '');
  if (clean === '..' || clean.startsWith('../')) return undefined;
  return clean === '.' ? '' : clean;
}

const segment = fc.constantFrom('', '.', '..', '/', '//', '\\', 'a', 'b.json', 'pages', 'x/', '/y', './', '../', 'a\\b', '.hidden');
const part = fc.array(segment, { maxLength: 5 }).map((s) => s.join(''));

describe('joinInside', () => {
  it('agrees with path.posix join + normalize on any parts', () => {
    fc.assert(fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), (parts) => {
      expect(joinInside(...parts)).toBe(byNodePath(...parts));
    }), { numRuns: 5000 });
  });

  it('returns clean paths as they are and refuses to leave the root', () => {
    expect(joinInside('pages/index', 'index.json')).toBe('pages/index/index.json');
    expect(joinInside('/components/card/card')).toBe('components/card/card');
    expect(joinInside('pages', '../../secret')).toBeUndefined();
    expect(joinInside('')).toBe('');
  });
});
