/** Turns a report into the chosen format and the exit code. */
import { countBySeverity } from '../diagnostics.js';
import type { ProjectReport } from '../project/types.js';
import { type CliIo, EXIT_OK, EXIT_PROBLEMS } from './command.js';
import { colorEnabled } from './color.js';
import { escapeJsonOutput } from './format-escape.js';
import type { OutputOptions } from './options.js';
import { renderGithub } from './format-github.js';
import { renderPretty } from './format-pretty.js';
import { renderGitlab } from './format-gitlab.js';
import { renderSarif } from './format-sarif.js';

/** `--quiet` drops warnings from the output (the counts then describe what is shown). */
export function visibleReport(report: ProjectReport, quiet: boolean): ProjectReport {
  if (!quiet) return report;
  const diagnostics = report.diagnostics.filter((d) => d.severity === 'error');
  return { ...report, diagnostics, ...countBySeverity(diagnostics) };
}

export function exitCodeFor(report: ProjectReport, strict: boolean): number {
  return report.errorCount > 0 || (strict && report.warningCount > 0) ? EXIT_PROBLEMS : EXIT_OK;
}

/** The text of a reported file, for its code frame (`undefined`: no frame). */
export type SourceReader = (file: string) => string | undefined;

export function writeReport(full: ProjectReport, options: OutputOptions, io: CliIo, source: SourceReader): number {
  const report = visibleReport(full, options.quiet);
  if (options.format === 'json') {
    io.stdout.write(`${escapeJsonOutput(JSON.stringify(report, null, 2))}\n`);
  } else if (options.format === 'sarif') {
    io.stdout.write(escapeJsonOutput(renderSarif(report, { locale: options.locale, cwd: io.cwd })));
  } else if (options.format === 'gitlab') {
    io.stdout.write(escapeJsonOutput(renderGitlab(report, { cwd: io.cwd })));
  } else if (options.format === 'github') {
    io.stdout.write(renderGithub(report, { locale: options.locale, cwd: io.cwd }));
  } else {
    io.stdout.write(renderPretty(report, {
      locale: options.locale, strict: options.strict, color: colorEnabled(io.stdout, io.env), source, cwd: io.cwd,
    }));
  }
  return exitCodeFor(full, options.strict);
}
