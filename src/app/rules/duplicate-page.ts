/**
 * duplicate-page: a page is listed once. WeChat rejects a repeated entry in `pages`, and a repeated
 * page inside one subpackage (compared after joining it to the root).
 */
import { formatPath } from '../../diagnostics.js';
import type { AppJson } from '../../types.js';
import { allPages, pageCount, pageSet, type PageRef } from './app-view.js';
import type { Rule } from './types.js';

export const duplicatePage: Rule<AppJson> = {
  code: 'duplicate-page',
  severity: 'error',
  description: {
    zh: '同一页面在 pages（或同一分包的 pages）中只能出现一次。',
    en: 'A page appears only once in pages (or in the pages of one subpackage).',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 的页面 "${p.page}" 与 ${p.first} 重复。请删除重复的这一项。`,
    en: (p) => `${p.field} repeats page "${p.page}", already listed at ${p.first}. Delete this entry.`,
  },
  *check(app) {
    // No page string repeats anywhere, so none repeats within a package (the set is shared with other rules).
    if (pageSet(app).size === pageCount(app)) return;
    // Subpackage pages are compared within their own subpackage only, as WeChat does. `allPages`
    // lists each package's pages together, so one map per run of the same package is enough.
    let seen = new Map<string, PageRef>();
    let group: PageRef['subpackage'] | null = null;
    for (const ref of allPages(app)) {
      if (ref.subpackage !== group) { group = ref.subpackage; seen = new Map(); }
      const first = seen.get(ref.page);
      if (!first) { seen.set(ref.page, ref); continue; }
      yield { path: ref.path, params: { page: ref.page, first: formatPath(first.path) } };
    }
  },
};

