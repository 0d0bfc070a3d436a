/** skyline-needs-renderer-options: `renderer: "skyline"` requires `rendererOptions.skyline` (may be `{}`). */
import type { AppJson } from '../../types.js';
import { asObj, isObject } from './app-view.js';
import type { Rule } from './types.js';

export const skylineNeedsRendererOptions: Rule<AppJson> = {
  code: 'skyline-needs-renderer-options',
  severity: 'error',
  description: {
    zh: 'renderer 为 "skyline" 时必须设置 rendererOptions.skyline（可以是空对象）。',
    en: 'renderer "skyline" requires rendererOptions.skyline (an empty object will do).',
  },
  messages: {
    'zh-CN': (p) => (p.missing === 'rendererOptions'
      ? `${p.field} 为 "skyline"，但没有 rendererOptions。请添加 "rendererOptions": { "skyline": { "defaultDisplayBlock": true } }（skyline 可以是空对象）。`
      : `${p.field} 中缺少 skyline 配置，而 renderer 为 "skyline"。请添加 "skyline": { "defaultDisplayBlock": true }（可以是空对象）。`),
    en: (p) => (p.missing === 'rendererOptions'
      ? `${p.field} is "skyline" but rendererOptions is missing. Add "rendererOptions": { "skyline": { "defaultDisplayBlock": true } } (skyline may be an empty object).`
      : `${p.field} has no skyline settings although renderer is "skyline". Add "skyline": { "defaultDisplayBlock": true } (it may be an empty object).`),
  },
  *check(app) {
    const o = asObj(app);
    if (o.renderer !== 'skyline') return;
    if (o.rendererOptions === undefined) yield { path: ['renderer'], params: { missing: 'rendererOptions' } };
    else if (!isObject(o.rendererOptions) || o.rendererOptions.skyline === undefined) yield { path: ['rendererOptions'], params: { missing: 'skyline' } };
  },
};
