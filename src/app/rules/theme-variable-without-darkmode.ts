/**
 * theme-variable-without-darkmode: "@variables" only switch with the system theme when `darkmode` is
 * true. WeChat's validator does not check this, so it is a warning (DarkMode guide, reference §11.15).
 */
import type { AppJson } from '../../types.js';
import { asObj, stringAt } from './app-view.js';
import type { Rule } from './types.js';
import { variableUses } from './theme-fields.js';

export const themeVariableWithoutDarkmode: Rule<AppJson> = {
  code: 'theme-variable-without-darkmode',
  severity: 'warning',
  description: {
    zh: '使用 "@变量" 但未开启 darkmode 时，变量不会随系统深浅色切换。',
    en: 'With "@variables" but without darkmode: true, the values do not follow the system light/dark theme.',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 使用了变量 "${p.value}"，但 darkmode 未设为 true，变量不会随系统深浅色切换。请添加 "darkmode": true，或改成具体的值。`,
    en: (p) => `${p.field} uses the variable "${p.value}", but darkmode is not true, so it will not follow the system light/dark theme. Add "darkmode": true, or write a literal value.`,
  },
  *check(app) {
    // Without themeLocation the stronger error theme-variable-needs-theme-location already applies.
    if (asObj(app).darkmode === true || stringAt(app, 'themeLocation') === undefined) return;
    for (const use of variableUses(app)) if (use.allowed) yield { path: use.path, params: { value: use.value } };
  },
};
