/**
 * extended-lib-unknown: `useExtendedLib` (app or subpackage) only knows "weui" and "kbone". WeChat
 * rejects any other key while resolving components — that is, in every project that uses a
 * component — so this is an error even though the schema alone would only warn about the key.
 */
import type { JsonPath } from '../../diagnostics.js';
import type { AppJson } from '../../types.js';
import { objectAt, subpackagesOf, type Obj } from './app-view.js';
import type { Rule } from './types.js';

export const EXTENDED_LIBS = ['weui', 'kbone'];

export const extendedLibUnknown: Rule<AppJson> = {
  code: 'extended-lib-unknown',
  severity: 'error',
  description: {
    zh: 'useExtendedLib（主包或分包）只能包含 "weui" 和 "kbone"。',
    en: 'useExtendedLib (app or subpackage) only takes "weui" and "kbone".',
  },
  messages: {
    'zh-CN': (p) => `${p.field}："${p.key}" 不是可用的扩展库，微信在解析组件时会报错。可用的只有 "weui" 和 "kbone"；请删除这一项，或把该库作为 npm 包引入。`,
    en: (p) => `${p.field}: "${p.key}" is not an extended library, and WeChat fails on it while resolving components. Only "weui" and "kbone" exist; remove it, or install the library as an npm package.`,
  },
  *check(app) {
    const groups: [JsonPath, Obj | undefined][] = [[['useExtendedLib'], objectAt(app, 'useExtendedLib')]];
    for (const sp of subpackagesOf(app)) groups.push([[...sp.path, 'useExtendedLib'], objectAt(sp.item, 'useExtendedLib')]);
    for (const [path, libs] of groups) {
      for (const key of Object.keys(libs ?? {})) {
        if (!EXTENDED_LIBS.includes(key)) yield { path: [...path, key], params: { key }, anchor: 'key' };
      }
    }
  },
};
