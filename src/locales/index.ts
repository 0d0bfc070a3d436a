import type { Locale } from '../meta.js';
import { renderMessage } from './catalogue.js';
import { ENGINE_MESSAGES } from './messages.js';
import type { EngineMessageCode, MessageParams } from './types.js';

export type { EngineMessageCode, MessageParams, MessageTemplate } from './types.js';

export function message(locale: Locale, code: EngineMessageCode, params: MessageParams): string {
  return renderMessage(ENGINE_MESSAGES[code], locale, params);
}

export { localeFromEnv } from './env.js';

/** Type names as users know them, per locale. */
export function typeName(locale: Locale, type: string): string {
  const zh: Record<string, string> = {
    string: 'string', number: 'number', boolean: 'boolean', object: 'object', array: 'array', null: 'null',
  };
  return locale === 'zh-CN' ? (zh[type] ?? type) : type;
}
