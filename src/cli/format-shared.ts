/** What the text formats share: how a file is named and the closing summary line. */
import path from 'node:path';
import type { Locale } from '../meta.js';
import type { ProjectReport } from '../project/types.js';
import { say } from './messages.js';

/** A reported file relative to the working folder, with forward slashes. */
export function displayPath(root: string, file: string, cwd: string): string {
  return path.relative(cwd, path.resolve(root, file)).split(path.sep).join('/') || '.';
}

export function summaryLine(report: ProjectReport, locale: Locale): string {
  const files = report.files.length;
  return report.diagnostics.length === 0
    ? say(locale, 'noProblems', { files })
    : say(locale, 'summary', { errors: report.errorCount, warnings: report.warningCount, files });
}
