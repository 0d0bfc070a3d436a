/**
 * GitHub Actions workflow commands: one `::error` / `::warning` annotation per diagnostic, with the
 * file relative to the working directory (the checkout), then a plain summary line.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Locale } from '../meta.js';
import type { ProjectReport } from '../project/types.js';
import { displayText } from './format-escape.js';
import { displayPath, summaryLine } from './format-shared.js';

/**
 * Escaping defined for workflow command data and properties (line breaks become %0D/%0A, which GitHub
 * shows as line breaks inside the annotation); every other control character is escaped as in the
 * other formats, so no ESC sequence reaches the log.
 */
const escapeData = (s: string) => displayText(s, '\r\n').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function renderGithub(report: ProjectReport, options: { locale: Locale; cwd: string }): string {
  const lines = report.diagnostics.map((d) => annotation(d, report.root, options.cwd));
  lines.push(summaryLine(report, options.locale));
  return `${lines.join('\n')}\n`;
}

function annotation(d: Diagnostic, root: string, cwd: string): string {
  const file = displayPath(root, d.file ?? '.', cwd);
  const props = [`file=${escapeProperty(file)}`, `line=${d.line ?? 1}`, `col=${d.column ?? 1}`, `title=${escapeProperty(d.code)}`];
  return `::${d.severity} ${props.join(',')}::${escapeData(d.message)}`;
}
