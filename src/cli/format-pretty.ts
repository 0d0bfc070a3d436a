/** The human format: problems grouped by file, each with a code frame, then a one-line summary. */
import { codeFrameColumns } from '@babel/code-frame';
import type { Diagnostic } from '../diagnostics.js';
import type { Locale } from '../meta.js';
import type { ProjectReport } from '../project/types.js';
import { type Colors, colors } from './color.js';
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
    out.push(c.underline(c.bold(displayPath(report.root, file, options.cwd))));
    const source = options.source(file);
    for (const d of diagnostics) out.push(renderOne(d, source, c, options), '');
  }
  out.push(...renderTally(report, options.locale, options.cwd));
  const summary = summaryLine(report, options.locale);
  const failed = report.errorCount > 0 || (options.strict && report.warningCount > 0);
  const paint = report.diagnostics.length === 0 ? c.green : failed ? c.red : c.yellow;
  out.push(c.bold(paint(summary)) + (options.strict && report.warningCount > 0 ? ` ${say(options.locale, 'strictNote')}` : ''));
  return `${out.join('\n')}\n`;
}

function renderOne(d: Diagnostic, source: string | undefined, c: Colors, options: PrettyOptions): string {
  const label = d.severity === 'error' ? c.red(say(options.locale, 'error')) : c.yellow(say(options.locale, 'warning'));
  const head = `  ${c.dim(`${d.line ?? 1}:${d.column ?? 1}`)}  ${label}  ${d.message}  ${c.dim(d.code)}`;
  if (source === undefined || d.line === undefined) return head;
  const frame = codeFrameColumns(source, { start: { line: d.line, column: d.column ?? 1 } }, {
    highlightCode: options.color, forceColor: options.color, linesAbove: 1, linesBelow: 1,
  });
  return `${head}\n${indent(frame)}`;
}

function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const file = d.file ?? '.';
    groups.set(file, [...(groups.get(file) ?? []), d]);
  }
  return groups;
}

function indent(text: string): string {
  return text.split('\n').map((line) => `  ${line}`).join('\n');
}
