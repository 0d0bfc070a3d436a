/**
 * Every diagnostic code the package can report, with what it checks and where it is documented: the
 * list a configuration may name (`rules`), the rule metadata of SARIF output, the config JSON Schema.
 * Collected from the catalogues that define the codes, so a new rule or message is configurable at once.
 */
import type { Severity } from '../diagnostics.js';
import { en } from '../locales/en.js';
import type { Bilingual } from '../meta.js';
import { PROJECT_MESSAGES } from './messages.js';
import { projectConfigRules, projectPrivateConfigRules } from '../project-config/rules.js';
import { appRules } from '../app/rules/index.js';
import type { Rule } from '../validate/rule.js';
import { sitemapRules } from '../sitemap/rules.js';
import { themeRules } from '../theme/rules.js';
import { docsUrl } from '../links.js';

export type CodeKind = 'validator' | 'rule' | 'project';

export interface CodeInfo {
  code: string;
  kind: CodeKind;
  /** The severity the check reports; absent where it depends on the finding (validator codes). */
  severity?: Severity;
  description: Bilingual;
  /** Where the code is documented. */
  helpUri: string;
}

/** What each validator code means; the messages themselves say what to write instead. */
const VALIDATOR_DESCRIPTIONS: Record<string, Bilingual> = {
  'json-syntax': { en: 'The file is not valid JSON.', zh: '文件不是合法的 JSON。' },
  'json-comment': { en: 'Comments in a config file (WeChat reads strict JSON).', zh: '配置文件中有注释（微信按严格 JSON 读取）。' },
  'json-trailing-comma': { en: 'A comma before } or ].', zh: '} 或 ] 之前多了逗号。' },
  'json-merge-conflict': { en: 'An unresolved git merge-conflict marker.', zh: '未解决的 git 合并冲突标记。' },
  'json-empty': { en: 'The file is empty.', zh: '文件为空。' },
  'json-not-object': { en: 'The file does not hold a JSON object.', zh: '文件内容不是 JSON 对象。' },
  'json-too-deep': { en: 'Values nested too deeply to check.', zh: '嵌套层级过深，无法检查。' },
  'json-bom': { en: 'A UTF-8 byte order mark before the JSON (WeChat\'s compile fails on it).', zh: 'JSON 之前有 UTF-8 BOM（微信编译会失败）。' },
  'json-invalid-utf8': { en: 'Bytes that are not valid UTF-8.', zh: '含有非 UTF-8 字节。' },
  'input-unreadable': { en: 'A value passed to a validator whose getter or Proxy trap throws.', zh: '传给校验函数的值在读取时抛出异常（getter 或 Proxy）。' },
  'internal-error': { en: 'A bug in this package; please report it.', zh: '本工具的内部错误，请反馈。' },
  'diagnostics-truncated': { en: 'More diagnostics of one code than maxPerCode (counted, not listed).', zh: '同一代码的诊断超过 maxPerCode 条（只计数，不列出）。' },
  'duplicate-key': { en: 'A key written twice in one object (the last one wins).', zh: '同一对象中重复的键（以最后一个为准）。' },
  'invalid-type': { en: 'A value of the wrong type.', zh: '值的类型错误。' },
  'invalid-value': { en: 'A value outside the allowed set.', zh: '值不在允许的范围内。' },
  'missing-key': { en: 'A required key is missing.', zh: '缺少必填项。' },
  'unknown-key': { en: 'A key WeChat does not know here (ignored by WeChat).', zh: '微信不认识的键（会被忽略）。' },
  'invalid-color': { en: 'Not a hex colour.', zh: '不是十六进制颜色值。' },
  'invalid-format': { en: 'A string without the expected form.', zh: '字符串格式不符合要求。' },
  'too-small': { en: 'Too few items or too small a value.', zh: '项数或数值过小。' },
  'too-big': { en: 'Too many items or too large a value.', zh: '项数或数值过大。' },
  'theme-variable-missing': { en: 'An "@variable" that theme.json does not define.', zh: 'theme.json 中未定义的 "@变量"。' },
  'theme-variable-invalid': { en: 'A theme.json variable whose value is invalid where it is used.', zh: 'theme.json 变量的值在使用处不合法。' },
  'theme-variable-not-allowed': { en: 'An "@variable" in a field that does not take one.', zh: '不支持 "@变量" 的字段中使用了变量。' },
};

/** Project codes' one-line descriptions, shared with docs/cli.md's table. */
function projectDescription(code: string): Bilingual {
  return PROJECT_CODE_DESCRIPTIONS[code] ?? { en: code, zh: code };
}

const PROJECT_CODE_DESCRIPTIONS: Record<string, Bilingual> = {
  'project-not-found': { en: 'The folder cannot be read.', zh: '目录无法读取。' },
  'app-json-missing': { en: 'No app.json found.', zh: '找不到 app.json。' },
  'miniprogram-root-missing': { en: 'miniprogramRoot has no app.json.', zh: 'miniprogramRoot 指向的目录中没有 app.json。' },
  'file-unreadable': { en: 'A config file cannot be read.', zh: '配置文件无法读取。' },
  'app-script-missing': { en: 'No app.js / app.ts.', zh: '缺少 app.js / app.ts。' },
  'theme-file-missing': { en: 'The themeLocation file is missing.', zh: 'themeLocation 指向的文件不存在。' },
  'sitemap-file-missing': { en: 'The sitemapLocation file is missing.', zh: 'sitemapLocation 指向的文件不存在。' },
  'sitemap-page-unknown': { en: 'A sitemap rule names a page app.json does not declare.', zh: 'sitemap 规则中的页面未在 app.json 中声明。' },
  'page-script-missing': { en: 'A page without .js / .ts.', zh: '页面缺少 .js / .ts。' },
  'page-template-missing': { en: 'A page without .wxml.', zh: '页面缺少 .wxml。' },
  'component-missing': { en: 'A usingComponents / componentGenerics path that leads nowhere.', zh: '组件路径找不到。' },
  'component-outside-root': { en: 'A component path that leaves the code root.', zh: '组件路径超出代码根目录。' },
  'component-in-other-package': { en: 'A component used across packages without a placeholder.', zh: '跨分包使用组件且未设置占位组件。' },
  'component-json-missing': { en: 'A component without .json.', zh: '组件缺少 .json。' },
  'component-script-missing': { en: 'A component without .js / .ts.', zh: '组件缺少 .js / .ts。' },
  'component-template-missing': { en: 'A component without .wxml.', zh: '组件缺少 .wxml。' },
  'app-key-in-page': { en: 'An app-only key in a page json.', zh: '页面 json 中写了仅 app.json 可用的配置。' },
  'page-key-in-component': { en: 'A page-only key in a component json.', zh: '组件 json 中写了页面配置项。' },
  'tab-icon-missing': { en: 'A tabBar icon file is missing.', zh: 'tabBar 图标不存在。' },
  'tab-icon-not-file': { en: 'A tabBar icon path is a folder.', zh: 'tabBar 图标路径是目录。' },
  'tab-icon-format': { en: 'A tabBar icon that is not PNG/JPEG.', zh: 'tabBar 图标不是 PNG/JPEG 图片。' },
  'tab-icon-too-large': { en: 'A tabBar icon over 40 KB.', zh: 'tabBar 图标超过 40 KB。' },
  'tab-icon-unreadable': { en: 'A tabBar icon that is not a readable image.', zh: '无法识别的 tabBar 图标。' },
  'custom-tab-bar-missing': { en: 'tabBar.custom without custom-tab-bar/index.', zh: '缺少自定义 tabBar 组件。' },
  'subpackage-entry-missing': { en: 'A subpackage entry file is missing.', zh: '分包入口文件不存在。' },
  'workers-missing': { en: 'The workers folder is missing.', zh: 'workers 目录不存在。' },
  'npm-not-built': { en: 'An npm dependency used as a component is not built into miniprogram_npm.', zh: '用作组件的 npm 依赖未构建到 miniprogram_npm。' },
  'subpackage-root-missing': { en: 'A subpackage root folder does not exist.', zh: '分包 root 目录不存在。' },
  'page-script-typescript-only': { en: 'A page with only .ts, without the TypeScript compiler plugin.', zh: '页面只有 .ts 且未启用 TypeScript 编译插件。' },
  'component-relative-missing': { en: 'A ../ component path found only from the code root (the compile loads the relative path and fails).', zh: '../ 组件路径只在代码根目录下存在（编译按相对路径加载并失败）。' },
  'component-flag-missing': { en: 'A component json without "component": true.', zh: '组件 json 缺少 "component": true。' },
  'app-bar-missing': { en: 'appBar without the app-bar/index files (WeChat builds).', zh: '缺少 app-bar 组件文件（微信可编译）。' },
  'folder-missing': { en: 'A folder that several references point into does not exist.', zh: '多处引用指向的目录不存在。' },
  'file-outside-project': { en: 'A config file or icon whose real path leaves the project (not read).', zh: '真实路径位于项目之外的配置文件或图标（不会读取）。' },
  'file-not-regular': { en: 'A FIFO, socket or device where a file is expected (not read).', zh: '应为文件处却是命名管道、套接字或设备（不会读取）。' },
  'file-too-large': { en: 'A config file over the size limit (not read).', zh: '超过大小上限的配置文件（不会读取）。' },
  'internal-error': { en: 'A bug in this package; please report it.', zh: '本工具的内部错误，请反馈。' },
};

/** Anchors of docs/configuration.md's code lists (GitHub's heading slugs). */
const CODE_LIST_ANCHOR = 'every-code--所有代码';

function ruleInfo(rule: Rule<never>, doc: string): CodeInfo {
  return { code: rule.code, kind: 'rule', severity: rule.severity, description: rule.description, helpUri: doc === 'rules.md' ? docsUrl(doc) : docsUrl(doc, CODE_LIST_ANCHOR) };
}

let catalogue: readonly CodeInfo[] | undefined;

/** Every code, sorted; built on first use (the catalogues import each other's modules). */
export function diagnosticCodes(): readonly CodeInfo[] {
  catalogue ??= buildCatalogue();
  return catalogue;
}

function buildCatalogue(): CodeInfo[] {
  const byCode = new Map<string, CodeInfo>();
  const add = (info: CodeInfo) => {
    if (!byCode.has(info.code)) byCode.set(info.code, info);
  };
  for (const code of Object.keys(en)) {
    if (code.startsWith('hint-')) continue; // parts of messages, never a diagnostic's code
    add({ code, kind: 'validator', description: VALIDATOR_DESCRIPTIONS[code] ?? { en: code, zh: code }, helpUri: docsUrl('configuration.md', CODE_LIST_ANCHOR) });
  }
  for (const rule of appRules) add(ruleInfo(rule as Rule<never>, 'rules.md'));
  for (const rule of [...sitemapRules, ...themeRules, ...projectConfigRules, ...projectPrivateConfigRules]) add(ruleInfo(rule as Rule<never>, 'configuration.md'));
  for (const [code, entry] of Object.entries(PROJECT_MESSAGES)) {
    add({ code, kind: 'project', severity: entry.severity as Severity, description: projectDescription(code), helpUri: docsUrl('cli.md', 'project-check-codes--项目检查的诊断代码') });
  }
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export function codeInfo(code: string): CodeInfo | undefined {
  return diagnosticCodes().find((info) => info.code === code);
}
