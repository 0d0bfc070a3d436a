import { parseTree } from 'jsonc-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonPath } from '../diagnostics.js';
import { locatePaths } from './locate.js';
import { offsetOfPath } from './positions.js';

/** Every path in a value, plus some that do not exist under existing ones. */
function pathsOf(value: unknown, at: JsonPath = []): JsonPath[] {
  const out: JsonPath[] = [at, [...at, 'missing'], [...at, 99]];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...pathsOf(item, [...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  return out;
}

const texts = fc.tuple(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 1, 2, '\t', '  \n ')).map(([value, space]) => {
  const text = JSON.stringify(value, null, typeof space === 'string' && space.includes('\n') ? undefined : space);
  return [value, typeof space === 'string' && space.includes('\n') ? `${space}${text}${space}` : text] as const;
});

describe('locatePaths', () => {
  it('gives the same offsets as offsetOfPath on the jsonc-parser tree, for values and keys', () => {
    fc.assert(fc.property(texts, ([value, text]) => {
      const tree = parseTree(text);
      const requests = pathsOf(value).flatMap((path) => [{ path, anchor: 'value' as const }, { path, anchor: 'key' as const }]);
      const offsets = locatePaths(text, requests);
      requests.forEach((request, r) => {
        expect(offsets[r], `${JSON.stringify(request)} in ${text}`).toBe(offsetOfPath(tree, request.path, request.anchor));
      });
    }), { numRuns: 400 });
  });

  it('handles escaped quotes, escaped keys and brackets inside strings', () => {
    const text = '{"a\\"]}": "x\\\\", "b\\u0063": [ "[{", {"d": 1} ], "e": -1.5e3}';
    const tree = parseTree(text);
    for (const path of [['a"]}'], ['bc', 1, 'd'], ['e'], ['bc', 0], ['nope']] as JsonPath[]) {
      expect(locatePaths(text, [{ path }])[0]).toBe(offsetOfPath(tree, path));
      expect(locatePaths(text, [{ path, anchor: 'key' }])[0]).toBe(offsetOfPath(tree, path, 'key'));
    }
  });

  it('never throws or loops on text that is not JSON', () => {
    fc.assert(fc.property(fc.string(), fc.array(fc.oneof(fc.string(), fc.nat()), { maxLength: 3 }), (text, path) => {
      expect(locatePaths(text, [{ path }])).toHaveLength(1);
    }), { numRuns: 300 });
  });

  it('skips CRLF line ends, tabs and spaces like any other whitespace', () => {
    const text = '{\r\n\t"a": {\r\n\t\t"b" :\r\n [ 1 ,\r\n\t2 ]\r\n\t}\r\n}';
    const tree = parseTree(text);
    for (const path of [['a'], ['a', 'b'], ['a', 'b', 1], ['a', 'c']] as JsonPath[]) {
      expect(locatePaths(text, [{ path }])[0]).toBe(offsetOfPath(tree, path));
      expect(locatePaths(text, [{ path, anchor: 'key' }])[0]).toBe(offsetOfPath(tree, path, 'key'));
    }
  });

  it('answers every request, with repeated and diverging paths in one call', () => {
    const text = JSON.stringify({ pages: ['a', 'a', 'b'], window: { a: 1 }, '1': 'key one' }, null, 2);
    const tree = parseTree(text);
    const paths: JsonPath[] = [['pages', 1], ['pages', 1], ['pages', 2], ['window', 'a'], ['window'], ['pages'], ['1'], [1], ['pages', '1']];
    const offsets = locatePaths(text, paths.map((path) => ({ path })));
    expect(offsets).toEqual(paths.map((path) => offsetOfPath(tree, path)));
  });
});
