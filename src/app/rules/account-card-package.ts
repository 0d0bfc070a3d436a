/** account-card-package: `accountCardPackage.root` is the root of an independent subpackage. */
import type { AppJson } from '../../types.js';
import { normalizeDir, objectAt, stringAt, subpackagesOf } from './app-view.js';
import type { Rule } from './types.js';

export const accountCardPackage: Rule<AppJson> = {
  code: 'account-card-package',
  severity: 'error',
  description: {
    zh: 'accountCardPackage.root 须是某个独立分包（independent: true）的 root。',
    en: 'accountCardPackage.root is the root of an independent subpackage (independent: true).',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 为 "${p.root}"，但没有以它为 root 的独立分包。请在 subpackages 中声明 { "root": "${p.root}", "pages": [...], "independent": true }，或改成已有独立分包的 root。`,
    en: (p) => `${p.field} is "${p.root}", but no independent subpackage has that root. Declare { "root": "${p.root}", "pages": [...], "independent": true } in subpackages, or use the root of an existing independent subpackage.`,
  },
  *check(app) {
    const root = stringAt(objectAt(app, 'accountCardPackage'), 'root');
    if (root === undefined) return;
    const wanted = normalizeDir(root);
    if (!subpackagesOf(app).some((sp) => sp.independent && sp.normalRoot === wanted)) {
      yield { path: ['accountCardPackage', 'root'], params: { root } };
    }
  },
};
