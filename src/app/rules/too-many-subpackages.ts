/** too-many-subpackages: WeChat accepts at most 100 subpackages (its MaxSubPackageLimit). */
import type { AppJson } from '../../types.js';
import { arrayAt, asObj } from './app-view.js';
import type { Rule } from './types.js';

export const MAX_SUBPACKAGES = 100;

export const tooManySubpackages: Rule<AppJson> = {
  code: 'too-many-subpackages',
  severity: 'error',
  description: {
    zh: `分包数量不能超过 ${MAX_SUBPACKAGES} 个。`,
    en: `There are at most ${MAX_SUBPACKAGES} subpackages.`,
  },
  messages: {
    'zh-CN': (p) => `${p.field} 有 ${p.count} 个分包，超过上限 ${MAX_SUBPACKAGES}。请合并部分分包。`,
    en: (p) => `${p.field} has ${p.count} subpackages, more than the limit of ${MAX_SUBPACKAGES}. Merge some of them.`,
  },
  *check(app) {
    const key = Array.isArray(asObj(app).subpackages) ? 'subpackages' : 'subPackages';
    const count = arrayAt(app, key).length;
    if (count > MAX_SUBPACKAGES) yield { path: [key], params: { count } };
  },
};
