/** The human format: problems grouped by file, each with a code frame, then a one-line summary. */
import { codeFrameColumns } from '@babel/code-frame';
import type { Diagnostic } from '../diagnostics.js';
import type { Locale } from '../meta.js';
import type { ProjectReport } from '../project/types.js';
import { lineIndex, type LineIndex } from '../json/positions.js';
import { type Colors, colors } from './color.js';
import { displayText, escapeSourceLine } from './format-escape.js';
import { displayPath, summaryLine } from './format-shared.js';
import { say } from './messages.js';
import { renderTally } from './format-tally.js';

export interface PrettyOptions {
  locale: Locale;
  strict: boolean;
  color: boolean;
  /** The text of a reported file, for its code frame. */
  source: (file: string) => string | undefined;
  /** Headers show files relative to this folder, so terminals can open them. */
  cwd: string;
}

export function renderPretty(report: ProjectReport, options: PrettyOptions): string {
  const c = colors(options.color);
  const out: string[] = [];
  for (const [file, diagnostics] of groupByFile(report.diagnostics)) {
    out.push(c.underline(c.bold(displayText(displayPath(report.root, file, options.cwd)))));
    const text = options.source(file);
    const source = text === undefined ? undefined : { text, lines: lineIndex(text) };
    for (const d of diagnostics) out.push(renderOne(d, source, c, options), '');
  }
  out.push(...renderTally(report, options.locale, options.cwd));
  const summary = summaryLine(report, options.locale);
  const failed = report.errorCount > 0 || (options.strict && report.warningCount > 0);
  const paint = report.diagnostics.length === 0 ? c.green : failed ? c.red : c.yellow;
  out.push(c.bold(paint(summary)) + (options.strict && report.warningCount > 0 ? ` ${say(options.locale, 'strictNote')}` : ''));
  return `${out.join('\n')}\n`;
}

interface Source {
  text: string;
  lines: LineIndex;
}

function renderOne(d: Diagnostic, source: Source | undefined, c: Colors, options: PrettyOptions): string {
  const label = d.severity === 'error' ? c.red(say(options.locale, 'error')) : c.yellow(say(options.locale, 'warning'));
  const head = `  ${c.dim(`${d.line ?? 1}:${d.column ?? 1}`)}  ${label}  ${displayText(d.message)}  ${c.dim(displayText(d.code))}`;
  if (source === undefined || d.line === undefined || d.line > source.lines.length) return head;
  const window = frameWindow(source, d.line, d.column ?? 1);
  const frame = codeFrameColumns(window.text, { start: { line: d.line, column: window.column } }, {
    highlightCode: options.color, forceColor: options.color, linesAbove: 1, linesBelow: 1, startLine: window.firstLine,
  });
  return `${head}\n${indent(frame)}`;
}

/** Widest slice of a source line shown in a frame: a minified or binary file has one endless line. */
export const MAX_FRAME_COLUMNS = 200;

/**
 * The reported line and its neighbours, each cut to the same {@link MAX_FRAME_COLUMNS} around the
 * column (`…` marks a cut) and escaped, with the column moved to match.
 */
export function frameWindow(source: Source, line: number, column: number): { text: string; firstLine: number; column: number } {
  const firstLine = Math.max(1, line - 1);
  const lastLine = Math.min(source.lines.length, line + 1);
  const target = lineText(source, line);
  const at = Math.min(Math.max(column - 1, 0), target.length);
  const start = Math.max(0, Math.min(at - MAX_FRAME_COLUMNS / 2, target.length - MAX_FRAME_COLUMNS));
  const cut = (text: string) =>
    (start > 0 ? '…' : '') + escapeSourceLine(text.slice(start, start + MAX_FRAME_COLUMNS)) + (text.length > start + MAX_FRAME_COLUMNS ? '…' : '');
  const lines: string[] = [];
  for (let n = firstLine; n <= lastLine; n++) lines.push(cut(lineText(source, n)));
  const shiftedColumn = (start > 0 ? 1 : 0) + escapeSourceLine(target.slice(start, at)).length + 1;
  return { text: lines.join('\n'), firstLine, column: shiftedColumn };
}

/** A line's text without its line break (lines end at \n, \r\n or a lone \r, as positions count them). */
function lineText({ text, lines }: Source, line: number): string {
  const from = lines[line - 1] ?? text.length;
  const next = lines[line];
  let to = next ?? text.length;
  if (next !== undefined) to -= text.charCodeAt(to - 1) === 10 && text.charCodeAt(to - 2) === 13 ? 2 : 1;
  return text.slice(from, to);
}

function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const file = d.file ?? '.';
    const group = groups.get(file);
    if (group) group.push(d);
    else groups.set(file, [d]);
  }
  return groups;
}

function indent(text: string): string {
  return text.split('\n').map((line) => `  ${line}`).join('\n');
}
