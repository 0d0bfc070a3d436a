/**
 * GitLab code quality report (Code Climate JSON subset GitLab reads): one issue per diagnostic with a
 * stable fingerprint, so merge requests show what a change added or fixed.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { ProjectReport } from '../project/types.js';

export function renderGitlab(report: ProjectReport, options: { cwd: string }): string {
  const issues = report.diagnostics.map((d) => {
    const file = path.relative(options.cwd, path.resolve(report.root, d.file ?? '.')).split(path.sep).join('/') || '.';
    return {
      type: 'issue',
      check_name: d.code,
      description: d.message,
      categories: ['Bug Risk'],
      severity: d.severity === 'error' ? 'major' : 'minor',
      fingerprint: fingerprint(d, file),
      location: { path: file, lines: { begin: d.line ?? 1 } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}

/** Same problem at the same place → same fingerprint (line numbers left out: edits above move them). */
function fingerprint(d: Diagnostic, file: string): string {
  return createHash('sha256').update(`${file}\u0000${d.code}\u0000${JSON.stringify(d.path)}`).digest('hex').slice(0, 32);
}
