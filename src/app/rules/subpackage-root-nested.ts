/** subpackage-root-nested: one subpackage's root may not lie inside another subpackage's root. */
import type { AppJson } from '../../types.js';
import { enclosingPackages, subpackagesOf } from './app-view.js';
import type { Rule } from './types.js';

export const subpackageRootNested: Rule<AppJson> = {
  code: 'subpackage-root-nested',
  severity: 'error',
  description: {
    zh: '分包的 root 不能位于另一个分包的 root 目录之内。',
    en: 'A subpackage root does not lie inside another subpackage root.',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 为 "${p.root}"，位于 ${p.outer}（"${p.outerRoot}"）之内，分包不能嵌套。请把它移到其他分包目录之外。`,
    en: (p) => `${p.field} is "${p.root}", inside ${p.outer} ("${p.outerRoot}"); subpackages cannot be nested. Move it out of the other subpackage's folder.`,
  },
  *check(app) {
    const packages = subpackagesOf(app).filter((sp) => sp.normalRoot);
    const outers = enclosingPackages(packages, packages.map((sp) => sp.normalRoot as string));
    for (const [i, inner] of packages.entries()) {
      const outer = outers[i];
      if (outer) {
        yield { path: [...inner.path, 'root'], params: { root: inner.root!, outer: `${outer.key}[${outer.index}].root`, outerRoot: outer.root! } };
      }
    }
  },
};
