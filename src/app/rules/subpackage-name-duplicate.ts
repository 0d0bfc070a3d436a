/** subpackage-name-duplicate: subpackage names are unique (preloadRule refers to packages by name). */
import type { AppJson } from '../../types.js';
import { subpackagesOf } from './app-view.js';
import type { Rule } from './types.js';

export const subpackageNameDuplicate: Rule<AppJson> = {
  code: 'subpackage-name-duplicate',
  severity: 'error',
  description: {
    zh: '各分包的 name（别名）不能相同。',
    en: 'No two subpackages have the same name (alias).',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 为 "${p.name}"，与 ${p.first} 重名。分包别名须唯一，请换一个名字。`,
    en: (p) => `${p.field} is "${p.name}", already used by ${p.first}. Subpackage names must be unique; choose another name.`,
  },
  *check(app) {
    const seen = new Map<string, string>();
    for (const sp of subpackagesOf(app)) {
      if (!sp.name) continue;
      const first = seen.get(sp.name);
      if (first === undefined) seen.set(sp.name, `${sp.key}[${sp.index}].name`);
      else yield { path: [...sp.path, 'name'], params: { name: sp.name, first } };
    }
  },
};
