import type { Locale } from '../meta.js';
import { en } from './en.js';
import type { EngineMessageCode, MessageCatalogue, MessageParams } from './types.js';
import { zhCN } from './zh-CN.js';

export type { EngineMessageCode, MessageCatalogue, MessageParams, MessageTemplate } from './types.js';

const catalogues: Record<Locale, MessageCatalogue> = { 'zh-CN': zhCN, en };

export function message(locale: Locale, code: EngineMessageCode, params: MessageParams): string {
  return catalogues[locale][code](params);
}

export { localeFromEnv } from './env.js';

/** Type names as users know them, per locale. */
export function typeName(locale: Locale, type: string): string {
  const zh: Record<string, string> = {
    string: 'string', number: 'number', boolean: 'boolean', object: 'object', array: 'array', null: 'null',
  };
  return locale === 'zh-CN' ? (zh[type] ?? type) : type;
}
