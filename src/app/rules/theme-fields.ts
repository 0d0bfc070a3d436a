/**
 * Where app.json may use `@variable` references to theme.json: WeChat's own whitelist
 * (`jsonVariablePropertyWhiteList`), which adds `window.backgroundColorContent` to the DarkMode guide's list.
 * The same keys are the `themeable()` fields of the app.json schema; rules cannot import the schemas (folder
 * layers), so theme-fields.test.ts proves the two equal, and equal to WeChat's list.
 */
import type { JsonPath } from '../../diagnostics.js';
import type { AppJson } from '../../types.js';
import { memo } from '../../validate/memo.js';
import { objectAt, tabItems, type Obj } from './app-view.js';

/** The themeable keys of the objects at `window`, `tabBar` and `tabBar.list.*`. */
export const THEMEABLE_KEYS = {
  window: [
    'navigationBarBackgroundColor', 'navigationBarTextStyle', 'backgroundColor', 'backgroundTextStyle',
    'backgroundColorTop', 'backgroundColorBottom', 'backgroundColorContent',
  ],
  tabBar: ['color', 'selectedColor', 'backgroundColor', 'borderStyle'],
  tabItem: ['iconPath', 'selectedIconPath'],
} as const satisfies Record<string, readonly string[]>;

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
  const allowed = THEMEABLE_KEYS;
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
