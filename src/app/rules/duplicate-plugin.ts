/**
 * duplicate-plugin: one plugin (provider AppID) is declared once in the whole app — app level or one
 * subpackage — and a subpackage may not reuse an alias of the app-level plugins.
 */
import { formatPath } from '../../diagnostics.js';
import type { AppJson } from '../../types.js';
import { stringAt } from './app-view.js';
import { pluginGroups } from './plugin-version-format.js';
import type { Rule, RuleFinding } from './types.js';

export const duplicatePlugin: Rule<AppJson> = {
  code: 'duplicate-plugin',
  severity: 'error',
  description: {
    zh: '同一个插件（provider）在整个小程序中只能声明一次；分包中的插件别名不能与主包插件别名相同。',
    en: 'A plugin (provider) is declared once in the whole app; a subpackage plugin alias differs from the app-level aliases.',
  },
  messages: {
    'zh-CN': (p) => (p.kind === 'alias'
      ? `${p.field} 的别名 "${p.alias}" 已在 ${p.first} 中使用。请给它换一个别名。`
      : `${p.field} 声明的插件 ${p.provider} 已在 ${p.first} 中声明过，同一插件只能声明一次。请删除这一项，或只在一处声明。`),
    en: (p) => (p.kind === 'alias'
      ? `${p.field} uses the alias "${p.alias}", already used by ${p.first}. Choose another alias.`
      : `${p.field} declares plugin ${p.provider}, already declared at ${p.first}; a plugin can be declared only once. Delete this entry or keep a single declaration.`),
  },
  *check(app): Generator<RuleFinding> {
    const byProvider = new Map<string, string>();
    const byAlias = new Map<string, string>();
    for (const [path, plugins] of pluginGroups(app)) {
      for (const [alias, decl] of Object.entries(plugins)) {
        const at = [...path, alias];
        const provider = stringAt(decl, 'provider');
        if (provider === undefined) continue;
        const sameProvider = byProvider.get(provider);
        const sameAlias = byAlias.get(alias);
        if (sameProvider !== undefined) yield { path: at, params: { provider, first: sameProvider, kind: 'provider' }, anchor: 'key' };
        else if (sameAlias !== undefined) yield { path: at, params: { alias, first: sameAlias, kind: 'alias' }, anchor: 'key' };
        else {
          byProvider.set(provider, formatPath(at));
          byAlias.set(alias, formatPath(at));
        }
      }
    }
  },
};
