/**
 * resolve-alias-format: WeChat's resolveAlias checks — key and value both end with "/*", neither
 * contains "//", and the value does not start with "./" (it is relative to the code root; "/" is fine).
 */
import type { AppJson } from '../../types.js';
import { objectAt } from './app-view.js';
import type { Rule } from './types.js';

type Problem = 'double-slash' | 'dot-slash' | 'star';

export const resolveAliasFormat: Rule<AppJson> = {
  code: 'resolve-alias-format',
  severity: 'error',
  description: {
    zh: 'resolveAlias 的键和值都须以 "/*" 结尾，不能包含 "//"，值不能以 "./" 开头。',
    en: 'resolveAlias keys and values both end with "/*" and contain no "//"; values do not start with "./".',
  },
  messages: {
    'zh-CN': (p) => `${p.field}（"${p.key}": "${p.value}"）${ZH[p.problem as Problem]}`,
    en: (p) => `${p.field} ("${p.key}": "${p.value}") ${EN[p.problem as Problem]}`,
  },
  *check(app) {
    for (const [key, value] of Object.entries(objectAt(app, 'resolveAlias') ?? {})) {
      if (typeof value !== 'string') continue;
      const problem: Problem | undefined = key.includes('//') || value.includes('//') ? 'double-slash'
        : value.startsWith('./') ? 'dot-slash'
        : !(key.endsWith('/*') && value.endsWith('/*')) ? 'star' : undefined;
      if (problem) yield { path: ['resolveAlias', key], params: { key, value, problem } };
    }
  },
};

const ZH: Record<Problem, string> = {
  'double-slash': '包含连续的 "//"。请改成单个 "/"，例如 "@/*": "src/*"。',
  'dot-slash': '的值以 "./" 开头，而值是相对于代码根目录的。请去掉 "./"，例如 "src/*"。',
  star: '的键和值都须以 "/*" 结尾。请写成如 "@/*": "src/*" 的形式。',
};
const EN: Record<Problem, string> = {
  'double-slash': 'contains "//". Use single slashes, e.g. "@/*": "src/*".',
  'dot-slash': 'has a value starting with "./", but values are relative to the code root. Drop the "./", e.g. "src/*".',
  star: 'must end with "/*" in both key and value. Write it like "@/*": "src/*".',
};
