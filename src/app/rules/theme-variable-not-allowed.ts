/**
 * theme-variable-not-allowed: WeChat treats any value starting with "@" under window or tabBar as a
 * theme.json variable, and rejects it on keys that do not take variables (e.g. a title "@home").
 */
import type { AppJson } from '../../types.js';
import type { Rule } from './types.js';
import { variableUses } from './theme-fields.js';

export const themeVariableNotAllowed: Rule<AppJson> = {
  code: 'theme-variable-not-allowed',
  severity: 'error',
  description: {
    zh: 'window、tabBar 及 tabBar.list 中，只有 DarkMode 允许的字段（颜色、文字样式、图标等）才能以 "@" 开头引用 theme.json 变量；其他字段的值不能以 "@" 开头。',
    en: 'Under window, tabBar and tabBar.list only the DarkMode fields (colours, text styles, icons…) may reference a theme.json variable with "@"; no other value there may start with "@".',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 为 "${p.value}"：微信会把以 "@" 开头的值当作 theme.json 变量，但该字段不支持变量。请写成普通值（不以 "@" 开头）。`,
    en: (p) => `${p.field} is "${p.value}": WeChat reads a value starting with "@" as a theme.json variable, but this field takes no variables. Write a plain value that does not start with "@".`,
  },
  *check(app) {
    for (const use of variableUses(app)) if (!use.allowed) yield { path: use.path, params: { value: use.value } };
  },
};
