/** Resolves `@variable` references against theme.json, in both light and dark mode. */
import { type Diagnostic, formatPath, type JsonPath } from '../diagnostics.js';
import { message } from '../locales/index.js';
import type { Locale } from '../meta.js';
import { isThemeVariable } from '../primitives/theme-variable.js';
import { acceptsAll, defOf, issuesOf, type Schema as AnySchema } from '../zod-adapter.js';
import { issuesToDiagnostics } from './issues.js';
import { branches, collectPaths } from './schema-walk.js';

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

type ThemeReference = { path: JsonPath; variable: string; fieldSchema: AnySchema };

/** The themeable paths of a schema as a tree, so that one walk of a file visits only keys it has. */
interface PathTree {
  keys: Map<string, PathTree>;
  any?: PathTree;
  /** Patterns (by index in {@link themeablePaths}) that end here, with the field's schema. */
  ends: Array<{ index: number; fieldSchema: AnySchema | undefined }>;
}

const treeCache = new WeakMap<AnySchema, PathTree>();

function pathTree(schema: AnySchema): PathTree {
  let tree = treeCache.get(schema);
  if (!tree) {
    tree = { keys: new Map(), ends: [] };
    themeablePaths(schema).forEach((pattern, index) => {
      let node = tree!;
      for (const key of pattern) {
        const next: PathTree = (key === '*' ? node.any : node.keys.get(key)) ?? { keys: new Map(), ends: [] };
        if (key === '*') node.any = next;
        else node.keys.set(key, next);
        node = next;
      }
      node.ends.push({ index, fieldSchema: fieldSchemaFor(schema, pattern) });
    });
    treeCache.set(schema, tree);
  }
  return tree;
}

/** Every `@variable` used on a field that accepts one, with its concrete path (in pattern order). */
export function themeReferences(schema: AnySchema, value: unknown): ThemeReference[] {
  const byPattern: ThemeReference[][] = [];
  collect(pathTree(schema), value, [], byPattern);
  return byPattern.flat();
}

function collect(node: PathTree, value: unknown, at: JsonPath, byPattern: ThemeReference[][]): void {
  if (node.ends.length > 0 && isThemeVariable(value)) {
    for (const { index, fieldSchema } of node.ends) {
      if (fieldSchema) (byPattern[index] ??= []).push({ path: at, variable: value.slice(1), fieldSchema });
    }
  }
  if (value === null || typeof value !== 'object') return;
  if (node.any) {
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) collect(node.any, value[i], [...at, i], byPattern);
    else for (const key of Object.keys(value)) collect(node.any, (value as Record<string, unknown>)[key], [...at, key], byPattern);
  }
  for (const [key, child] of node.keys) {
    if (Object.hasOwn(value, key)) collect(child, (value as Record<string, unknown>)[key], [...at, key], byPattern);
  }
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
      if (base && !acceptsAll(base, resolved)) {
        const detail = issuesToDiagnostics(issuesOf(base, resolved), { schema: base, input: resolved, locale })[0]?.message ?? '';
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
    const def = defOf(branch);
    if (key === '*' && def.type === 'array') return def.element;
    if (key === '*' && def.type === 'record') return def.valueType;
    if (def.type === 'object' && Object.hasOwn(def.shape, key)) return def.shape[key];
  }
  return undefined;
}
