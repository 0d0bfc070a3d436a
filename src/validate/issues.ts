/** Turns zod issues into the package's diagnostics: our codes, our words, WeChat's severities. */
import type * as z from 'zod';
import { type Diagnostic, formatPath, type JsonPath } from '../diagnostics.js';
import { renderMessage } from '../locales/catalogue.js';
import { message, type MessageParams } from '../locales/index.js';
import { MUST_MATCH, WORDS } from '../locales/words.js';
import type { Locale } from '../meta.js';
import { type StringForm, stringFormOf, THEME_VARIABLE } from '../primitives/patterns.js';
import { closest } from './suggest.js';
import { type Issue, issuesOf, type Schema as AnySchema } from '../zod-adapter.js';
import { acceptsThemeVariable, allowedValues, branches, childSchema, kindOf, knownKeys, schemaAt } from './schema-walk.js';

export interface IssueContext {
  schema: AnySchema;
  input: unknown;
  locale: Locale;
}

export function issuesToDiagnostics(issues: readonly Issue[], ctx: IssueContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) out.push(...issueToDiagnostics(issue, [], ctx));
  return out;
}

function issueToDiagnostics(issue: Issue, prefix: JsonPath, ctx: IssueContext): Diagnostic[] {
  const path = [...prefix, ...(issue.path as JsonPath)];
  const value = valueAt(ctx.input, path);
  const field = formatPath(path) || fileWord(ctx.locale);
  const error = (code: Parameters<typeof message>[1], params: Omit<MessageParams, 'field'>, at = path): Diagnostic => ({
    severity: 'error', code, path: at, message: message(ctx.locale, code, { field, ...params }),
  });

  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(schemaAt(ctx.schema, path));
      return issue.keys.map((key) => {
        const keyPath = [...path, key];
        const suggestion = closest(key, known);
        const hint = suggestion ? message(ctx.locale, 'hint-did-you-mean', { field: '', suggestion }) : undefined;
        return {
          severity: 'warning' as const, code: 'unknown-key', path: keyPath,
          message: message(ctx.locale, 'unknown-key', { field: formatPath(keyPath), key, ...(hint ? { hint } : {}) }),
        };
      });
    }
    case 'invalid_type': {
      if (value === undefined) {
        const key = path[path.length - 1];
        return [error('missing-key', { key: String(key) })];
      }
      return [error('invalid-type', {
        expected: describeExpected(schemaAt(ctx.schema, path), issue.expected, ctx.locale),
        received: describeValue(value, ctx.locale),
        ...stringlyHint(value, issue.expected, ctx.locale),
      })];
    }
    case 'invalid_value': {
      // zod 4 reports a missing enum or literal field as invalid_value, not invalid_type.
      if (value === undefined) return [error('missing-key', { key: String(path[path.length - 1]) })];
      if (isThemeReference(value)) return [error('theme-variable-not-allowed', { value: JSON.stringify(value) })];
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      const suggestion = typeof value === 'string' ? closest(value, issue.values.map(String)) : undefined;
      return [error('invalid-value', {
        value: JSON.stringify(value), allowed,
        ...(suggestion ? { hint: message(ctx.locale, 'hint-did-you-mean', { field: '', suggestion }) } : {}),
      })];
    }
    case 'invalid_format': {
      if (isThemeReference(value)) return [error('theme-variable-not-allowed', { value: JSON.stringify(value) })];
      const form = stringFormOf((issue as { pattern?: string }).pattern);
      if (form === THEME_VARIABLE) {
        // zod reports only the theme-variable branch of `themeable(x)` when x failed fatally (an enum):
        // the user meant a plain value, so report what the plain branch says about it.
        const plain = baseBranchIssues(schemaAt(ctx.schema, path), value);
        if (plain) return plain.flatMap((inner) => issueToDiagnostics(inner, path, ctx));
      }
      return formatDiagnostics(issue, form, value, error, ctx.locale);
    }
    case 'too_small':
    case 'too_big': {
      const isArray = issue.origin === 'array';
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      if (isArray && Array.isArray(value)) {
        return [error(issue.code === 'too_small' ? 'too-small' : 'too-big', {
          min: Number(bound), max: Number(bound), count: value.length,
          expected: WORDS.items[ctx.locale],
        })];
      }
      const word = issue.origin === 'string' ? WORDS.characters[ctx.locale] : undefined;
      const count = typeof value === 'string' ? [...value].length : Number(value);
      return [error(issue.code === 'too_small' ? 'too-small' : 'too-big', {
        min: Number(bound), max: Number(bound), count, ...(word ? { expected: word } : {}),
      })];
    }
    case 'invalid_union':
      return unionDiagnostics(issue, path, value, ctx);
    case 'invalid_key':
    case 'invalid_element':
      return issue.issues.flatMap((inner) => issueToDiagnostics(inner, path, ctx));
    case 'custom': {
      const params = (issue.params ?? {}) as { code?: string; severity?: 'error' | 'warning'; message?: Record<Locale, string> };
      return [{
        severity: params.severity ?? 'error', code: params.code ?? 'invalid-value', path,
        message: params.message?.[ctx.locale] ?? issue.message,
      }];
    }
    default:
      return [error('invalid-value', { value: JSON.stringify(value), allowed: issue.message })];
  }
}

/**
 * A union failed. Report the branch that fits the value's JSON type best; when no branch has the
 * value's type at all, say which types are accepted.
 */
function unionDiagnostics(issue: z.core.$ZodIssueInvalidUnion, path: JsonPath, value: unknown, ctx: IssueContext): Diagnostic[] {
  const schema = schemaAt(ctx.schema, path);
  const options = schema ? branches(schema) : [];
  const matching = issue.errors
    .map((errors, i) => ({ errors, schema: options[i] }))
    .filter(({ errors }) => !errors.some((e) => e.code === 'invalid_type' && e.path.length === 0));
  const chosen = matching[0];
  if (chosen) {
    return chosen.errors.flatMap((inner) => issueToDiagnostics(inner, path, ctx));
  }
  const expected = [...new Set(options.map((o) => jsonTypeOfSchema(o)))].join(WORDS.or[ctx.locale]);
  const field = formatPath(path) || fileWord(ctx.locale);
  return [{
    severity: 'error', code: 'invalid-type', path,
    message: message(ctx.locale, 'invalid-type', { field, expected, received: describeValue(value, ctx.locale) }),
  }];
}

type ErrorFactory = (code: Parameters<typeof message>[1], params: Omit<MessageParams, 'field'>) => Diagnostic;

function formatDiagnostics(issue: z.core.$ZodIssueInvalidStringFormat, form: StringForm | undefined, value: unknown, error: ErrorFactory, locale: Locale): Diagnostic[] {
  const code = form?.code ?? 'invalid-format';
  const expected = form ? (locale === 'zh-CN' ? form.expected.zh : form.expected.en) : describeFormat(issue, locale);
  return [error(code, { value: JSON.stringify(value), expected })];
}

/** Issues of the first (plain-value) branch of a `themeable()` union, or nothing if it is not one. */
function baseBranchIssues(schema: AnySchema | undefined, value: unknown): Issue[] | undefined {
  if (!schema || !acceptsThemeVariable(schema)) return undefined;
  const base = branches(schema)[0];
  const issues = base ? issuesOf(base, value) : [];
  return issues.length > 0 ? issues : undefined;
}

const isThemeReference = (value: unknown) => typeof value === 'string' && value.startsWith('@');

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function jsonTypeOfSchema(schema: AnySchema): string {
  const values = allowedValues(schema);
  if (values) return values.map((v) => JSON.stringify(v)).join(' | ');
  const kind = kindOf(schema);
  return kind === 'record' ? 'object' : kind;
}

function describeExpected(schema: AnySchema | undefined, fallback: string, locale: Locale): string {
  if (!schema) return fallback;
  const types = [...new Set(branches(schema).map(jsonTypeOfSchema))];
  return types.join(WORDS.or[locale]);
}

function describeFormat(issue: z.core.$ZodIssueInvalidStringFormat, locale: Locale): string {
  const pattern = (issue as { pattern?: string }).pattern;
  return renderMessage(MUST_MATCH, locale, { pattern: pattern ?? issue.format });
}

export function describeValue(value: unknown, _locale: Locale): string {
  const type = jsonType(value);
  const shown = type === 'string' || type === 'number' || type === 'boolean' || type === 'null' ? ` ${truncate(JSON.stringify(value))}` : '';
  return `${type}${shown}`;
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function stringlyHint(value: unknown, expected: string, locale: Locale): { hint?: string } {
  if (typeof value !== 'string') return {};
  const trimmed = value.trim();
  if (expected === 'boolean' && (trimmed === 'true' || trimmed === 'false')) {
    return { hint: message(locale, 'hint-string-boolean', { field: '', value: trimmed }) };
  }
  if (expected === 'number' && trimmed !== '' && Number.isFinite(Number(trimmed))) {
    return { hint: message(locale, 'hint-string-number', { field: '', value: String(Number(trimmed)) }) };
  }
  return {};
}

function fileWord(locale: Locale): string {
  return WORDS.fileRoot[locale];
}

export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

export { childSchema };
