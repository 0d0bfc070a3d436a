/**
 * Finds the offsets of a few JSON paths in one scan of strict JSON text, without building a syntax
 * tree: values off the requested paths are skipped bracket by bracket. Same answers as
 * `offsetOfPath` on a jsonc-parser tree (a missing path falls back to its nearest existing ancestor),
 * at a fraction of the cost on large files. With duplicate keys it takes the first occurrence that
 * holds the deepest part of the path.
 *
 * Only for text that `JSON.parse` accepted (and whose nesting `MAX_DEPTH` bounds): it does not
 * report syntax errors, though it never throws or loops on other text.
 */
import type { JsonPath } from '../diagnostics.js';
import type { Anchor } from './positions.js';

export interface PathRequest {
  path: JsonPath;
  anchor?: Anchor;
}

const QUOTE = 34;
const BACKSLASH = 92;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

export function locatePaths(text: string, requests: readonly PathRequest[]): number[] {
  const found = requests.map(() => ({ depth: -1, offset: 0 }));
  let i = 0;

  const skipSpace = () => {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  };
  /** From an opening quote to just past the closing one. */
  const skipString = () => {
    i++;
    for (;;) {
      const quote = text.indexOf('"', i);
      if (quote < 0) {
        i = text.length;
        return;
      }
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
      i = quote + 1;
      if (backslashes % 2 === 0) return;
    }
  };
  const readKey = (): string => {
    const start = i;
    skipString();
    const raw = text.slice(start, i);
    if (!raw.includes('\\')) return raw.slice(1, -1);
    try {
      return JSON.parse(raw) as string;
    } catch {
      return raw.slice(1, -1);
    }
  };
  const skipValue = () => {
    skipSpace();
    const c = text.charCodeAt(i);
    if (c === QUOTE) return skipString();
    if (c === 123 || c === 91) {
      let depth = 0;
      while (i < text.length) {
        const d = text.charCodeAt(i);
        if (d === QUOTE) {
          skipString();
          continue;
        }
        i++;
        if (d === 123 || d === 91) depth++;
        else if ((d === 125 || d === 93) && --depth === 0) return;
      }
      return;
    }
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (d === 44 || d === 125 || d === 93 || isSpace(d)) return;
      i++;
    }
  };
  /** After a member: true when a comma follows (more members), false at the closing bracket. */
  const next = (): boolean => {
    skipSpace();
    const c = text.charCodeAt(i);
    if (i < text.length) i++;
    return c === 44;
  };

  const visit = (depth: number, active: number[], keyOffset: number) => {
    skipSpace();
    const start = i;
    const deeper: number[] = [];
    for (const r of active) {
      const request = requests[r] as PathRequest;
      const result = found[r] as { depth: number; offset: number };
      if (depth > result.depth) {
        const atKey = depth === request.path.length && request.anchor === 'key' && keyOffset >= 0;
        found[r] = { depth, offset: atKey ? keyOffset : start };
      }
      if (request.path.length > depth) deeper.push(r);
    }
    const c = text.charCodeAt(i);
    if (deeper.length === 0 || (c !== 123 && c !== 91)) return skipValue();
    i++;
    skipSpace();
    if (text.charCodeAt(i) === (c === 123 ? 125 : 93)) {
      i++;
      return;
    }
    // Requests grouped by their next segment: one lookup per member, whatever the number of requests
    // (filtering all of them at every member was quadratic with thousands of diagnostics in one list).
    const bySegment = new Map<string | number, number[]>();
    for (const r of deeper) {
      const segment = (requests[r] as PathRequest).path[depth] as string | number;
      const group = bySegment.get(segment);
      if (group) group.push(r);
      else bySegment.set(segment, [r]);
    }
    for (let index = 0; i < text.length; index++) {
      skipSpace();
      let segment: string | number = index;
      let memberKeyOffset = -1;
      if (c === 123) {
        memberKeyOffset = i;
        segment = readKey();
        skipSpace();
        i++; // the colon
      }
      const matching = bySegment.get(segment);
      if (matching) visit(depth + 1, matching, memberKeyOffset);
      else skipValue();
      if (!next()) return;
    }
  };

  visit(0, requests.map((_, r) => r), -1);
  return found.map((f) => f.offset);
}
