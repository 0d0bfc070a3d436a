/**
 * permission-desc-length: the purpose text of a `permission` entry is at most 30 characters (app.json
 * docs). WeChat's validator accepts longer texts, so this is a warning.
 */
import type { AppJson } from '../../types.js';
import { objectAt, stringAt } from './app-view.js';
import type { Rule } from './types.js';

export const MAX_PERMISSION_DESC = 30;

export const permissionDescLength: Rule<AppJson> = {
  code: 'permission-desc-length',
  severity: 'warning',
  description: {
    zh: `permission 中每项的 desc（用途说明）不超过 ${MAX_PERMISSION_DESC} 个字符。`,
    en: `Each permission desc (purpose text) is at most ${MAX_PERMISSION_DESC} characters.`,
  },
  messages: {
    'zh-CN': (p) => `${p.field} 有 ${p.length} 个字符，文档规定最多 ${MAX_PERMISSION_DESC} 个，超出部分可能无法完整展示给用户。请精简这段说明。`,
    en: (p) => `${p.field} has ${p.length} characters; the docs allow at most ${MAX_PERMISSION_DESC}, and users may not see the rest. Shorten it.`,
  },
  *check(app) {
    for (const [scope, entry] of Object.entries(objectAt(app, 'permission') ?? {})) {
      const desc = stringAt(entry, 'desc');
      const length = desc === undefined ? 0 : [...desc].length;
      if (length > MAX_PERMISSION_DESC) yield { path: ['permission', scope, 'desc'], params: { length } };
    }
  },
};
