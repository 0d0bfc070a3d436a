/** Resolves `@variable` references against theme.json, in both light and dark mode. */
import type * as z from 'zod';
import { type Diagnostic, formatPath, type JsonPath } from '../diagnostics.js';
import { message } from '../locales/index.js';
import type { Locale } from '../meta.js';
import { isThemeVariable } from '../primitives/theme-variable.js';
import { issuesToDiagnostics } from './issues.js';
import { branches, collectPaths } from './schema-walk.js';

type AnySchema = z.core.$ZodType;

/** The part of theme.json the validator needs. */
export interface ThemeVariables {
  light?: Record<string, unknown>;
  dark?: Record<string, unknown>;
}

export const THEME_MODES = ['light', 'dark'] as const;

const pathCache = new WeakMap<AnySchema, Array<(string | '*')[]>>();

/** Paths (with `*` wildcards) of every field that accepts an `@variable`. */
export function themeablePaths(schema: AnySchema): Array<(string | '*')[]> {
  let paths = pathCache.get(schema);
  if (!paths) {
    paths = collectPaths(schema, (meta) => meta.themeVariable === true);
    pathCache.set(schema, paths);
  }
  return paths;
}

/** Every `@variable` used on a field that accepts one, with its concrete path. */
export function themeReferences(schema: AnySchema, value: unknown): Array<{ path: JsonPath; variable: string; fieldSchema: AnySchema }> {
  const found: Array<{ path: JsonPath; variable: string; fieldSchema: AnySchema }> = [];
  for (const pattern of themeablePaths(schema)) {
    for (const { path, value: fieldValue } of expand(value, pattern)) {
      if (isThemeVariable(fieldValue)) {
        const fieldSchema = fieldSchemaFor(schema, pattern);
        if (fieldSchema) found.push({ path, variable: fieldValue.slice(1), fieldSchema });
      }
    }
  }
  return found;
}

export function checkThemeVariables(schema: AnySchema, value: unknown, theme: ThemeVariables, locale: Locale): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { path, variable, fieldSchema } of themeReferences(schema, value)) {
    const field = formatPath(path);
    const base = branches(fieldSchema)[0];
    for (const mode of THEME_MODES) {
      const vars = theme[mode];
      const resolved = vars && Object.hasOwn(vars, variable) ? vars[variable] : undefined;
      if (resolved === undefined) {
        out.push({ severity: 'error', code: 'theme-variable-missing', path, message: message(locale, 'theme-variable-missing', { field, variable, mode }) });
        continue;
      }
      const check = base?.['~standard'].validate(resolved);
      if (check && !(check instanceof Promise) && check.issues) {
        const detail = issuesToDiagnostics((base as z.ZodType).safeParse(resolved).error?.issues ?? [], { schema: base as AnySchema, input: resolved, locale })[0]?.message ?? '';
        out.push({
          severity: 'error', code: 'theme-variable-invalid', path,
          message: message(locale, 'theme-variable-invalid', { field, variable, mode, value: JSON.stringify(resolved), detail: detail.replace(/[.。]$/, '') }),
        });
      }
    }
  }
  return out;
}

function fieldSchemaFor(root: AnySchema, pattern: (string | '*')[]): AnySchema | undefined {
  let current: AnySchema | undefined = root;
  for (const key of pattern) {
    if (!current) return undefined;
    current = childOf(current, key);
  }
  return current;
}

function childOf(schema: AnySchema, key: string): AnySchema | undefined {
  for (const branch of branches(schema)) {
    const def = branch._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema; valueType?: AnySchema };
    if (key === '*' && def.type === 'array') return def.element;
    if (key === '*' && def.type === 'record') return def.valueType;
    if (def.type === 'object' && def.shape && Object.hasOwn(def.shape, key)) return def.shape[key];
  }
  return undefined;
}

function* expand(value: unknown, pattern: (string | '*')[], at: JsonPath = []): Generator<{ path: JsonPath; value: unknown }> {
  if (pattern.length === 0) {
    yield { path: at, value };
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const [head, ...rest] = pattern as [string, ...string[]];
  if (head === '*') {
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* expand(value[i], rest, [...at, i]);
    else for (const key of Object.keys(value)) yield* expand((value as Record<string, unknown>)[key], rest, [...at, key]);
  } else if (Object.hasOwn(value, head)) {
    yield* expand((value as Record<string, unknown>)[head], rest, [...at, head]);
  }
}
