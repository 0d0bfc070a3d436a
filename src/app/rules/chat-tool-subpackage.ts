/**
 * chat-tool-subpackage: a chat tool (chatTools[]) lives in a declared, independent subpackage that
 * uses the Skyline renderer, and an app has at most one chat tool for now (chat-tool guide, reference
 * §11.20). WeChat's validator does not check any of this; preview and upload fail instead, so these
 * are warnings here.
 */
import type { AppJson } from '../../types.js';
import { asObj, normalizeDir, normalizeFile, stringAt, stringsAt, subpackagesOf, type SubpackageRef } from './app-view.js';
import type { Rule, RuleFinding } from './types.js';

type Problem = 'too-many' | 'not-declared' | 'not-independent' | 'not-skyline' | 'entry-not-found';

export const chatToolSubpackage: Rule<AppJson> = {
  code: 'chat-tool-subpackage',
  severity: 'warning',
  description: {
    zh: 'chatTools 目前最多 1 项；其 root 须是已声明的独立分包（independent: true），并使用 Skyline 渲染（renderer: "skyline"）；entryPagePath 是该分包的页面。',
    en: 'chatTools has at most one item for now; its root is a declared independent subpackage (independent: true) rendered with Skyline (renderer: "skyline"); entryPagePath is one of its pages.',
  },
  messages: {
    'zh-CN': (p) => `${p.field}${ZH[p.problem as Problem].replace('{root}', String(p.root ?? ''))}`,
    en: (p) => `${p.field}${EN[p.problem as Problem].replace('{root}', String(p.root ?? ''))}`,
  },
  *check(app): Generator<RuleFinding> {
    const tools = asObj(app).chatTools;
    if (!Array.isArray(tools)) return;
    if (tools.length > 1) yield { path: ['chatTools'], params: { problem: 'too-many' } };
    const byRoot = new Map<string, SubpackageRef>();
    for (const sp of subpackagesOf(app)) if (sp.normalRoot !== undefined && !byRoot.has(sp.normalRoot)) byRoot.set(sp.normalRoot, sp);
    const entryPages = new Map<SubpackageRef, Set<string>>();
    for (const [i, tool] of tools.entries()) {
      const root = stringAt(tool, 'root');
      if (root === undefined) continue;
      const sp = byRoot.get(normalizeDir(root));
      const problem: Problem | undefined = !sp ? 'not-declared' : !sp.independent ? 'not-independent'
        : (sp.item.renderer ?? asObj(app).renderer) !== 'skyline' ? 'not-skyline' : undefined;
      if (problem) yield { path: ['chatTools', i, 'root'], params: { problem, root } };
      const entry = stringAt(tool, 'entryPagePath');
      if (sp && entry !== undefined && !entryPagesOf(sp, entryPages).has(normalizeFile(entry))) yield { path: ['chatTools', i, 'entryPagePath'], params: { problem: 'entry-not-found', root } };
    }
  },
};

/**
 * The docs write the entry page relative to the root; a full path from the code root names the same
 * page. Both forms of every page of `sp`, built once per subpackage however many tools name it.
 */
function entryPagesOf(sp: SubpackageRef, cache: Map<SubpackageRef, Set<string>>): Set<string> {
  let pages = cache.get(sp);
  if (!pages) {
    pages = new Set();
    for (const [, page] of stringsAt(sp.item, 'pages')) {
      pages.add(normalizeFile(page));
      if (sp.normalRoot !== undefined) pages.add(normalizeFile(sp.normalRoot + page));
    }
    cache.set(sp, pages);
  }
  return pages;
}

const ZH: Record<Problem, string> = {
  'too-many': ' 有多项，但目前每个小程序只能有一个聊天工具。请只保留一项。',
  'not-declared': ' 为 "{root}"，但没有以它为 root 的分包。请在 subpackages 中声明该分包（independent: true，renderer: "skyline"）。',
  'not-independent': ' 为 "{root}"，该分包不是独立分包，预览和上传会失败。请在该分包中设置 "independent": true。',
  'not-skyline': ' 为 "{root}"，该分包未使用 Skyline 渲染，预览和上传会失败。请在该分包中设置 "renderer": "skyline"。',
  'entry-not-found': ' 不是分包 "{root}" 的 pages 中的页面。请写成该分包 pages 中的一项（相对于 root 的路径）。',
};
const EN: Record<Problem, string> = {
  'too-many': ' has several items, but an app can have only one chat tool for now. Keep one.',
  'not-declared': ' is "{root}", but no subpackage has that root. Declare it in subpackages (independent: true, renderer: "skyline").',
  'not-independent': ' is "{root}", a subpackage that is not independent, so preview and upload fail. Set "independent": true on it.',
  'not-skyline': ' is "{root}", a subpackage not rendered with Skyline, so preview and upload fail. Set "renderer": "skyline" on it.',
  'entry-not-found': ' is not one of the pages of subpackage "{root}". Use one of its pages (relative to the root).',
};
