/** subpackage-root-duplicate: two subpackages may not share a root ("pkg" and "pkg/" are the same root). */
import type { AppJson } from '../../types.js';
import { subpackagesOf } from './app-view.js';
import type { Rule } from './types.js';

export const subpackageRootDuplicate: Rule<AppJson> = {
  code: 'subpackage-root-duplicate',
  severity: 'error',
  description: {
    zh: '各分包的 root 不能相同（"pkg" 与 "pkg/" 视为同一目录）。',
    en: 'No two subpackages have the same root ("pkg" and "pkg/" are the same folder).',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 为 "${p.root}"，与 ${p.first} 是同一个目录。每个分包须有自己的根目录，请改用其他目录或合并这两个分包。`,
    en: (p) => `${p.field} is "${p.root}", the same folder as ${p.first}. Each subpackage needs its own root folder; use another folder or merge the two subpackages.`,
  },
  *check(app) {
    const seen = new Map<string, string>();
    for (const sp of subpackagesOf(app)) {
      if (sp.root === undefined || !sp.normalRoot) continue;
      const first = seen.get(sp.normalRoot);
      if (first === undefined) seen.set(sp.normalRoot, `${sp.key}[${sp.index}].root`);
      else yield { path: [...sp.path, 'root'], params: { root: sp.root, first } };
    }
  },
};
