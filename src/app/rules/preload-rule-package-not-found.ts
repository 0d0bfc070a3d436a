/**
 * preload-rule-package-not-found: each preloadRule `packages` entry names a subpackage by root or
 * name, or is "__APP__" (the main package). Like WeChat, only checked when the app has a subpackages
 * array (even an empty one), and a subpackage without pages is no target (WeChat registers packages
 * from their pages).
 */
import type { AppJson } from '../../types.js';
import { arrayAt, hasSubpackageList, normalizeDir, objectAt, stringsAt, subpackagesOf } from './app-view.js';
import { MAIN_PACKAGE } from './subpackage-reserved-name.js';
import type { Rule } from './types.js';

export const preloadRulePackageNotFound: Rule<AppJson> = {
  code: 'preload-rule-package-not-found',
  severity: 'error',
  description: {
    zh: 'preloadRule 中 packages 的每一项须是某个分包的 root 或 name，或 "__APP__"（主包）。',
    en: 'Each preloadRule packages entry is a subpackage root or name, or "__APP__" (the main package).',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 为 "${p.package}"，没有这个 root 或 name 的分包。请写成已声明分包的 root 或 name（${p.known}），或用 "__APP__" 表示主包。`,
    en: (p) => `${p.field} is "${p.package}", but no subpackage has that root or name. Use the root or name of a declared subpackage (${p.known}), or "__APP__" for the main package.`,
  },
  *check(app) {
    const rules = objectAt(app, 'preloadRule');
    if (!rules || !hasSubpackageList(app)) return;
    const packages = subpackagesOf(app).filter((sp) => arrayAt(sp.item, 'pages').length > 0);
    const names = new Set(packages.flatMap((sp) => (sp.name ? [sp.name] : [])));
    const roots = new Set(packages.flatMap((sp) => (sp.normalRoot ? [sp.normalRoot] : [])));
    const known = packages.map((sp) => `"${sp.name ?? sp.root}"`).join(', ');
    for (const [page, rule] of Object.entries(rules)) {
      for (const [i, entry] of stringsAt(rule, 'packages')) {
        if (entry === MAIN_PACKAGE || names.has(entry) || roots.has(normalizeDir(entry))) continue;
        yield { path: ['preloadRule', page, 'packages', i], params: { package: entry, known } };
      }
    }
  },
};
