/**
 * page-path-format: every page path in app.json is relative to the code root, with no leading "/" or
 * "./", no file extension and no "?query" (WeChat's `checkPath`, plus its tabBar "." and "?" checks).
 *
 * WeChat itself reports an extension or a query in `pages` only later, as "page file not found"
 * (it looks for `pages/a/a.js.wxml`); we report it here, as an error too, with the fix.
 */
import type { AppJson } from '../types.js';
import { allPages, asObj, tabItems } from './app-view.js';
import { pathFinding, pathProblemMessages } from './path-checks.js';
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
    for (const { written, path } of allPages(app)) add(pathFinding(written, 'page', path));
    for (const [path, item] of tabItems(app)) add(pathFinding(item.pagePath, 'tab-page', path, 'pagePath'));
    const o = asObj(app);
    // WeChat skips an empty entryPagePath (the first page is the entry then).
    if (o.entryPagePath !== '') add(pathFinding(o.entryPagePath, 'page', ['entryPagePath']));
    add(pathFinding(o.openLocationPagePath, 'page', ['openLocationPagePath']));
    return findings;
  },
};
