/** In-file rules for theme.json (field reference §11, rule 15). */
import type { Rule } from '../validate/rule.js';
import type { ThemeJson } from '../types.js';

type Mode = 'light' | 'dark';
const MODES: readonly Mode[] = ['light', 'dark'];
const other = (mode: Mode): Mode => (mode === 'light' ? 'dark' : 'light');

/**
 * WeChat resolves `@name` separately for each mode: a config that uses a name one mode lacks fails its
 * compile (reported where it is used). theme.json itself builds with an unpaired name, so: a warning.
 */
export const themeVariableParityRule: Rule<ThemeJson> = {
  code: 'theme-variable-unpaired',
  severity: 'warning',
  description: {
    zh: '每个变量都必须同时在 light 和 dark 中定义。',
    en: 'Every variable must be defined in both `light` and `dark`.',
  },
  messages: {
    'zh-CN': (p) => `变量 "${p.variable}" 在 "${p.mode}" 中有定义，但 "${p.missing}" 中没有。${p.missing === 'dark' ? '深色' : '浅色'}模式下引用它的配置会使微信编译失败，请在 "${p.missing}" 中补上 "${p.variable}"。`,
    en: (p) => `Variable "${p.variable}" is defined in "${p.mode}" but missing from "${p.missing}". A config that uses it fails WeChat's compile; add "${p.variable}" to "${p.missing}".`,
  },
  *check(theme) {
    for (const mode of MODES) {
      const counterpart = theme[other(mode)] ?? {};
      for (const variable of Object.keys(theme[mode] ?? {})) {
        if (!Object.hasOwn(counterpart, variable)) {
          yield { path: [mode, variable], params: { variable, mode, missing: other(mode) }, anchor: 'key' };
        }
      }
    }
  },
};

/** A mode object that is absent entirely (the guide requires both; WeChat's validator does not). */
export const themeModeMissingRule: Rule<ThemeJson> = {
  code: 'theme-mode-missing',
  severity: 'warning',
  description: {
    zh: 'theme.json 应同时包含 light 和 dark 两个对象。',
    en: 'theme.json should contain both a `light` and a `dark` object.',
  },
  messages: {
    'zh-CN': (p) => `theme.json 缺少 "${p.mode}" 对象。DarkMode 文档要求同时提供 light 和 dark，请添加 "${p.mode}": { … }。`,
    en: (p) => `theme.json has no "${p.mode}" object. The DarkMode guide requires both light and dark; add "${p.mode}": { … }.`,
  },
  *check(theme) {
    for (const mode of MODES) if (theme[mode] === undefined) yield { path: [], params: { mode } };
  },
};

/**
 * WeChat sets no pattern for variable names, but a reference is written "@name" with no whitespace
 * (the form every themeable field accepts), so a name that is empty or contains whitespace can never
 * be referenced.
 */
const REFERENCEABLE_NAME = /^\S+$/;

export const themeVariableNameRule: Rule<ThemeJson> = {
  code: 'theme-variable-name',
  severity: 'warning',
  description: {
    zh: '变量名不能为空，也不能含空白字符，否则无法用 "@变量名" 引用。',
    en: 'A variable name must be non-empty and contain no whitespace, or "@name" cannot refer to it.',
  },
  messages: {
    'zh-CN': (p) => `变量名 ${p.name} 为空或含有空白字符，配置中无法用 "@变量名" 引用它。请改用不含空格的名字，如 "navBgColor"。`,
    en: (p) => `Variable name ${p.name} is empty or contains whitespace, so no "@name" reference can reach it. Use a name without spaces, such as "navBgColor".`,
  },
  *check(theme) {
    for (const mode of MODES) {
      for (const name of Object.keys(theme[mode] ?? {})) {
        if (!REFERENCEABLE_NAME.test(name)) yield { path: [mode, name], params: { name: JSON.stringify(name) }, anchor: 'key' };
      }
    }
  },
};

export const themeRules: readonly Rule<ThemeJson>[] = [themeModeMissingRule, themeVariableParityRule, themeVariableNameRule];
