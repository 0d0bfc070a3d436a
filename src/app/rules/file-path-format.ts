/**
 * file-path-format: folder and file paths in app.json (subpackage roots, workers, themeLocation,
 * openDataContext, tab icons) pass WeChat's `checkPath`: not empty, no "\\", "//" or "../", no
 * leading space, and — except for tab icons, which may start with "/" or "./" — no leading "/" or ".".
 */
import type { AppJson } from '../../types.js';
import { asObj, isObject, subpackagesOf, tabItems } from './app-view.js';
import { pathFinding, pathProblemMessages } from './path-checks.js';
import type { Rule, RuleFinding } from './types.js';

export const filePathFormat: Rule<AppJson> = {
  code: 'file-path-format',
  severity: 'error',
  description: {
    zh: '目录和文件路径（分包 root、workers、themeLocation、openDataContext、tabBar 图标）须是项目内的相对路径：非空，不含 "\\"、"//"、"../"，除图标外不以 "/" 或 "." 开头。',
    en: 'Folder and file paths (subpackage root, workers, themeLocation, openDataContext, tabBar icons) are relative paths inside the project: not empty, no "\\", "//" or "../", and (except icons) no leading "/" or ".".',
  },
  messages: pathProblemMessages,
  check(app) {
    const findings: RuleFinding[] = [];
    const add = (finding: RuleFinding | undefined) => { if (finding) findings.push(finding); };
    for (const sp of subpackagesOf(app)) add(pathFinding(sp.root, 'file', sp.path, 'root'));
    const o = asObj(app);
    const workers = o.workers;
    add(isObject(workers) ? pathFinding(workers.path, 'file', ['workers', 'path']) : pathFinding(workers, 'file', ['workers']));
    add(pathFinding(o.themeLocation, 'file', ['themeLocation']));
    add(pathFinding(o.openDataContext, 'file', ['openDataContext']));
    for (const [path, item] of tabItems(app)) {
      for (const key of ICON_KEYS) {
        // WeChat skips an empty icon (it is optional); an "@variable" is checked once resolved from theme.json.
        const value = item[key];
        if (value !== '' && !(typeof value === 'string' && value.startsWith('@'))) add(pathFinding(value, 'icon', path, key));
      }
    }
    return findings;
  },
};

const ICON_KEYS = ['iconPath', 'selectedIconPath'];
