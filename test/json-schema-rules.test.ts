/** The path patterns of the editor schemas say exactly what the rules' own path check says. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PATH_PATTERNS } from '../scripts/gen-schemas-rules.js';
import { pathProblem, type PathKind } from '../src/app/rules/path-checks.js';

/** Strings made of the characters the path checks care about. */
const pathLike = fc.array(fc.constantFrom('a', 'b', '/', '.', '\\', ' ', '?', '@', '\n', 'js', 'png', 'jpg', 'JS', '..', '*'), { maxLength: 8 }).map((parts) => parts.join(''));

const cases: Array<[keyof typeof PATH_PATTERNS, PathKind]> = [['page', 'page'], ['tab-page', 'tab-page'], ['file', 'file']];

describe('path patterns agree with pathProblem', () => {
  for (const [pattern, kind] of cases) {
    it(`${pattern}`, () => {
      const regex = new RegExp(PATH_PATTERNS[pattern], 'u');
      fc.assert(fc.property(pathLike, (value) => {
        expect([value, regex.test(value)]).toEqual([value, pathProblem(value, kind) === undefined]);
      }), { numRuns: 3000, seed: 7 });
    });
  }

  it('icon: empty, an @variable, or a clean .png/.jpg/.jpeg path', () => {
    const regex = new RegExp(PATH_PATTERNS.icon, 'u');
    const accepted = (v: string) => {
      if (v === '' || v.startsWith('@')) return true;
      if (pathProblem(v, 'icon')) return false;
      const base = v.slice(v.lastIndexOf('/') + 1);
      const dot = base.lastIndexOf('.');
      return dot > 0 && ['.png', '.jpg', '.jpeg'].includes(base.slice(dot));
    };
    fc.assert(fc.property(pathLike, (value) => {
      expect([value, regex.test(value)]).toEqual([value, accepted(value)]);
    }), { numRuns: 3000, seed: 7 });
  });
});
