/**
 * subpackages-both-spellings: `subpackages` and `subPackages` are the same field. With both present
 * WeChat silently uses `subpackages` and ignores `subPackages` (no error), so this is a warning.
 */
import type { AppJson } from '../../types.js';
import { asObj } from './app-view.js';
import type { Rule } from './types.js';

export const subpackagesBothSpellings: Rule<AppJson> = {
  code: 'subpackages-both-spellings',
  severity: 'warning',
  description: {
    zh: 'subpackages 与 subPackages 是同一字段的两种写法，只能写一个；两者都写时 subPackages 会被忽略。',
    en: 'subpackages and subPackages are two spellings of one field; write only one. With both, subPackages is ignored.',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 会被忽略：同时存在 subpackages 时，微信只使用 subpackages。请把其中的分包合并到 subpackages 并删除 subPackages。`,
    en: (p) => `${p.field} is ignored: when subpackages is also present, WeChat uses only subpackages. Move these entries into subpackages and delete subPackages.`,
  },
  *check(app) {
    const o = asObj(app);
    if (o.subpackages !== undefined && o.subPackages !== undefined) yield { path: ['subPackages'], anchor: 'key' };
  },
};
