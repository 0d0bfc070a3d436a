/** skyline-needs-lazy-code-loading: `renderer: "skyline"` requires `lazyCodeLoading: "requiredComponents"`. */
import type { AppJson } from '../../types.js';
import { asObj } from './app-view.js';
import type { Rule } from './types.js';

export const skylineNeedsLazyCodeLoading: Rule<AppJson> = {
  code: 'skyline-needs-lazy-code-loading',
  severity: 'error',
  description: {
    zh: 'renderer 为 "skyline" 时必须设置 "lazyCodeLoading": "requiredComponents"。',
    en: 'renderer "skyline" requires "lazyCodeLoading": "requiredComponents".',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 为 "skyline"，Skyline 渲染需要按需注入。请在 app.json 添加 "lazyCodeLoading": "requiredComponents"。`,
    en: (p) => `${p.field} is "skyline", and Skyline rendering needs on-demand injection. Add "lazyCodeLoading": "requiredComponents" to app.json.`,
  },
  *check(app) {
    const o = asObj(app);
    if (o.renderer === 'skyline' && o.lazyCodeLoading !== 'requiredComponents') yield { path: ['renderer'] };
  },
};
