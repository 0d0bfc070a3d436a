/**
 * The one validation pipeline every config file goes through:
 * text → JSON (positions only when needed) → zod schema → in-file rules → theme variables → positions.
 */
import { type Diagnostic, formatPath, type JsonPath, type ValidationResult } from '../diagnostics.js';
import { parseJsonText, type ParsedJson, tooDeepDiagnostic } from '../json/parse.js';
import { measureValue, pathBeyondDepth } from '../json/shape.js';
import { positionAt } from '../json/positions.js';
import { message } from '../locales/index.js';
import type { Locale } from '../meta.js';
import { issuesOf, type Schema } from '../zod-adapter.js';
import { applyRuleSettings, assertSettingValues, type RuleSettings } from './rule-settings.js';
import { fastAccept, unknownKeysOnly } from './fast-accept.js';
import { withMemo } from './memo.js';
import { describeValue, issuesToDiagnostics } from './issues.js';
import type { Rule } from './rule.js';
import { checkThemeVariables, type ThemeVariables } from './theme.js';
import { downgradeUnchecked } from './unchecked.js';

export interface ValidateOptions {
  /** Language of the messages. Default `'en'`. */
  locale?: Locale;
  /** Reported as `file` on every diagnostic. */
  fileName?: string;
  /** theme.json content: when given, every `@variable` is resolved in both `light` and `dark`. */
  theme?: ThemeVariables;
  /**
   * Per-code severity overrides (`off` | `warn` | `error`), as in a config file's `rules`; `valid`
   * follows the overridden severities. A setting other than off / warn / error throws a
   * `RuleSettingsError`; code names are not checked here (use `assertRuleSettings`, which knows every code).
   */
  rules?: RuleSettings;
}

/** What a kind of config file is checked against: its schema, then its in-file rules on a value the schema accepted. */
export interface ConfigSpec<T> {
  schema: Schema<T>;
  rules?: readonly Rule<T>[];
}

export function validateConfig<T>(spec: ConfigSpec<T>, input: unknown, options: ValidateOptions = {}): ValidationResult<T> {
  const locale: Locale = options.locale === 'zh-CN' ? 'zh-CN' : 'en';
  if (options.rules) assertSettingValues(options.rules, locale);
  let parsed: ParsedJson | undefined;
  let diagnostics: Diagnostic[];
  let value: unknown = input;
  try {
    if (typeof input === 'string') {
      parsed = parseJsonText(input, locale);
      value = parsed.value;
      diagnostics = [...parsed.diagnostics];
      if (value === undefined) return finish<T>(diagnostics, undefined, parsed, options);
    } else if (measureValue(input).tooDeep) {
      // Too deep (or cyclic) for the recursive steps below: report where, check nothing else.
      return finish<T>([tooDeepDiagnostic(locale, pathBeyondDepth(input) ?? [])], undefined, undefined, options);
    } else {
      diagnostics = [];
    }
    diagnostics.push(...checkValue(spec, value, locale, options));
  } catch (cause) {
    diagnostics = [internalError(cause, locale)];
  }
  return finish(diagnostics, value as T, parsed, options);
}

function checkValue<T>(spec: ConfigSpec<T>, value: unknown, locale: Locale, options: ValidateOptions): Diagnostic[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [{
      severity: 'error', code: 'json-not-object', path: [],
      message: message(locale, 'json-not-object', { field: '', received: describeValue(value, locale) }),
    }];
  }
  // Clean files are the common case, and files whose only issues are unknown keys the next: compiled
  // checks answer both; zod runs (for its detailed issues) only when there is something else.
  const issues = fastAccept(spec.schema)(value)
    ? []
    : (unknownKeysOnly(spec.schema)(value) ?? issuesOf(spec.schema, value));
  const diagnostics = issues.length === 0
    ? []
    : downgradeUnchecked(issuesToDiagnostics(issues, { schema: spec.schema, input: value, locale }), spec.schema, value, locale);
  const structurallySound = !diagnostics.some((d) => d.severity === 'error');
  if (structurallySound) {
    // One memo scope for all rules: the views they share (every page, every subpackage) are built once.
    withMemo(() => {
      for (const rule of spec.rules ?? []) diagnostics.push(...runRule(rule, value as T, locale));
    });
  }
  if (options.theme) diagnostics.push(...checkThemeVariables(spec.schema, value, options.theme, locale));
  return diagnostics;
}

function runRule<T>(rule: Rule<T>, value: T, locale: Locale): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const finding of rule.check(value, { locale })) {
    out.push({
      severity: rule.severity, code: rule.code, path: finding.path,
      message: rule.messages[locale]({ field: formatPath(finding.path), ...finding.params }),
      ...(finding.anchor === 'key' ? { anchor: 'key' } : {}),
    } as Diagnostic);
  }
  return out;
}

function finish<T>(diagnostics: Diagnostic[], value: T | undefined, parsed: ParsedJson | undefined, options: ValidateOptions): ValidationResult<T> {
  const located = applyRuleSettings(locateAll(diagnostics, parsed), options.rules).map((d) => orderKeys(options.fileName ? { ...d, file: options.fileName } : d));
  const valid = !located.some((d) => d.severity === 'error');
  return valid && value !== undefined ? { valid, diagnostics: located, value } : { valid, diagnostics: located };
}

const KEY_ANCHORED = new Set(['unknown-key', 'duplicate-key']);

/** Adds line and column to every diagnostic that lacks them, finding all their paths in one go. */
function locateAll(diagnostics: Array<Diagnostic & { anchor?: 'key' | 'value' }>, parsed: ParsedJson | undefined): Diagnostic[] {
  const out: Diagnostic[] = diagnostics.map(({ anchor: _anchor, ...d }) => d);
  if (!parsed) return out;
  const pending = diagnostics.flatMap((d, index) => (d.line === undefined ? [index] : []));
  if (pending.length === 0) return out;
  try {
    const offsets = parsed.offsetsOf(pending.map((index) => {
      const d = diagnostics[index] as Diagnostic & { anchor?: 'key' | 'value' };
      return { path: d.path, anchor: d.anchor ?? (KEY_ANCHORED.has(d.code) ? 'key' : 'value') };
    }));
    pending.forEach((index, k) => Object.assign(out[index] as Diagnostic, positionAt(parsed.lines(), (offsets[k] ?? 0) + parsed.offsetShift)));
  } catch {
    for (const index of pending) Object.assign(out[index] as Diagnostic, { line: 1, column: 1 });
  }
  return out;
}

/** Keeps the documented key order in serialised output. */
function orderKeys(d: Diagnostic): Diagnostic {
  const { severity, code, message: text, path, file, line, column } = d;
  return {
    severity, code, message: text, path,
    ...(file !== undefined ? { file } : {}),
    ...(line !== undefined ? { line, column } : {}),
  } as Diagnostic;
}

function internalError(cause: unknown, locale: Locale): Diagnostic {
  const detail = cause instanceof RangeError ? (locale === 'zh-CN' ? '嵌套层级过深' : 'nesting is too deep') : String((cause as Error)?.message ?? cause);
  return {
    severity: 'error', code: 'json-syntax', path: [] as JsonPath,
    message: message(locale, 'json-syntax', { field: '', detail }),
  };
}
