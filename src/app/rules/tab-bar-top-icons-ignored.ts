/** tab-bar-top-icons-ignored: with `position: "top"` the tab bar shows no icons (app.json docs), a warning. */
import type { AppJson } from '../../types.js';
import { objectAt, tabItems } from './app-view.js';
import type { Rule } from './types.js';

export const tabBarTopIconsIgnored: Rule<AppJson> = {
  code: 'tab-bar-top-icons-ignored',
  severity: 'warning',
  description: {
    zh: 'tabBar 的 position 为 "top" 时不显示图标，iconPath 和 selectedIconPath 不生效。',
    en: 'With tabBar position "top" no icons are shown: iconPath and selectedIconPath have no effect.',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 不会生效：tabBar 的 position 为 "top" 时不显示图标。请删除该图标，或把 position 改为 "bottom"。`,
    en: (p) => `${p.field} has no effect: a tab bar with position "top" shows no icons. Remove the icon, or set position to "bottom".`,
  },
  *check(app) {
    if (objectAt(app, 'tabBar')?.position !== 'top') return;
    for (const [path, item] of tabItems(app)) {
      for (const key of ['iconPath', 'selectedIconPath']) if (item[key]) yield { path: [...path, key] };
    }
  },
};
