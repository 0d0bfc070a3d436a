/**
 * A page json's rules: app-only keys (`tabBar`, `pages`…) are ignored by WeChat in a page json, so they
 * get their own warning saying where they belong. The key list is generated from the schemas.
 */
import type { MisplacedKeyRule } from '../validate/rule.js';
import { APP_ONLY_KEYS } from './misplaced-keys.generated.js';

let appOnly: Set<string> | undefined;

export const appKeyInPage: MisplacedKeyRule = {
  code: 'app-key-in-page',
  severity: 'warning',
  description: { en: 'An app-only key in a page json.', zh: '页面 json 中写了仅 app.json 可用的配置。' },
  messages: {
    'zh-CN': (p) => `"${p.key}" 只能写在 app.json 中，页面配置里的该项会被忽略。请把它移到 app.json。`,
    en: (p) => `"${p.key}" belongs in app.json only; a page json ignores it. Move it to app.json.`,
  },
  keys: () => (appOnly ??= new Set(APP_ONLY_KEYS)),
};
