/**
 * skyline-window-navigation-ignored: Skyline pages always use a custom navigation bar, so the
 * navigation-bar settings of app.json `window` have no effect there (a warning in WeChat too).
 */
import type { AppJson } from '../../types.js';
import { asObj, objectAt } from './app-view.js';
import type { Rule } from './types.js';

const NAVIGATION_KEYS = ['navigationBarTextStyle', 'navigationBarTitleText', 'navigationBarBackgroundColor'];

export const skylineWindowNavigationIgnored: Rule<AppJson> = {
  code: 'skyline-window-navigation-ignored',
  severity: 'warning',
  description: {
    zh: '使用 Skyline 时页面的 navigationStyle 固定为 custom，window 中的导航栏配置（标题、文字样式、背景色）不生效。',
    en: 'With Skyline the navigation style is always custom, so the navigation bar settings in window (title, text style, background colour) have no effect.',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 在 Skyline 页面上不生效：Skyline 页面的 navigationStyle 固定为 custom。请在页面中自行实现导航栏，或设置 "navigationStyle": "custom" 并删除这些导航栏配置。`,
    en: (p) => `${p.field} has no effect on Skyline pages, whose navigationStyle is always custom. Draw the navigation bar in the page, or set "navigationStyle": "custom" and remove these navigation bar settings.`,
  },
  *check(app) {
    const o = asObj(app);
    const skyline = o.renderer === 'skyline' || isSet(objectAt(o, 'rendererOptions')?.skyline);
    const window = objectAt(o, 'window');
    if (!skyline || !window || window.navigationStyle === 'custom') return;
    for (const key of NAVIGATION_KEYS) if (isSet(window[key])) yield { path: ['window', key] };
  },
};

/** WeChat tests these values for truthiness. */
const isSet = (v: unknown): boolean => Boolean(v);
