/**
 * tab-page-not-in-pages: each tab opens a main-package page listed in `pages`. WeChat compares the
 * strings exactly, so a subpackage page is refused too (tab pages must be in the main package).
 */
import type { AppJson } from '../../types.js';
import { allPages, arrayAt, tabItems } from './app-view.js';
import type { Rule } from './types.js';

export const tabPageNotInPages: Rule<AppJson> = {
  code: 'tab-page-not-in-pages',
  severity: 'error',
  description: {
    zh: 'tabBar.list 的每个 pagePath 都须在 pages（主包）中声明；分包页面不能作为 tab 页。',
    en: 'Every tabBar.list pagePath is declared in pages (the main package); a subpackage page cannot be a tab.',
  },
  messages: {
    'zh-CN': (p) => (p.where === 'subpackage'
      ? `${p.field} 为 "${p.page}"，它是分包页面，而 tab 页必须在主包中。请把该页面移到主包并加入 pages。`
      : `${p.field} 为 "${p.page}"，但它不在 pages 中。请把 "${p.page}" 加入 pages，或改成 pages 中已有的页面。`),
    en: (p) => (p.where === 'subpackage'
      ? `${p.field} is "${p.page}", a subpackage page, but tab pages must be in the main package. Move the page to the main package and list it in pages.`
      : `${p.field} is "${p.page}", which is not listed in pages. Add "${p.page}" to pages, or use a page that is listed there.`),
  },
  *check(app) {
    const tabs = tabItems(app);
    if (tabs.length === 0) return;
    // A tab bar has at most a handful of items: searching the list beats building a set of it.
    const mainPages = arrayAt(app, 'pages');
    // Only needed to explain a tab page that is not in pages, so built on first use.
    let subPages: Set<string> | undefined;
    for (const [path, item] of tabs) {
      const page = item.pagePath;
      if (typeof page !== 'string' || page === '' || mainPages.includes(page)) continue;
      subPages ??= new Set(allPages(app).filter((ref) => ref.subpackage).map((ref) => ref.page));
      yield { path: [...path, 'pagePath'], params: { page, where: subPages.has(page) ? 'subpackage' : 'missing' } };
    }
  },
};
