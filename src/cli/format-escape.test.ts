import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProjectReport } from '../project/types.js';
import { displayText, escapeControls, escapeJsonOutput, escapeSourceLine, MAX_MESSAGE_CHARS } from './format-escape.js';
import { renderGithub } from './format-github.js';
import { frameWindow, MAX_FRAME_COLUMNS, renderPretty } from './format-pretty.js';
import { lineIndex } from '../json/positions.js';

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function reportWith(file: string, message: string): ProjectReport {
  return { root: '/p', files: [file], errorCount: 1, warningCount: 0, diagnostics: [{ severity: 'error', code: 'x', message, path: [], file, line: 1, column: 1 }] };
}

describe('escaping', () => {
  it('leaves no control character, bidi control or line separator in any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(escapeControls(text)).not.toMatch(UNSAFE);
      expect(escapeSourceLine(text).replaceAll('\t', '')).not.toMatch(UNSAFE);
      expect(displayText(text).length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS + 20);
    }), { numRuns: 2000 });
    expect(escapeControls('a\u001b[31mb\u202ec\u2028d\u009be\u007f')).toBe('a\\u001B[31mb\\u202Ec\\u2028d\\u009Be\\u007F');
  });

  it('keeps what JSON output means while escaping what JSON.stringify leaves raw', () => {
    const value = { s: 'a\u202eb\u2028c\u0085\u001b' };
    const json = escapeJsonOutput(JSON.stringify(value, null, 2));
    expect(json).not.toMatch(/[\u007f-\u009f\u2028\u202e\u001b]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('keeps the start and the end of an overlong message', () => {
    const shown = displayText(`${'k'.repeat(100_000)} Fix it.`);
    expect(shown.length).toBeLessThan(MAX_MESSAGE_CHARS + 20);
    expect(shown).toMatch(/^k+…\(\d+\)…k+ Fix it\.$/);
  });

  it('writes no raw ESC and no forged workflow command in GitHub annotations', () => {
    const out = renderGithub(reportWith('pages/\u001b[31m/x.json', 'bad "\u001b]8;;http://evil\u0007"\n::error file=a::fake'), { locale: 'en', cwd: '/p' });
    expect(out).not.toMatch(/[\u001b\u0007]/);
    expect(out.split('\n').filter((line) => line.startsWith('::'))).toHaveLength(1);
    expect(out).toContain('file=pages/\\u001B[31m/x.json');
  });

  it('writes no raw control character in the pretty format, frames included', () => {
    const source = '{"a": "\u001b[2J\u0007", "b": "\u202e"}\r\n\u0085';
    const out = renderPretty(reportWith('x\u001b.json', 'm\u001b'), { locale: 'en', strict: false, color: false, source: () => source, cwd: '/p' });
    expect(out.replaceAll('\n', '')).not.toMatch(UNSAFE);
    expect(out).toContain('\\u001B[2J\\u0007');
    expect(out).toContain('x\\u001B.json');
  });
});

describe('frameWindow', () => {
  it('cuts a long line around the column and moves the column to match', () => {
    const line = `${'a'.repeat(5000)}X${'b'.repeat(5000)}`;
    const text = `first\n${line}\nlast`;
    const window = frameWindow({ text, lines: lineIndex(text) }, 2, 5001);
    const [above, target, below] = window.text.split('\n');
    expect(above).toBe('…'); // cut at the same columns as the reported line
    expect(target!.length).toBeLessThanOrEqual(MAX_FRAME_COLUMNS + 2);
    expect(target![window.column - 1]).toBe('X');
    expect(below).toBe('…');
    expect(window.firstLine).toBe(1);
  });

  it('leaves short lines, CRLF endings and tabs alone', () => {
    const text = '{\r\n\t"a": 1\r\n}';
    expect(frameWindow({ text, lines: lineIndex(text) }, 2, 2)).toEqual({ text: '{\n\t"a": 1\n}', firstLine: 1, column: 2 });
  });
});
