/**
 * A page json's rules: app-only keys (`tabBar`, `pages`…) are ignored by WeChat in a page json, so they
 * get their own warning saying where they belong. The key set comes from the schemas themselves.
 */
import { appJsonSchema } from '../app/schema.js';
import type { MisplacedKeyRule } from '../validate/rule.js';
import { knownKeys } from '../validate/schema-walk.js';
import { pageJsonSchema } from './schema.js';

/** Platform overrides (`mini-wechat`, `mini-ios`…) exist at both levels under varying names: never "app-only". */
const PLATFORM_OVERRIDE = /^mini-/;

/** `keys` without `minus`. */
export function keysBesides(keys: readonly string[], minus: readonly string[]): Set<string> {
  const removed = new Set(minus);
  return new Set(keys.filter((key) => !removed.has(key)));
}

let appOnly: Set<string> | undefined;

export const appKeyInPage: MisplacedKeyRule = {
  code: 'app-key-in-page',
  severity: 'warning',
  description: { en: 'An app-only key in a page json.', zh: '页面 json 中写了仅 app.json 可用的配置。' },
  messages: {
    'zh-CN': (p) => `"${p.key}" 只能写在 app.json 中，页面配置里的该项会被忽略。请把它移到 app.json。`,
    en: (p) => `"${p.key}" belongs in app.json only; a page json ignores it. Move it to app.json.`,
  },
  keys: () => (appOnly ??= keysBesides(knownKeys(appJsonSchema).filter((key) => !PLATFORM_OVERRIDE.test(key)), knownKeys(pageJsonSchema))),
};
