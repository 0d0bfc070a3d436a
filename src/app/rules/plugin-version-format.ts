/**
 * plugin-version-format: a plugin `version` (app or subpackage level) is "x.y.z" (at most 3 digits per
 * part), "latest" or "dev-<id>". Plain "dev" is for plugin projects only; in a mini program WeChat
 * rejects it.
 */
import type { JsonPath } from '../../diagnostics.js';
import type { AppJson } from '../../types.js';
import { isObject, objectAt, stringAt, subpackagesOf, type Obj } from './app-view.js';
import type { Rule } from './types.js';

const VALID_VERSION = /^(latest|\d{1,3}\.\d{1,3}\.\d{1,3}|dev-[A-Za-z0-9]+)$/;

export const pluginVersionFormat: Rule<AppJson> = {
  code: 'plugin-version-format',
  severity: 'error',
  description: {
    zh: '插件 version 须为 "x.y.z"（每段最多 3 位数字）、"latest" 或 "dev-开发版号"；"dev" 只能在插件项目中使用。',
    en: 'A plugin version is "x.y.z" (up to 3 digits per part), "latest" or "dev-<id>"; plain "dev" is only for plugin projects.',
  },
  messages: {
    'zh-CN': (p) => (p.version === 'dev'
      ? `${p.field} 不能为 "dev"（仅插件项目可用）。请写成插件的正式版本号，如 "1.0.0"，或开发版 "dev-<版本 id>"；如果你在开发插件，请把项目类型设为插件。`
      : `${p.field} 为 "${p.version}"，格式不对。请写成 "数字.数字.数字"（每段最多 3 位），如 "1.0.0"，或 "latest"、"dev-<版本 id>"。`),
    en: (p) => (p.version === 'dev'
      ? `${p.field} cannot be "dev" (only plugin projects may use it). Write a released version such as "1.0.0", or a dev build "dev-<id>"; if you are developing a plugin, set the project type to plugin.`
      : `${p.field} is "${p.version}", which is not a valid version. Write "digit.digit.digit" (up to 3 digits each), e.g. "1.0.0", or "latest" or "dev-<id>".`),
  },
  *check(app) {
    for (const [path, plugins] of pluginGroups(app)) {
      for (const [alias, decl] of Object.entries(plugins)) {
        const version = stringAt(decl, 'version');
        if (version !== undefined && !VALID_VERSION.test(version)) yield { path: [...path, alias, 'version'], params: { version } };
      }
    }
  },
};

/** `plugins` of the app, then of each subpackage, with their paths. */
export function pluginGroups(app: AppJson): [JsonPath, Obj][] {
  const out: [JsonPath, Obj][] = [];
  const own = objectAt(app, 'plugins');
  if (own) out.push([['plugins'], own]);
  for (const sp of subpackagesOf(app)) if (isObject(sp.item.plugins)) out.push([[...sp.path, 'plugins'], sp.item.plugins]);
  return out;
}
