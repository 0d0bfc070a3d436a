/** entry-page-not-found: `entryPagePath` is a declared page — main package or subpackage (WeChat accepts both). */
import type { AppJson } from '../../types.js';
import { allPages, stringAt } from './app-view.js';
import { pathProblem } from './path-checks.js';
import type { Rule } from './types.js';

export const entryPageNotFound: Rule<AppJson> = {
  code: 'entry-page-not-found',
  severity: 'error',
  description: {
    zh: 'entryPagePath 须是 pages 或分包 pages 中声明过的页面（完整路径）。',
    en: 'entryPagePath is a page declared in pages or in a subpackage (full path).',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 为 "${p.page}"，但它不在 pages 或任何分包的 pages 中。请改成已声明页面的完整路径，例如 "${p.example}"。`,
    en: (p) => `${p.field} is "${p.page}", which is not declared in pages or in any subpackage. Use the full path of a declared page, e.g. "${p.example}".`,
  },
  *check(app) {
    const page = stringAt(app, 'entryPagePath');
    // An empty value is skipped by WeChat; a malformed one is page-path-format's finding.
    if (!page || pathProblem(page, 'page')) return;
    const pages = allPages(app);
    if (pages.some((ref) => ref.page === page)) return;
    yield { path: ['entryPagePath'], params: { page, example: pages[0]?.page ?? 'pages/index/index' } };
  },
};
