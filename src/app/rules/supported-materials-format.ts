/**
 * supported-materials-format: the documented limits of `supportedMaterials` — `name` contains
 * "${nickname}" plus at most 6 other characters, `desc` has at most 22 characters, one entry per
 * `materialType`, and `path` is a declared page. WeChat's validator does not know the key at all, so
 * these are warnings.
 */
import type { AppJson } from '../../types.js';
import { arrayAt, isObject, pageSet, stringAt } from './app-view.js';
import type { Rule, RuleFinding } from './types.js';

const NICKNAME = '${nickname}';
const MAX_NAME_EXTRA = 6;
const MAX_DESC = 22;

type Problem = 'name' | 'desc' | 'type' | 'path';

export const supportedMaterialsFormat: Rule<AppJson> = {
  code: 'supported-materials-format',
  severity: 'warning',
  description: {
    zh: 'supportedMaterials 每项：name 含 "${nickname}" 且其余文字不超过 6 个字符；desc 不超过 22 个字符；每种 materialType 只出现一次；path 是已声明的页面。',
    en: 'Each supportedMaterials item: name contains "${nickname}" plus at most 6 other characters; desc has at most 22 characters; each materialType appears once; path is a declared page.',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 为 "${p.value}"：${ZH[p.problem as Problem]}`,
    en: (p) => `${p.field} is "${p.value}": ${EN[p.problem as Problem]}`,
  },
  *check(app): Generator<RuleFinding> {
    const items = arrayAt(app, 'supportedMaterials');
    if (items.length === 0) return;
    const pages = pageSet(app);
    const types = new Set<string>();
    for (const [i, item] of items.entries()) {
      if (!isObject(item)) continue;
      const at = (key: string, problem: Problem, value: string): RuleFinding => ({ path: ['supportedMaterials', i, key], params: { problem, value } });
      const name = stringAt(item, 'name');
      if (name !== undefined && (!name.includes(NICKNAME) || [...name.replace(NICKNAME, '')].length > MAX_NAME_EXTRA)) yield at('name', 'name', name);
      const desc = stringAt(item, 'desc');
      if (desc !== undefined && [...desc].length > MAX_DESC) yield at('desc', 'desc', desc);
      const type = stringAt(item, 'materialType');
      if (type !== undefined && types.has(type)) yield at('materialType', 'type', type);
      if (type !== undefined) types.add(type);
      const path = stringAt(item, 'path');
      if (path !== undefined && !pages.has(path)) yield at('path', 'path', path);
    }
  },
};

const ZH: Record<Problem, string> = {
  name: `名称须包含 "${NICKNAME}"，其余文字不超过 ${MAX_NAME_EXTRA} 个字符，例如 "用${NICKNAME}打开"。`,
  desc: `描述不超过 ${MAX_DESC} 个字符，请精简。`,
  type: '该 materialType 已在前面声明过，每种类型只能声明一次。请删除或合并这一项。',
  path: '该页面未在 pages 或分包 pages 中声明。请改成已声明页面的完整路径。',
};
const EN: Record<Problem, string> = {
  name: `the name must contain "${NICKNAME}" plus at most ${MAX_NAME_EXTRA} other characters, e.g. "Open in ${NICKNAME}".`,
  desc: `the description is limited to ${MAX_DESC} characters; shorten it.`,
  type: 'this materialType is already declared above; each type is declared once. Delete or merge this item.',
  path: 'this page is not declared in pages or in a subpackage. Use the full path of a declared page.',
};
