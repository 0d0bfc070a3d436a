/** main-page-in-subpackage: a page in `pages` may not sit inside a subpackage root folder. */
import type { AppJson } from '../../types.js';
import { arrayAt, enclosingPackages, normalizeFile, subpackagesOf, type SubpackageRef } from './app-view.js';
import type { Rule } from './types.js';

export const mainPageInSubpackage: Rule<AppJson> = {
  code: 'main-page-in-subpackage',
  severity: 'error',
  description: {
    zh: '主包 pages 中的页面不能位于任何分包的 root 目录下。',
    en: 'No main-package page (in pages) lies inside a subpackage root folder.',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 为 "${p.page}"，位于分包 ${p.subpackage}（root "${p.root}"）的目录中。请把它移到该分包的 pages 里（写成相对于 root 的路径），或把页面移出分包目录。`,
    en: (p) => `${p.field} is "${p.page}", inside the folder of subpackage ${p.subpackage} (root "${p.root}"). List it in that subpackage's pages (relative to its root), or move the page out of the subpackage folder.`,
  },
  *check(app) {
    const packages = subpackagesOf(app).filter((sp) => sp.normalRoot);
    if (packages.length === 0) return;
    const pages = arrayAt(app, 'pages');
    const owners = packages.length > FEW_ROOTS
      ? enclosingPackages(packages, pages.map((page) => (typeof page === 'string' ? normalizeFile(page) : '')))
      : undefined;
    for (let i = 0; i < pages.length; i++) {
      const page = pages[i];
      if (typeof page !== 'string') continue;
      const sp = owners ? owners[i] : firstRootAbove(packages, normalizeFile(page));
      if (sp) yield { path: ['pages', i], params: { page, subpackage: `${sp.key}[${sp.index}]`, root: sp.root! } };
    }
  },
};

/** Up to this many roots, testing each root against each page beats sorting (measured); beyond it, sorting bounds the time. */
const FEW_ROOTS = 16;

function firstRootAbove(packages: readonly SubpackageRef[], page: string): SubpackageRef | undefined {
  for (const candidate of packages) if (page.startsWith(candidate.normalRoot!)) return candidate;
  return undefined;
}
