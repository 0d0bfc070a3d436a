import type { Diagnostic, ValidationResult } from '../diagnostics.js';
import type { Locale } from '../meta.js';
import type { RuleSettings } from '../validate/rule-settings.js';
import type { ValidateOptions } from '../validate/validate.js';

/** What `checkProject` found in one mini program project. */
export interface ProjectReport {
  /** Absolute path of the project folder (the one holding project.config.json, or the folder checked). */
  root: string;
  /** Every file the check read, relative to `root`, with POSIX slashes, sorted. */
  files: string[];
  /** Every problem, each with `file` (relative to `root`) and a 1-based `line` and `column`. */
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  /**
   * Per-reference diagnostics that a reported cause explains (e.g. each component of an npm package
   * that is not built, under one `npm-not-built`). Not counted in `errorCount` / `warningCount`.
   */
  explained?: ExplainedDiagnostic[];
}

export interface ExplainedDiagnostic extends Diagnostic {
  /** The reported diagnostic that explains this one: its code and target (package or folder). */
  explainedBy: { code: string; target: string };
}

export interface ProjectProgress {
  /** Files checked so far. */
  checked: number;
  /** Files known so far; grows while components are discovered. */
  total: number;
  /** The file just checked, relative to the project root. */
  file: string;
}

export interface CheckProjectOptions {
  /** Language of the messages. Default `'en'`. */
  locale?: Locale;
  /**
   * Called after each file is checked (for progress bars on big projects). If it throws, the error is
   * ignored and it is not called again; the report is complete either way.
   */
  onProgress?: (progress: ProjectProgress) => void;
  /** Per-code severity overrides, as in a config file's `rules`. Unknown codes throw a `RuleSettingsError`. */
  rules?: RuleSettings;
  /** Keep every path tried in `component-missing` messages (default: the best candidate only). */
  verbose?: boolean;
}

/** The signature every config validator of the package shares. */
export type ConfigValidator = (input: unknown, options?: ValidateOptions) => ValidationResult<unknown>;
