/**
 * page-path-format: every page path in app.json is relative to the code root, with no leading "/" or
 * "./", no file extension and no "?query" (WeChat's `checkPath`, plus its tabBar "." and "?" checks).
 *
 * WeChat itself reports an extension or a query in `pages` only later, as "page file not found"
 * (it looks for `pages/a/a.js.wxml`); we report it here, as an error too, with the fix.
 */
import type { AppJson } from '../types.js';
import { allPages, asObj, tabItems } from './app-view.js';
import { checkPathAt as checkAt, pathProblemMessages } from './path-checks.js';
import type { Rule } from './types.js';

export const pagePathFormat: Rule<AppJson> = {
  code: 'page-path-format',
  severity: 'error',
  description: {
    zh: '页面路径（pages、分包 pages、tabBar pagePath、entryPagePath、openLocationPagePath）须相对于代码根目录：不以 "/" 或 "." 开头，不带扩展名和 "?" 参数，不含 "\\"、"//"、"../"。',
    en: 'Page paths (pages, subpackage pages, tabBar pagePath, entryPagePath, openLocationPagePath) are relative to the code root: no leading "/" or ".", no extension, no "?query", no "\\", "//" or "../".',
  },
  messages: pathProblemMessages,
  *check(app) {
    for (const { path } of allPages(app)) yield* checkAt(app, path, 'page');
    for (const [path] of tabItems(app)) yield* checkAt(app, [...path, 'pagePath'], 'tab-page');
    // WeChat skips an empty entryPagePath (the first page is the entry then).
    if (asObj(app).entryPagePath !== '') yield* checkAt(app, ['entryPagePath'], 'page');
    yield* checkAt(app, ['openLocationPagePath'], 'page');
  },
};
