import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTree } from 'jsonc-parser';
import { validateAppJson } from '../app/index.js';
import { locatePaths } from './locate.js';
import { lineIndex, offsetOfPath, positionAt } from './positions.js';

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

describe('positions in files with CRLF or CR line endings', () => {
  // A finding on line 4 (the key at column 5, its value at column 30) must stay there: a scanner that
  // does not skip CR as white space loses its way and falls back to 1:1.
  const lines = ['{', '  "pages": ["pages/a/a"],', '  "window": {', '    "navigationBarTextStyle": "blue"', '  }', '}'];
  const fix = (text: string) => text.replace('"navigationBarTextStyle": "blue"', '"navigationBarTextStyle":"blue"');

  it.each([['CRLF', '\r\n'], ['CR', '\r'], ['LF', '\n']])('reports at 4:30 with %s endings, in the strict scanner and in the tree', (_, eol) => {
    const text = fix(lines.join(eol));
    const diagnostic = validateAppJson(text).diagnostics.find((d) => d.path.join('.') === 'window.navigationBarTextStyle');
    expect(diagnostic).toMatchObject({ path: ['window', 'navigationBarTextStyle'], line: 4, column: 30 });
    const [offset] = locatePaths(text, [{ path: ['window', 'navigationBarTextStyle'] }]);
    expect(positionAt(lineIndex(text), offset!)).toEqual({ line: 4, column: 30 });
    expect(positionAt(lineIndex(text), offsetOfPath(parseTree(text), ['window', 'navigationBarTextStyle']))).toEqual({ line: 4, column: 30 });
  });

  it('reports a key at 4:5 in a CRLF file', () => {
    const text = lines.join('\r\n').replace('"navigationBarTextStyle"', '"navigationBarTextStyl"');
    const [offset] = locatePaths(text, [{ path: ['window', 'navigationBarTextStyl'], anchor: 'key' }]);
    expect(positionAt(lineIndex(text), offset!)).toEqual({ line: 4, column: 5 });
    expect(validateAppJson(text).diagnostics.find((d) => d.code === 'unknown-key')).toMatchObject({ line: 4, column: 5 });
  });
});
