/**
 * skyline-needs-glass-easel: the Skyline guide asks for `componentFramework: "glass-easel"` together
 * with `renderer: "skyline"`. WeChat's validator does not check it, so this is a warning.
 */
import type { AppJson } from '../../types.js';
import { asObj } from './app-view.js';
import type { Rule } from './types.js';

export const skylineNeedsGlassEasel: Rule<AppJson> = {
  code: 'skyline-needs-glass-easel',
  severity: 'warning',
  description: {
    zh: 'renderer 为 "skyline" 时应同时设置 "componentFramework": "glass-easel"。',
    en: 'renderer "skyline" should come with "componentFramework": "glass-easel".',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 为 "skyline"，但 componentFramework 不是 "glass-easel"，Skyline 需要 glass-easel 组件框架。请添加 "componentFramework": "glass-easel"。`,
    en: (p) => `${p.field} is "skyline" but componentFramework is not "glass-easel", which Skyline needs. Add "componentFramework": "glass-easel".`,
  },
  *check(app) {
    const o = asObj(app);
    if (o.renderer === 'skyline' && o.componentFramework !== 'glass-easel') yield { path: ['renderer'] };
  },
};
