import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineIndex, positionAt } from './positions.js';

/** Line starts by the definition: after every \n, \r\n or lone \r. */
function reference(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts;
}

describe('lineIndex', () => {
  it('finds every line start for \\n, \\r\\n and lone \\r endings', () => {
    const texts = fc.array(fc.constantFrom('a', '{', '\n', '\r', '\r\n', '"x"'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(fc.property(texts, (text) => {
      expect(lineIndex(text)).toEqual(reference(text));
    }), { numRuns: 2000 });
  });

  it('gives 1-based line and column', () => {
    const lines = lineIndex('{\n  "a": 1\r\n}');
    expect(positionAt(lines, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(lines, 4)).toEqual({ line: 2, column: 3 });
    expect(positionAt(lines, 12)).toEqual({ line: 3, column: 1 });
  });
});
