/**
 * Where app.json may use `@variable` references to theme.json: WeChat's own whitelist
 * (`jsonVariablePropertyWhiteList`), which adds `window.backgroundColorContent` to the DarkMode guide's list.
 */
import type { JsonPath } from '../diagnostics.js';
import type { AppJson } from '../types.js';
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

/** Every string starting with "@" under window, tabBar and tabBar.list items — the places WeChat looks. */
export function variableUses(app: AppJson): VariableUse[] {
  const out: VariableUse[] = [];
  const scan = (o: Obj | undefined, base: JsonPath, allowed: string[], skip: string[] = []) => {
    for (const [key, value] of Object.entries(o ?? {})) {
      if (skip.includes(key) || typeof value !== 'string' || !value.startsWith('@')) continue;
      out.push({ path: [...base, key], value, allowed: allowed.includes(key) });
    }
  };
  scan(objectAt(app, 'window'), ['window'], THEMEABLE_WINDOW_KEYS);
  scan(objectAt(app, 'tabBar'), ['tabBar'], THEMEABLE_TAB_BAR_KEYS, ['list']);
  for (const [path, item] of tabItems(app)) scan(item, path, THEMEABLE_TAB_ITEM_KEYS);
  return out;
}
