/**
 * page-path-format: every page path in app.json is relative to the code root, with no leading "/" or
 * "./", no file extension and no "?query" (WeChat's `checkPath`, plus its tabBar "." and "?" checks).
 *
 * WeChat itself reports an extension or a query in `pages` only later, as "page file not found"
 * (it looks for `pages/a/a.js.wxml`); we report it here, as an error too, with the fix.
 */
import type { AppJson } from '../../types.js';
import { arrayAt, asObj, subpackagesOf, tabItems } from './app-view.js';
import { pathFinding, pathProblem, pathProblemMessages } from './path-checks.js';
import type { Rule, RuleFinding } from './types.js';

export const pagePathFormat: Rule<AppJson> = {
  code: 'page-path-format',
  severity: 'error',
  description: {
    zh: '页面路径（pages、分包 pages、tabBar pagePath、entryPagePath、openLocationPagePath）须相对于代码根目录：不以 "/" 或 "." 开头，不带扩展名和 "?" 参数，不含 "\\"、"//"、"../"。',
    en: 'Page paths (pages, subpackage pages, tabBar pagePath, entryPagePath, openLocationPagePath) are relative to the code root: no leading "/" or ".", no extension, no "?query", no "\\", "//" or "../".',
  },
  messages: pathProblemMessages,
  check(app) {
    const findings: RuleFinding[] = [];
    const add = (finding: RuleFinding | undefined) => { if (finding) findings.push(finding); };
    // Every page is scanned, so paths are built only for the rare page with a problem.
    const main = arrayAt(app, 'pages');
    for (let i = 0; i < main.length; i++) if (pathProblem(main[i], 'page')) add(pathFinding(main[i], 'page', ['pages', i]));
    for (const sp of subpackagesOf(app)) {
      if (sp.normalRoot === undefined) continue; // as in allPages: no usable root, no pages
      const pages = arrayAt(sp.item, 'pages');
      for (let j = 0; j < pages.length; j++) if (pathProblem(pages[j], 'page')) add(pathFinding(pages[j], 'page', [...sp.path, 'pages', j]));
    }
    for (const [path, item] of tabItems(app)) add(pathFinding(item.pagePath, 'tab-page', path, 'pagePath'));
    const o = asObj(app);
    // WeChat skips an empty entryPagePath (the first page is the entry then).
    if (o.entryPagePath !== '') add(pathFinding(o.entryPagePath, 'page', ['entryPagePath']));
    add(pathFinding(o.openLocationPagePath, 'page', ['openLocationPagePath']));
    return findings;
  },
};
