/**
 * darkmode-needs-theme-location: the DarkMode guide requires `themeLocation` with `darkmode: true`.
 * WeChat's validator accepts the file without it, so this is a warning.
 */
import type { AppJson } from '../../types.js';
import { asObj } from './app-view.js';
import type { Rule } from './types.js';

export const darkmodeNeedsThemeLocation: Rule<AppJson> = {
  code: 'darkmode-needs-theme-location',
  severity: 'warning',
  description: {
    zh: 'darkmode 为 true 时应设置 themeLocation，指明 theme.json 的位置。',
    en: 'With darkmode: true, themeLocation should name the theme.json file.',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 为 true，但没有设置 themeLocation。请添加 "themeLocation": "theme.json"，并在其中定义 light 和 dark 两套变量。`,
    en: (p) => `${p.field} is true but themeLocation is not set. Add "themeLocation": "theme.json" and define the light and dark variables there.`,
  },
  *check(app) {
    const o = asObj(app);
    if (o.darkmode === true && o.themeLocation === undefined) yield { path: ['darkmode'] };
  },
};
