/** theme-variable-needs-theme-location: an "@variable" needs `themeLocation` to say which theme.json defines it. */
import type { AppJson } from '../../types.js';
import { stringAt } from './app-view.js';
import type { Rule } from './types.js';
import { variableUses } from './theme-fields.js';

export const themeVariableNeedsThemeLocation: Rule<AppJson> = {
  code: 'theme-variable-needs-theme-location',
  severity: 'error',
  description: {
    zh: '使用 "@变量" 时必须设置 themeLocation（theme.json 的路径）。',
    en: 'Using an "@variable" requires themeLocation (the path of theme.json).',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 使用了变量 "${p.value}"，但 app.json 没有设置 themeLocation。请添加 "themeLocation": "theme.json" 并在该文件的 light 和 dark 中定义这个变量，或改成具体的值。`,
    en: (p) => `${p.field} uses the variable "${p.value}", but app.json has no themeLocation. Add "themeLocation": "theme.json" and define the variable in its light and dark sections, or write a literal value.`,
  },
  *check(app) {
    if (stringAt(app, 'themeLocation') !== undefined) return;
    for (const use of variableUses(app)) if (use.allowed) yield { path: use.path, params: { value: use.value } };
  },
};
