/**
 * frameset-needs-resizable: the split-screen layout (`frameset: true`) only works on a resizable app
 * (`resizable: true`, reference §11.22). WeChat's validator does not check it: a warning.
 */
import type { AppJson } from '../../types.js';
import { asObj } from './app-view.js';
import type { Rule } from './types.js';

export const framesetNeedsResizable: Rule<AppJson> = {
  code: 'frameset-needs-resizable',
  severity: 'warning',
  description: {
    zh: 'frameset 为 true 时须同时设置 "resizable": true。',
    en: 'frameset: true needs "resizable": true as well.',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 为 true，但 resizable 不是 true，分栏布局不会生效。请添加 "resizable": true。`,
    en: (p) => `${p.field} is true but resizable is not, so the split layout has no effect. Add "resizable": true.`,
  },
  *check(app) {
    const o = asObj(app);
    if (o.frameset === true && o.resizable !== true) yield { path: ['frameset'] };
  },
};
