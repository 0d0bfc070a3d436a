/**
 * functional-pages-boolean: `functionalPages: true` is the legacy form; the plugin guide says it will
 * stop being accepted and asks for `{ "independent": true }`. WeChat warns, so do we.
 */
import type { AppJson } from '../../types.js';
import { asObj } from './app-view.js';
import type { Rule } from './types.js';

export const functionalPagesBoolean: Rule<AppJson> = {
  code: 'functional-pages-boolean',
  severity: 'warning',
  description: {
    zh: 'functionalPages 的布尔写法已过时，应写成 { "independent": true }。',
    en: 'The boolean form of functionalPages is outdated; write { "independent": true }.',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 使用了旧的布尔写法，今后上传可能失败。请改为 "functionalPages": { "independent": true }，并确保功能页代码只在 functional-pages 目录内相互引用。`,
    en: (p) => `${p.field} uses the old boolean form, which future uploads may reject. Write "functionalPages": { "independent": true } and keep the functional-page code self-contained in functional-pages/.`,
  },
  *check(app) {
    // WeChat warns on any truthy non-object value.
    const value = asObj(app).functionalPages;
    if (value && typeof value !== 'object') yield { path: ['functionalPages'] };
  },
};
