/**
 * pages-empty: the main package lists at least one page — the first one is the home page. WeChat's
 * config check accepts `"pages": []`, so this is a warning (reference §11.1).
 */
import type { AppJson } from '../../types.js';
import { asObj } from './app-view.js';
import type { Rule } from './types.js';

export const pagesEmpty: Rule<AppJson> = {
  code: 'pages-empty',
  severity: 'warning',
  description: {
    zh: 'pages 至少应包含一个页面（第一项是首页）。',
    en: 'pages should list at least one page (the first one is the home page).',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 为空数组，小程序没有首页。请至少添加一个页面，例如 "pages/index/index"。`,
    en: (p) => `${p.field} is an empty list, so the app has no home page. Add at least one page, e.g. "pages/index/index".`,
  },
  *check(app) {
    const pages = asObj(app).pages;
    if (Array.isArray(pages) && pages.length === 0) yield { path: ['pages'] };
  },
};
