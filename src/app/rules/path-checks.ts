/**
 * The path checks WeChat applies to every path in app.json (its `checkPath`), plus the page-path
 * specific ones. Shared by `page-path-format` and `file-path-format`.
 */
import type { JsonPath } from '../../diagnostics.js';
import type { Locale } from '../../meta.js';
import type { Rule, RuleFinding } from './types.js';

export type PathProblem =
  | 'empty' | 'backslash' | 'double-slash' | 'leading-dot' | 'leading-slash' | 'leading-space'
  | 'parent-dir' | 'query' | 'extension' | 'dot';

export type PathKind =
  /** A page path in `pages`, subpackage `pages`, `entryPagePath`… */
  | 'page'
  /** `tabBar.list[].pagePath`: WeChat also refuses any `.` in it. */
  | 'tab-page'
  /** A folder or file path from the code root (subpackage root, workers, themeLocation…). */
  | 'file'
  /** A tab icon: may start with `/` or `./` (WeChat skips those two checks for icons). */
  | 'icon';

const PAGE_EXTENSION = /\.(js|ts|wxml|wxss|json|wxs|html|vue|less|scss|sass|styl)$/i;

const SLASH = 47, SPACE = 32;
const PROBLEM_CHARACTERS = /[\\?.]|\/\//;

/**
 * Whether `value` could have any problem below: each needs an empty value, a leading "/" or " ", a
 * "\\", "?" or "." (leading dot, "../", extension, tab-page dot) or "//". Real page lists are long
 * and almost always clean, so one native scan settles most paths (measured faster than a charCodeAt
 * loop, several `includes` or one regular expression with the anchored cases as alternatives).
 */
function mayHaveProblem(value: string): boolean {
  if (value.length === 0) return true;
  const first = value.charCodeAt(0);
  return first === SLASH || first === SPACE || PROBLEM_CHARACTERS.test(value);
}

/** The first problem WeChat (or, for `extension`/`query`, the page loader) finds in `value`, in WeChat's order. */
export function pathProblem(value: unknown, kind: PathKind): PathProblem | undefined {
  if (typeof value !== 'string' || !mayHaveProblem(value)) return undefined;
  if (value === '') return 'empty';
  if (value.includes('\\')) return 'backslash';
  if (value.includes('//')) return 'double-slash';
  if (kind !== 'icon' && value.startsWith('.')) return 'leading-dot';
  if (kind !== 'icon' && value.startsWith('/')) return 'leading-slash';
  if (value.startsWith(' ')) return 'leading-space';
  if (value.includes('../') || value.endsWith('/..')) return 'parent-dir';
  if (kind === 'page' || kind === 'tab-page') {
    if (value.includes('?')) return 'query';
    if (PAGE_EXTENSION.test(value)) return 'extension';
  }
  if (kind === 'tab-page' && value.includes('.')) return 'dot';
  return undefined;
}

/** A corrected value to suggest, or undefined when there is no obvious one. */
export function suggestPath(value: string, problem: PathProblem): string | undefined {
  let v = value.replace(/\\/g, '/').replace(/\/{2,}/g, '/').trim();
  if (problem === 'double-slash' && /^[a-z]+:\/\//i.test(value)) return undefined;
  if (problem === 'parent-dir' || problem === 'dot' || problem === 'empty') return undefined;
  const query = v.indexOf('?');
  // Sliced, not `/\?.*$/`: that pattern backtracks quadratically over many "?" before a newline.
  if (query >= 0) v = v.slice(0, query);
  v = v.replace(PAGE_EXTENSION, '').replace(/^(\.\/|\/)+/, '');
  return v && v !== value ? v : undefined;
}

const PROBLEM_TEXT: Record<PathProblem, Record<Locale, string>> = {
  empty: { 'zh-CN': '为空字符串', en: 'is an empty string' },
  backslash: { 'zh-CN': '包含反斜杠 "\\"，路径分隔符只能用 "/"', en: 'contains a backslash "\\"; paths use "/" as the separator' },
  'double-slash': { 'zh-CN': '包含连续的 "//"（网络地址也不行，只能写项目内的路径）', en: 'contains "//" (URLs are not allowed either, only paths inside the project)' },
  'leading-dot': { 'zh-CN': '以 "." 开头，这里的路径都相对于代码根目录，不能写 "./" 或 "../"', en: 'starts with "."; paths here are relative to the code root, so "./" and "../" are not allowed' },
  'leading-slash': { 'zh-CN': '以 "/" 开头，这里的路径相对于代码根目录，不能以 "/" 开头', en: 'starts with "/"; paths here are relative to the code root and must not start with "/"' },
  'leading-space': { 'zh-CN': '以空格开头', en: 'starts with a space' },
  'parent-dir': { 'zh-CN': '包含 "../"，不能指向上级目录', en: 'contains "../"; a path may not climb to a parent folder' },
  query: { 'zh-CN': '带有 "?" 查询参数，页面路径不能带参数（参数请在跳转的 url 中传）', en: 'has a "?query"; page paths take no query (pass parameters in the navigation url instead)' },
  extension: { 'zh-CN': '带有文件扩展名，页面路径不写扩展名（微信会自行查找 .js/.wxml/.json/.wxss）', en: 'has a file extension; page paths are written without one (WeChat finds .js/.wxml/.json/.wxss itself)' },
  dot: { 'zh-CN': '包含 "."，tabBar 的 pagePath 不能含点号（也就是不能带扩展名或含点的目录名）', en: 'contains "."; a tabBar pagePath may not contain a dot (no extension, no dotted folder name)' },
};

export function describePathProblem(locale: Locale, p: { field: string; value?: string | number; problem?: string | number; suggestion?: string | number }): string {
  const problem = PROBLEM_TEXT[(p.problem ?? 'empty') as PathProblem] ?? PROBLEM_TEXT.empty;
  const value = JSON.stringify(String(p.value ?? ''));
  if (locale === 'zh-CN') {
    const fix = p.suggestion !== undefined ? `请改为 "${p.suggestion}"。` : '请改成相对于代码根目录的路径，例如 "pages/index/index"。';
    return `${p.field} 的值 ${value} ${problem['zh-CN']}。${fix}`;
  }
  const fix = p.suggestion !== undefined ? `Write "${p.suggestion}" instead.` : 'Write a path relative to the code root, e.g. "pages/index/index".';
  return `${p.field} is ${value}, which ${problem.en}. ${fix}`;
}

/** The messages of the two path rules, page-path-format and file-path-format. */
export const pathProblemMessages: Rule<unknown>['messages'] = {
  'zh-CN': (p) => describePathProblem('zh-CN', p),
  en: (p) => describePathProblem('en', p),
};

/**
 * The finding for `value`, found at `base` (or at `base` + `key`), when it is a string with a path
 * problem of this kind. Non-strings are the schema's business. The path is built only for a finding:
 * these checks run on every page, and almost every page is fine.
 */
export function pathFinding(value: unknown, kind: PathKind, base: JsonPath, key?: string): RuleFinding | undefined {
  if (typeof value !== 'string') return undefined;
  const problem = pathProblem(value, kind);
  if (!problem) return undefined;
  const suggestion = suggestPath(value, problem);
  const path = key === undefined ? base : [...base, key];
  return { path, params: { value, problem, ...(suggestion !== undefined ? { suggestion } : {}) } };
}
