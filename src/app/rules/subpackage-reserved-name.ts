/** subpackage-reserved-name: "__APP__" names the main package (in preloadRule), so no subpackage may use it. */
import type { AppJson } from '../../types.js';
import { subpackagesOf } from './app-view.js';
import type { Rule } from './types.js';

export const MAIN_PACKAGE = '__APP__';

export const subpackageReservedName: Rule<AppJson> = {
  code: 'subpackage-reserved-name',
  severity: 'error',
  description: {
    zh: '分包的 root 和 name 不能是 "__APP__"（它代表主包）。',
    en: 'A subpackage root or name may not be "__APP__" (it stands for the main package).',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 不能为 "__APP__"，这个名字保留给主包。请换一个目录名或别名。`,
    en: (p) => `${p.field} may not be "__APP__": that name is reserved for the main package. Use another folder or name.`,
  },
  *check(app) {
    for (const sp of subpackagesOf(app)) {
      if (sp.root === MAIN_PACKAGE) yield { path: [...sp.path, 'root'] };
      else if (sp.name === MAIN_PACKAGE) yield { path: [...sp.path, 'name'] };
    }
  },
};
