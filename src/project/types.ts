import type { Diagnostic, ValidationResult } from '../diagnostics.js';
import type { Locale } from '../meta.js';
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
}

/** The signature every config validator of the package shares. */
export type ConfigValidator = (input: unknown, options?: ValidateOptions) => ValidationResult<unknown>;
