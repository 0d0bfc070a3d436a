/**
 * tab-bar-item-count: tabBar.list has 2 to 5 items. With `custom: true` WeChat accepts up to 10
 * (its MaxCustomTabbarCount), which the docs do not mention; we follow WeChat's validator.
 */
import { MAX_CUSTOM_TABS, MAX_TABS, MIN_TABS } from '../../primitives/limits.js';
import type { AppJson } from '../../types.js';
import { arrayAt, objectAt } from './app-view.js';
import type { Rule } from './types.js';

export const tabBarItemCount: Rule<AppJson> = {
  code: 'tab-bar-item-count',
  severity: 'error',
  description: {
    zh: `tabBar.list 须有 ${MIN_TABS}–${MAX_TABS} 项（自定义 tabBar 即 custom: true 时最多 ${MAX_CUSTOM_TABS} 项）。`,
    en: `tabBar.list has ${MIN_TABS} to ${MAX_TABS} items (up to ${MAX_CUSTOM_TABS} with a custom tab bar, custom: true).`,
  },
  messages: {
    'zh-CN': (p) => (Number(p.count) < MIN_TABS
      ? `${p.field} 只有 ${p.count} 项，至少需要 ${MIN_TABS} 项。请再添加 tab，或删除整个 tabBar。`
      : `${p.field} 有 ${p.count} 项，最多 ${p.max} 项。请删除多出的 tab。`),
    en: (p) => (Number(p.count) < MIN_TABS
      ? `${p.field} has ${p.count} item(s) but needs at least ${MIN_TABS}. Add tabs, or remove the whole tabBar.`
      : `${p.field} has ${p.count} items but at most ${p.max} are allowed. Remove the extra tabs.`),
  },
  *check(app) {
    const tabBar = objectAt(app, 'tabBar');
    if (!tabBar || !Array.isArray(tabBar.list)) return;
    const count = arrayAt(tabBar, 'list').length;
    const max = tabBar.custom === true ? MAX_CUSTOM_TABS : MAX_TABS;
    if (count < MIN_TABS || count > max) yield { path: ['tabBar', 'list'], params: { count, max } };
  },
};
