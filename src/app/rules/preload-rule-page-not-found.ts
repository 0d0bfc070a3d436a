/**
 * preload-rule-page-not-found: each preloadRule key is a declared page (main or subpackage, full path)
 * or a plugin page ("__plugin__/…"). Like WeChat, only checked when the app has a subpackages array (even an empty one).
 */
import type { AppJson } from '../../types.js';
import { hasSubpackageList, normalizeFile, objectAt, pageSet } from './app-view.js';
import type { Rule } from './types.js';

export const preloadRulePageNotFound: Rule<AppJson> = {
  code: 'preload-rule-page-not-found',
  severity: 'error',
  description: {
    zh: 'preloadRule 的每个键都须是已声明的页面路径（主包或分包页面的完整路径，不以 "/" 开头）。',
    en: 'Each preloadRule key is a declared page path (full path of a main or subpackage page, no leading "/").',
  },
  messages: {
    'zh-CN': (p) => `${p.field}：页面 "${p.page}" 未在 pages 或分包 pages 中声明。${p.suggestion !== undefined
      ? `请改为 "${p.suggestion}"。`
      : '请写成已声明页面的完整路径（如 "pages/index/index"，分包页面带上 root），或删除这条规则。'}`,
    en: (p) => `${p.field}: page "${p.page}" is not declared in pages or in a subpackage. ${p.suggestion !== undefined
      ? `Write "${p.suggestion}" instead.`
      : 'Write the full path of a declared page (e.g. "pages/index/index"; prefix subpackage pages with their root), or delete the rule.'}`,
  },
  *check(app) {
    const rules = objectAt(app, 'preloadRule');
    if (!rules || !hasSubpackageList(app)) return;
    const pages = pageSet(app);
    for (const page of Object.keys(rules)) {
      if (pages.has(page) || page.includes('__plugin__/')) continue;
      // A leading "/" or "./" is the usual slip: suggest the declared page it was meant to be.
      const meant = normalizeFile(page);
      yield { path: ['preloadRule', page], params: { page, ...(pages.has(meant) ? { suggestion: meant } : {}) }, anchor: 'key' };
    }
  },
};
