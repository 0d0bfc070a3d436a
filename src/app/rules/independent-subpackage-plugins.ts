/**
 * independent-subpackage-plugins: the docs say independent subpackages cannot use plugins for now
 * (reference §11.9). WeChat's validator does not check it, so this is a warning.
 */
import type { AppJson } from '../../types.js';
import { isObject, subpackagesOf } from './app-view.js';
import type { Rule } from './types.js';

export const independentSubpackagePlugins: Rule<AppJson> = {
  code: 'independent-subpackage-plugins',
  severity: 'warning',
  description: {
    zh: '独立分包目前不能使用插件。',
    en: 'Independent subpackages cannot use plugins for now.',
  },
  messages: {
    'zh-CN': (p) => `${p.field}：独立分包（independent: true）目前不能使用插件。请把插件声明移到普通分包或主包，或去掉 independent。`,
    en: (p) => `${p.field}: an independent subpackage (independent: true) cannot use plugins for now. Declare the plugin in a regular subpackage or the main package, or drop independent.`,
  },
  *check(app) {
    for (const sp of subpackagesOf(app)) {
      if (sp.independent && isObject(sp.item.plugins) && Object.keys(sp.item.plugins).length > 0) {
        yield { path: [...sp.path, 'plugins'], anchor: 'key' };
      }
    }
  },
};
