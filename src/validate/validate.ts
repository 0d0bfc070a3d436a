/**
 * The one validation pipeline every config file goes through:
 * text → JSON (positions only when needed) → zod schema → in-file rules → theme variables → positions.
 */
import { type Diagnostic, formatPath, type JsonPath, type ValidationResult } from '../diagnostics.js';
import { parseJsonText, type ParsedJson, tooDeepDiagnostic } from '../json/parse.js';
import { measureValue, pathBeyondDepth, unreadableAt } from '../json/shape.js';
import { positionAt } from '../json/positions.js';
import { message } from '../locales/index.js';
import type { Locale } from '../meta.js';
import { issuesOf, type Schema } from '../zod-adapter.js';
import { applyRuleSettings, assertSettingValues, type RuleSettings } from './rule-settings.js';
import { fastAccept, unknownKeysOnly } from './fast-accept.js';
import { withMemo } from './memo.js';
import { describeValue, issuesToDiagnostics } from './issues.js';
import type { MisplacedKeyRule, Rule } from './rule.js';
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
   * At most this many diagnostics of one code are reported; the rest are counted in one
   * `diagnostics-truncated` summary per code. Default 100; `Infinity` reports everything.
   */
  maxPerCode?: number;
  /**
   * Per-code severity overrides (`off` | `warn` | `error`), as in a config file's `rules`; `valid`
   * follows the overridden severities. A setting other than off / warn / error throws a
   * `RuleSettingsError`; code names are not checked here (use `assertRuleSettings`, which knows every code).
   */
  rules?: RuleSettings;
}

/** Default of `ValidateOptions.maxPerCode`: a hostile file can repeat one mistake a million times. */
export const MAX_DIAGNOSTICS_PER_CODE = 100;

/** What a kind of config file is checked against: its schema, then its in-file rules on a value the schema accepted. */
export interface ConfigSpec<T> {
  schema: Schema<T>;
  rules?: readonly Rule<T>[];
  /** Top-level keys of another kind of file, reported with their own code instead of the schema's. */
  misplacedKeys?: MisplacedKeyRule;
}

export function validateConfig<T>(spec: ConfigSpec<T>, input: unknown, givenOptions?: ValidateOptions | null): ValidationResult<T> {
  const options = givenOptions ?? {};
  const locale: Locale = options.locale === 'zh-CN' ? 'zh-CN' : 'en';
  if (options.rules) assertSettingValues(options.rules, locale);
  let parsed: ParsedJson | undefined;
  let diagnostics: Diagnostic[];
  let value: unknown = input;
  try {
    if (typeof input === 'string') {
      parsed = parseJsonText(input, locale);
      value = parsed.value;
      diagnostics = parsed.diagnostics.slice();
      if (value === undefined) return finish<T>(diagnostics, undefined, parsed, options, locale);
    } else if (measureValue(input).tooDeep) {
      // Too deep (or cyclic) for the recursive steps below: report where, check nothing else.
      return finish<T>([tooDeepDiagnostic(locale, pathBeyondDepth(input) ?? [])], undefined, undefined, options, locale);
    } else {
      diagnostics = [];
    }
    appendAll(diagnostics, checkValue(spec, value, locale, options));
    if (spec.misplacedKeys) diagnostics = relocateMisplacedKeys(spec.misplacedKeys, value, diagnostics, locale);
  } catch (cause) {
    diagnostics = [failureDiagnostic(cause, input, locale)];
  }
  return finish(diagnostics, value as T, parsed, options, locale);
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
      for (const rule of spec.rules ?? []) appendAll(diagnostics, runRule(rule, value as T, locale));
    });
  }
  if (options.theme) appendAll(diagnostics, checkThemeVariables(spec.schema, value, options.theme, locale));
  return diagnostics;
}

/** Replaces everything said about a misplaced key (unknown key, duplicate…) by one finding of `rule`. */
function relocateMisplacedKeys(rule: MisplacedKeyRule, value: unknown, diagnostics: Diagnostic[], locale: Locale): Diagnostic[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return diagnostics;
  const misplaced = rule.keys();
  const keys = Object.keys(value).filter((key) => misplaced.has(key));
  if (keys.length === 0) return diagnostics;
  const moved = new Set(keys);
  const kept = diagnostics.filter((d) => !(d.path.length >= 1 && moved.has(String(d.path[0]))));
  for (const key of keys) {
    kept.push({
      severity: rule.severity, code: rule.code, path: [key],
      message: rule.messages[locale]({ key, field: key }), anchor: 'key',
    } as Diagnostic);
  }
  return kept;
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

/** `target.push(...items)` overflows the call stack with ~100k items: a loop does not. */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function finish<T>(diagnostics: Diagnostic[], value: T | undefined, parsed: ParsedJson | undefined, options: ValidateOptions, locale: Locale): ValidationResult<T> {
  // Settings first, so a code turned off leaves no summary; again after, for the summaries' own code.
  const capped = applyRuleSettings(capPerCode(applyRuleSettings(diagnostics, options.rules), maxPerCode(options), locale), options.rules);
  const located = locateAll(capped, parsed).map((d) => orderKeys(options.fileName ? { ...d, file: options.fileName } : d));
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

function maxPerCode(options: ValidateOptions): number {
  const max = options.maxPerCode;
  return typeof max === 'number' && max >= 1 ? Math.floor(max) : MAX_DIAGNOSTICS_PER_CODE;
}

type Pending = Diagnostic & { anchor?: 'key' | 'value' };

/**
 * Keeps the first `max` diagnostics of each code; the rest of a code become one summary placed where
 * the first dropped one was, with the worst severity among them (so validity does not change).
 */
function capPerCode(diagnostics: Pending[], max: number, locale: Locale): Pending[] {
  if (diagnostics.length <= max) return diagnostics;
  const kept: Pending[] = [];
  const counts = new Map<string, number>();
  const dropped = new Map<string, { first: Pending; count: number; severity: Diagnostic['severity'] }>();
  for (const d of diagnostics) {
    const count = (counts.get(d.code) ?? 0) + 1;
    counts.set(d.code, count);
    if (count <= max) {
      kept.push(d);
      continue;
    }
    const summary = dropped.get(d.code);
    if (!summary) dropped.set(d.code, { first: d, count: 1, severity: d.severity });
    else {
      summary.count++;
      if (d.severity === 'error') summary.severity = 'error';
    }
  }
  for (const [code, { first, count, severity }] of dropped) {
    const { path, anchor, line, column } = first;
    kept.push({
      severity, code: 'diagnostics-truncated', path,
      message: message(locale, 'diagnostics-truncated', { field: formatPath(path), key: code, count, max }),
      ...(anchor ? { anchor } : {}), ...(line !== undefined ? { line, column } : {}),
    } as Pending);
  }
  return kept;
}

/**
 * A check that threw. When the caller passed a value whose reading throws (a getter, a Proxy), say
 * where; anything else is our failure, reported as such and never disguised as a JSON problem.
 */
function failureDiagnostic(cause: unknown, input: unknown, locale: Locale): Diagnostic {
  const unreadable = typeof input === 'object' && input !== null ? unreadableAt(input) : undefined;
  if (unreadable) {
    return {
      severity: 'error', code: 'input-unreadable', path: unreadable.path,
      message: message(locale, 'input-unreadable', { field: formatPath(unreadable.path), detail: describeThrown(unreadable.cause) }),
    };
  }
  return {
    severity: 'error', code: 'internal-error', path: [] as JsonPath,
    message: message(locale, 'internal-error', { field: '', detail: describeThrown(cause) }),
  };
}

/** What was thrown, in at most a line: reading it may itself throw (a hostile `message` getter). */
function describeThrown(cause: unknown): string {
  let text: string;
  try {
    text = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  } catch {
    text = Object.prototype.toString.call(cause);
  }
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
