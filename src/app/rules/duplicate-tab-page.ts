/** duplicate-tab-page: two tabs may not open the same page (WeChat rejects it). */
import type { AppJson } from '../../types.js';
import { tabItems } from './app-view.js';
import type { Rule } from './types.js';

export const duplicateTabPage: Rule<AppJson> = {
  code: 'duplicate-tab-page',
  severity: 'error',
  description: {
    zh: 'tabBar.list 中各项的 pagePath 不能相同。',
    en: 'No two tabBar.list items have the same pagePath.',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 为 "${p.page}"，与 tabBar.list[${p.first}] 相同。每个 tab 须指向不同的页面，请修改或删除这一项。`,
    en: (p) => `${p.field} is "${p.page}", the same as tabBar.list[${p.first}]. Each tab must open a different page; change or delete this item.`,
  },
  *check(app) {
    const seen = new Map<string, number>();
    for (const [path, item] of tabItems(app)) {
      const page = item.pagePath;
      if (typeof page !== 'string' || page === '') continue;
      const index = path[2] as number;
      const first = seen.get(page);
      if (first === undefined) seen.set(page, index);
      else yield { path: [...path, 'pagePath'], params: { page, first } };
    }
  },
};
