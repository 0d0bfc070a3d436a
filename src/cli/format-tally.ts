/**
 * The tally before the pretty summary line: problems counted by code and by file, most first, as
 * ESLint's summary does, so a long report can be read from its end.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Locale } from '../meta.js';
import type { ProjectReport } from '../project/types.js';
import { displayPath } from './format-shared.js';

/** Files beyond this many are summed up in one line. */
const MAX_FILES = 10;

interface Count {
  errors: number;
  warnings: number;
}

export function renderTally(report: ProjectReport, locale: Locale, cwd: string): string[] {
  if (report.diagnostics.length < 2) return [];
  const zh = locale === 'zh-CN';
  const byCode = countBy(report.diagnostics, (d) => d.code);
  const byFile = countBy(report.diagnostics, (d) => displayPath(report.root, d.file ?? '.', cwd));
  const width = Math.max(...[...byCode.keys(), ...[...byFile.keys()].slice(0, MAX_FILES)].map((k) => k.length));
  const line = ([name, count]: [string, Count]) => `  ${name.padEnd(width)}  ${counts(count, zh)}`;
  const files = [...byFile];
  const rest = files.length - MAX_FILES;
  return [
    zh ? '按代码：' : 'By code:',
    ...[...byCode].map(line),
    zh ? '按文件：' : 'By file:',
    ...files.slice(0, MAX_FILES).map(line),
    ...(rest > 0 ? [zh ? `  ……另有 ${rest} 个文件` : `  … and ${rest} more file${rest === 1 ? '' : 's'}`] : []),
    '',
  ];
}

/** Counts per key, the most errors (then warnings) first, ties by name. */
function countBy(diagnostics: readonly Diagnostic[], key: (d: Diagnostic) => string): Map<string, Count> {
  const counts = new Map<string, Count>();
  for (const d of diagnostics) {
    const k = key(d);
    const count = counts.get(k) ?? { errors: 0, warnings: 0 };
    if (d.severity === 'error') count.errors++;
    else count.warnings++;
    counts.set(k, count);
  }
  return new Map([...counts].sort(([a, x], [b, y]) => y.errors - x.errors || y.warnings - x.warnings || (a < b ? -1 : 1)));
}

function counts({ errors, warnings }: Count, zh: boolean): string {
  const parts: string[] = [];
  if (errors) parts.push(zh ? `${errors} 个错误` : `${errors} error${errors === 1 ? '' : 's'}`);
  if (warnings) parts.push(zh ? `${warnings} 个警告` : `${warnings} warning${warnings === 1 ? '' : 's'}`);
  return parts.join(zh ? '，' : ', ');
}
