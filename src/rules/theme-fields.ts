/**
 * Where app.json may use `@variable` references to theme.json: the fields whose schema is `themeable()`
 * (WeChat's own whitelist `jsonVariablePropertyWhiteList`, which adds `window.backgroundColorContent` to the
 * DarkMode guide's list). The keys are read from the app.json schema, which states them once.
 */
import { appJsonSchema } from '../app/schema.js';
import type { JsonPath } from '../diagnostics.js';
import type { AppJson } from '../types.js';
import { memo } from '../validate/memo.js';
import { themeablePaths } from '../validate/theme.js';
import { objectAt, tabItems, type Obj } from './app-view.js';

/** The themeable keys of the objects at `window`, `tabBar` and `tabBar.list.*`. */
export interface ThemeableKeys {
  window: readonly string[];
  tabBar: readonly string[];
  tabItem: readonly string[];
}

let themeableKeysOfApp: ThemeableKeys | undefined;

export function themeableKeys(): ThemeableKeys {
  if (!themeableKeysOfApp) {
    const paths = themeablePaths(appJsonSchema).map((path) => path.join('.'));
    const keysUnder = (prefix: string) => paths.filter((path) => path.startsWith(`${prefix}.`)).map((path) => path.slice(prefix.length + 1)).filter((key) => !key.includes('.'));
    themeableKeysOfApp = { window: keysUnder('window'), tabBar: keysUnder('tabBar'), tabItem: keysUnder('tabBar.list.*') };
  }
  return themeableKeysOfApp;
}

export interface VariableUse {
  path: JsonPath;
  value: string;
  /** Whether WeChat allows a variable on this key. */
  allowed: boolean;
}

/**
 * Every string starting with "@" under window, tabBar and tabBar.list items — the places WeChat looks.
 * Shared within a validation run: callers must not modify the list.
 */
export function variableUses(app: AppJson): readonly VariableUse[] {
  return memo(variableUses, app, readVariableUses);
}

function readVariableUses(app: AppJson): VariableUse[] {
  const out: VariableUse[] = [];
  const allowed = themeableKeys();
  scanVariables(out, objectAt(app, 'window'), ['window'], allowed.window);
  scanVariables(out, objectAt(app, 'tabBar'), ['tabBar'], allowed.tabBar, 'list');
  for (const [path, item] of tabItems(app)) scanVariables(out, item, path, allowed.tabItem);
  return out;
}

function scanVariables(out: VariableUse[], o: Obj | undefined, base: JsonPath, allowed: readonly string[], skip?: string): void {
  if (!o) return;
  for (const key of Object.keys(o)) {
    const value = o[key];
    if (key === skip || typeof value !== 'string' || value.charCodeAt(0) !== AT) continue;
    out.push({ path: [...base, key], value, allowed: allowed.includes(key) });
  }
}

const AT = '@'.charCodeAt(0);
