/**
 * Where app.json may use `@variable` references to theme.json: the fields of the window, tabBar and
 * tabBar item schemas that accept a theme variable (`themeable()`), read from the schemas once.
 * theme-fields.test.ts proves they are WeChat's own whitelist (`jsonVariablePropertyWhiteList`).
 */
import type { JsonPath } from '../../diagnostics.js';
import type { AppJson } from '../../types.js';
import { memo } from '../../validate/memo.js';
import { themeablePaths } from '../../validate/theme.js';
import type { Schema } from '../../zod-adapter.js';
import { tabBarItemSchema, tabBarSchema } from '../tab-bar.js';
import { windowSchema } from '../window.js';
import { objectAt, tabItems, type Obj } from './app-view.js';

export interface ThemeableKeys {
  window: readonly string[];
  tabBar: readonly string[];
  tabItem: readonly string[];
}

let themeable: ThemeableKeys | undefined;

/** The themeable keys of the objects at `window`, `tabBar` and `tabBar.list.*`. */
export function themeableKeys(): ThemeableKeys {
  themeable ??= { window: ownThemeableKeys(windowSchema), tabBar: ownThemeableKeys(tabBarSchema), tabItem: ownThemeableKeys(tabBarItemSchema) };
  return themeable;
}

function ownThemeableKeys(schema: Schema): string[] {
  return themeablePaths(schema).filter((path) => path.length === 1).map((path) => String(path[0]));
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
