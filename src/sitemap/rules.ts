/** In-file rules for sitemap.json (field reference §11, rule 29). */
import type { Rule } from '../validate/rule.js';
import type { SitemapJson } from '../types.js';

/** `*` means "every page" only as the whole value; inside a path it is matched literally. */
export const sitemapPageWildcardRule: Rule<SitemapJson> = {
  code: 'sitemap-page-wildcard',
  severity: 'warning',
  description: {
    zh: 'page 中的 "*" 只有单独使用时才表示所有页面，写在路径里不是通配符。',
    en: 'In `page`, "*" means every page only on its own; inside a path it is not a wildcard.',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 的值 ${p.value} 中含有 "*"，但 "*" 只有单独写成 "*" 时才表示所有页面，不能作为路径通配符。请写出完整页面路径，或只写 "*"。`,
    en: (p) => `${p.field} is ${p.value}: "*" means every page only when it is the whole value; it is not a wildcard inside a path. Write the full page path, or just "*".`,
  },
  *check(sitemap) {
    for (const [index, rule] of sitemap.rules.entries()) {
      if (rule.page !== '*' && rule.page.includes('*')) {
        yield { path: ['rules', index, 'page'], params: { value: JSON.stringify(rule.page) } };
      }
    }
  },
};

export const sitemapRules: readonly Rule<SitemapJson>[] = [sitemapPageWildcardRule];
