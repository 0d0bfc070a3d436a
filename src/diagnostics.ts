/** What every check in the package reports: one problem in one file, at one place. */
export type Severity = 'error' | 'warning';

export type JsonPath = (string | number)[];

export interface Diagnostic {
  severity: Severity;
  /** Stable identifier, e.g. `invalid-type`, `unknown-key`, `tab-page-not-in-pages`. */
  code: string;
  /** Human text in the requested locale: what is wrong and what to write instead. */
  message: string;
  /** Where in the JSON value the problem is; `[]` is the whole file. */
  path: JsonPath;
  file?: string;
  /** 1-based, present when the input was text. */
  line?: number;
  /** 1-based, present when the input was text. */
  column?: number;
}

export interface ValidationResult<T> {
  /** `true` when there is no diagnostic of severity `error`. */
  valid: boolean;
  diagnostics: Diagnostic[];
  /** The parsed value, present when `valid`. Unknown keys are kept as written (WeChat ignores them). */
  value?: T;
}

/** Renders a JSON path the way users write it: `tabBar.list[2].pagePath`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errorCount: number; warningCount: number } {
  let errorCount = 0;
  for (const d of diagnostics) if (d.severity === 'error') errorCount++;
  return { errorCount, warningCount: diagnostics.length - errorCount };
}
