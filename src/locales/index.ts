import type { Locale } from '../meta.js';
import { en } from './en.js';
import type { EngineMessageCode, MessageCatalogue, MessageParams } from './types.js';
import { zhCN } from './zh-CN.js';

export type { EngineMessageCode, MessageCatalogue, MessageParams, MessageTemplate } from './types.js';

const catalogues: Record<Locale, MessageCatalogue> = { 'zh-CN': zhCN, en };

export function message(locale: Locale, code: EngineMessageCode, params: MessageParams): string {
  return catalogues[locale][code](params);
}

/** Picks the locale from an environment's `LANG` / `LC_ALL` (zh* → zh-CN, anything else → en). */
export function localeFromEnv(env: Record<string, string | undefined> = process.env): Locale {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(lang) ? 'zh-CN' : 'en';
}

/** Type names as users know them, per locale. */
export function typeName(locale: Locale, type: string): string {
  const zh: Record<string, string> = {
    string: 'string', number: 'number', boolean: 'boolean', object: 'object', array: 'array', null: 'null',
  };
  return locale === 'zh-CN' ? (zh[type] ?? type) : type;
}
