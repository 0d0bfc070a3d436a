import type { LocalizedTemplate, LocalizedText } from './catalogue.js';

/** Words the JSON reader and the engine fill into message parameters, in each locale. */
export const WORDS = {
  or: { 'zh-CN': ' 或 ', en: ' or ' },
  items: { 'zh-CN': '元素', en: 'items' },
  characters: { 'zh-CN': '字符', en: 'characters' },
  fileRoot: { 'zh-CN': '文件根对象', en: 'The file' },
  cannotParse: { 'zh-CN': '无法解析', en: 'cannot be parsed' },
} as const satisfies Record<string, LocalizedText>;

/** The expected form of a string without a documented one: the pattern (or format name) it must match. */
export const MUST_MATCH: LocalizedTemplate<{ pattern: string }> = {
  'zh-CN': (p) => `需匹配 ${p.pattern}`,
  en: (p) => `it must match ${p.pattern}`,
};
