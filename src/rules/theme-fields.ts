/**
 * Where app.json may use `@variable` references to theme.json: WeChat's own whitelist
 * (`jsonVariablePropertyWhiteList`), which adds `window.backgroundColorContent` to the DarkMode guide's list.
 */
import type { JsonPath } from '../diagnostics.js';
import type { AppJson } from '../types.js';
import { memo } from '../validate/memo.js';
import { objectAt, tabItems, type Obj } from './app-view.js';

export const THEMEABLE_WINDOW_KEYS = [
  'navigationBarBackgroundColor', 'navigationBarTextStyle', 'backgroundColor', 'backgroundTextStyle',
  'backgroundColorTop', 'backgroundColorBottom', 'backgroundColorContent',
];
export const THEMEABLE_TAB_BAR_KEYS = ['color', 'selectedColor', 'backgroundColor', 'borderStyle'];
export const THEMEABLE_TAB_ITEM_KEYS = ['iconPath', 'selectedIconPath'];

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
  scanVariables(out, objectAt(app, 'window'), ['window'], THEMEABLE_WINDOW_KEYS);
  scanVariables(out, objectAt(app, 'tabBar'), ['tabBar'], THEMEABLE_TAB_BAR_KEYS, 'list');
  for (const [path, item] of tabItems(app)) scanVariables(out, item, path, THEMEABLE_TAB_ITEM_KEYS);
  return out;
}

function scanVariables(out: VariableUse[], o: Obj | undefined, base: JsonPath, allowed: string[], skip?: string): void {
  if (!o) return;
  for (const key of Object.keys(o)) {
    const value = o[key];
    if (key === skip || typeof value !== 'string' || value.charCodeAt(0) !== AT) continue;
    out.push({ path: [...base, key], value, allowed: allowed.includes(key) });
  }
}

const AT = '@'.charCodeAt(0);
