/**
 * String forms shared by many fields. Each pattern is written once here; the zod schemas use it, the
 * JSON Schemas carry it as `pattern`, and the diagnostics look up what to say about it here.
 */
import type { Bilingual } from '../meta.js';

export interface StringForm {
  pattern: RegExp;
  /** Diagnostic code when a value does not match. */
  code: 'invalid-color' | 'invalid-format';
  /** What the value should look like, for messages. */
  expected: Bilingual;
}

export const HEX_COLOR: StringForm = {
  pattern: /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/,
  code: 'invalid-color',
  expected: { zh: '十六进制颜色 #rgb 或 #rrggbb，如 "#ffffff"', en: 'a hex colour: #rgb or #rrggbb, e.g. "#ffffff"' },
};

export const HEX_COLOR_WITH_ALPHA: StringForm = {
  // WeChat's isHexColor: 3, 4, 6 or 8 hex digits.
  pattern: /^#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/,
  code: 'invalid-color',
  expected: {
    zh: '十六进制颜色 #rgb、#rgba、#rrggbb 或 #rrggbbaa，如 "#ffffff"',
    en: 'a hex colour: #rgb, #rgba, #rrggbb or #rrggbbaa, e.g. "#ffffff"',
  },
};

export const THEME_VARIABLE: StringForm = {
  pattern: /^@\S+$/,
  code: 'invalid-format',
  expected: { zh: '"@变量名"，变量定义在 theme.json 中', en: '"@name", a variable defined in theme.json' },
};

/** project.config.json `libVersion`: an exact version or a keyword ("" and "development" are DevTools' own). */
export const LIB_VERSION: StringForm = {
  pattern: /^(\d+\.\d+\.\d+|latest|trial|widelyUsed|development)?$/,
  code: 'invalid-format',
  expected: {
    zh: '具体的基础库版本号（如 "3.7.6"），或 "latest"、"trial"、"widelyUsed" 之一',
    en: 'an exact base library version such as "3.7.6", or one of "latest", "trial", "widelyUsed"',
  },
};

export const STRING_FORMS: readonly StringForm[] = [HEX_COLOR, HEX_COLOR_WITH_ALPHA, THEME_VARIABLE, LIB_VERSION];

/** Looks a pattern up by its source, as zod reports it in an `invalid_format` issue. */
export function stringFormOf(pattern: string | undefined): StringForm | undefined {
  if (pattern === undefined) return undefined;
  return STRING_FORMS.find((form) => form.pattern.source === pattern || String(form.pattern) === pattern);
}
