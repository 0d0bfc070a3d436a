/**
 * Messages of the whole-project check, in both languages. Each says what is wrong and what to do
 * instead. The codes are stable: tools and CI scripts may match on them.
 */
import type { Severity } from '../diagnostics.js';
import { renderMessage, type CodeEntry } from '../locales/catalogue.js';
import type { Locale } from '../meta.js';
import { ISSUES_URL } from '../links.js';
import { NOT_REGULAR, OUTSIDE_PROJECT, TOO_LARGE } from './read-refusals.js';

export interface ProjectMessageParams {
  /** The JSON path that refers to the problem, e.g. `pages[2]`. */
  field?: string;
  /** A project path (page, component, icon, folder) as written or as resolved. */
  target?: string;
  /** Paths that were tried, already joined for display. */
  tried?: string;
  key?: string;
  size?: number;
  max?: number;
  detail?: string;
  mode?: string;
  /** Packages (`__APP__` for the main package, else a subpackage root). */
  from?: string;
  to?: string;
  /** How many references a cause explains. */
  count?: number;
}

/** A project code's entry of the message catalogue: its severity is fixed. */
type ProjectMessage = CodeEntry<ProjectMessageParams> & { severity: Severity };

const at = (p: ProjectMessageParams, zh: boolean) => (p.field ? (zh ? `（${p.field}）` : ` (${p.field})`) : '');

export const PROJECT_MESSAGES = {
  'project-not-found': {
    severity: 'error',
    description: { 'zh-CN': '目录无法读取。', en: 'The folder cannot be read.' },
    'zh-CN': (p) => `无法读取项目目录 "${p.target}"（${p.detail}）。请检查路径是否正确。`,
    en: (p) => `Cannot read the project folder "${p.target}" (${p.detail}). Check the path.`,
  },
  'app-json-missing': {
    severity: 'error',
    description: { 'zh-CN': '找不到 app.json。', en: 'No app.json found.' },
    'zh-CN': (p) => p.to
      ? `在 "${p.target}" 中找不到 app.json（微信开发者工具只在 project.config.json 所在目录或 miniprogramRoot 中查找）。"${p.to}" 中有 app.json：请在 project.config.json 中设置 "miniprogramRoot": "${p.to}"。`
      : `在 "${p.target}" 中找不到 app.json。请在小程序代码根目录下运行，或在 project.config.json 中设置 miniprogramRoot。`,
    en: (p) => p.to
      ? `No app.json in "${p.target}" (WeChat looks only in the folder of project.config.json, or in its miniprogramRoot). "${p.to}" holds one: set "miniprogramRoot": "${p.to}" in project.config.json.`
      : `No app.json found in "${p.target}". Run the check on the mini program's code root, or set miniprogramRoot in project.config.json.`,
  },
  'miniprogram-root-missing': {
    severity: 'error',
    description: { 'zh-CN': 'miniprogramRoot 指向的目录中没有 app.json。', en: 'miniprogramRoot has no app.json.' },
    'zh-CN': (p) => `miniprogramRoot 指向的目录 "${p.target}" 不存在或其中没有 app.json。请改为包含 app.json 的目录（相对于 project.config.json）。`,
    en: (p) => `miniprogramRoot points to "${p.target}", which does not exist or holds no app.json. Point it at the folder holding app.json (relative to project.config.json).`,
  },
  'file-unreadable': {
    severity: 'error',
    description: { 'zh-CN': '配置文件无法读取。', en: 'A config file cannot be read.' },
    'zh-CN': (p) => `无法读取文件 "${p.target}"（${p.detail}）。请检查文件权限与编码（应为 UTF-8）。`,
    en: (p) => `Cannot read "${p.target}" (${p.detail}). Check the file's permissions and that it is UTF-8.`,
  },
  'file-outside-project': {
    severity: 'error',
    description: { 'zh-CN': '真实路径位于项目之外的配置文件或图标（不会读取）。', en: 'A config file or icon whose real path leaves the project (not read).' },
    'zh-CN': (p) => `未读取 "${p.target}"：它是指向项目目录之外的符号链接，为避免泄露其他文件的内容，检查只读取项目目录内的文件。请把该文件复制到项目中，而不是链接到项目外。`,
    en: (p) => `"${p.target}" was not read: it is a symbolic link that leads outside the project folder, and the check reads only files inside the project (so that no other file's content can leak). Copy the file into the project instead of linking to it.`,
  },
  'file-not-regular': {
    severity: 'error',
    description: { 'zh-CN': '应为文件处却是命名管道、套接字或设备（不会读取）。', en: 'A FIFO, socket or device where a file is expected (not read).' },
    'zh-CN': (p) => `未读取 "${p.target}"：它不是普通文件（而是命名管道、套接字或设备）。请将其替换为普通的 JSON 文件。`,
    en: (p) => `"${p.target}" was not read: it is not a regular file (a named pipe, socket or device). Replace it with a plain JSON file.`,
  },
  'file-too-large': {
    severity: 'error',
    description: { 'zh-CN': '超过大小上限的配置文件（不会读取）。', en: 'A config file over the size limit (not read).' },
    'zh-CN': (p) => `未读取 "${p.target}"：文件大小 ${formatMiB(p.size)} 超过上限 ${formatMiB(p.max)}。配置文件通常只有几 KB（整个小程序主包不能超过 2 MB），请检查该文件是否放错或已损坏。`,
    en: (p) => `"${p.target}" was not read: it is ${formatMiB(p.size)}, over the ${formatMiB(p.max)} limit. Config files are a few KB (a mini program's whole main package may hold at most 2 MB); check that this is the right file and that it is not damaged.`,
  },
  'app-script-missing': {
    severity: 'warning',
    description: { 'zh-CN': '缺少 app.js / app.ts。', en: 'No app.js / app.ts.' },
    'zh-CN': () => '缺少 app.js（或启用 TypeScript 编译插件时的 app.ts）。微信的编译不要求它，但运行时不会调用 App()：没有 onLaunch、globalData，getApp() 拿不到应用实例。请在代码根目录创建 app.js 并调用 App()。',
    en: () => 'app.js is missing (or app.ts with the TypeScript compiler plugin). WeChat builds without it, but App() is never called at run time: no onLaunch, no globalData, getApp() has no app instance. Create app.js at the code root and call App() there.',
  },
  'theme-file-missing': {
    severity: 'error',
    description: { 'zh-CN': 'themeLocation 指向的文件不存在。', en: 'The themeLocation file is missing.' },
    'zh-CN': (p) => `${p.field} 指向的主题文件 "${p.target}" 不存在。请创建该文件（包含 light 与 dark 两组变量），或修正路径。`,
    en: (p) => `The theme file "${p.target}" named by ${p.field} does not exist. Create it (with a light and a dark set of variables) or fix the path.`,
  },
  'sitemap-file-missing': {
    severity: 'warning',
    description: { 'zh-CN': 'sitemapLocation 指向的文件不存在。', en: 'The sitemapLocation file is missing.' },
    'zh-CN': (p) => `${p.field} 指向的 "${p.target}" 不存在。微信的编译不读取它，但上传后你的索引规则不会生效（使用默认规则：所有页面都可被索引）。请创建该文件，或删除 sitemapLocation。`,
    en: (p) => `"${p.target}" named by ${p.field} does not exist. WeChat's compile does not read it, but your indexing rules will not apply (the default applies: every page may be indexed). Create it, or remove sitemapLocation.`,
  },
  'sitemap-page-unknown': {
    severity: 'warning',
    description: { 'zh-CN': 'sitemap 规则中的页面未在 app.json 中声明。', en: 'A sitemap rule names a page app.json does not declare.' },
    'zh-CN': (p) => `sitemap 规则中的页面 "${p.target}" 不在 app.json 的 pages 或分包页面中，该规则不会匹配任何页面。请写出完整的页面路径（如 "pages/index/index"），或用 "*" 表示所有页面。`,
    en: (p) => `The sitemap rule's page "${p.target}" is not a page of app.json (main or subpackage), so the rule matches nothing. Write the full page path (e.g. "pages/index/index"), or "*" for every page.`,
  },
  'page-script-missing': {
    severity: 'error',
    description: { 'zh-CN': '页面缺少 .js / .ts。', en: 'A page without .js / .ts.' },
    'zh-CN': (p) => `页面 "${p.target}"${at(p, true)}缺少脚本文件：应有 ${p.tried} 之一。请创建它并调用 Page() 或 Component()。`,
    en: (p) => `Page "${p.target}"${at(p, false)} has no script: expected one of ${p.tried}. Create it and call Page() or Component() there.`,
  },
  'page-script-typescript-only': {
    severity: 'error',
    description: { 'zh-CN': '页面只有 .ts 且未启用 TypeScript 编译插件。', en: 'A page with only .ts, without the TypeScript compiler plugin.' },
    'zh-CN': (p) => `页面 "${p.target}"${at(p, true)}只有 ${p.tried}，没有 .js。微信只在 project.config.json 的 setting.useCompilerPlugins 包含 "typescript" 时编译 .ts，否则要求 .js。请添加 "useCompilerPlugins": ["typescript"]，或先用 tsc 生成 .js 再检查。`,
    en: (p) => `Page "${p.target}"${at(p, false)} has only ${p.tried}, no .js. WeChat compiles .ts only when setting.useCompilerPlugins in project.config.json includes "typescript"; otherwise it wants the .js. Add "useCompilerPlugins": ["typescript"], or run tsc first and check the output.`,
  },
  'page-template-missing': {
    severity: 'error',
    description: { 'zh-CN': '页面缺少 .wxml。', en: 'A page without .wxml.' },
    'zh-CN': (p) => `页面 "${p.target}"${at(p, true)}缺少模板文件 ${p.tried}。请创建它，或从页面列表中删除该页面。`,
    en: (p) => `Page "${p.target}"${at(p, false)} has no template ${p.tried}. Create it, or remove the page from the list.`,
  },
  'component-missing': {
    severity: 'error',
    description: { 'zh-CN': '组件路径找不到。', en: 'A usingComponents / componentGenerics path that leads nowhere.' },
    'zh-CN': (p) => `找不到组件 "${p.target}"（标签 <${p.key}>）。已查找：${p.tried}。请修正路径：相对路径以 ./ 或 ../ 开头，绝对路径以 / 开头（相对于小程序根目录），npm 组件需先“构建 npm”。`,
    en: (p) => `Component "${p.target}" (tag <${p.key}>) not found. Looked for: ${p.tried}. Fix the path: relative paths start with ./ or ../, absolute ones with / (from the mini program root); npm components need "Build npm" first.`,
  },
  'component-outside-root': {
    severity: 'error',
    description: { 'zh-CN': '组件路径超出代码根目录。', en: 'A component path that leaves the code root.' },
    'zh-CN': (p) => `组件路径 "${p.target}"（标签 <${p.key}>）从${p.from === 'app.json' ? '继承它的每个页面和组件' : '本文件'}解析后超出了小程序根目录，微信编译失败。组件必须位于小程序代码目录内${p.to ? `；请写成从根目录开始的路径 "${p.to}"` : ''}。`,
    en: (p) => `Component path "${p.target}" (tag <${p.key}>), resolved from ${p.from === 'app.json' ? 'each page and component that inherits it' : 'this file'}, leaves the mini program root, so WeChat's compile fails. Components must live inside the code folder${p.to ? `; write the path from the root: "${p.to}"` : ''}.`,
  },
  'component-relative-missing': {
    severity: 'error',
    description: { 'zh-CN': '../ 组件路径只在代码根目录下存在（编译按相对路径加载并失败）。', en: 'A ../ component path found only from the code root (the compile loads the relative path and fails).' },
    'zh-CN': (p) => `组件 "${p.target}"（标签 <${p.key}>）按相对本文件的路径加载，即 "${p.tried}"，但该组件不存在，微信编译失败。微信的文件检查会退而从代码根目录找到 "${p.to}"，但编译只加载相对路径。请写成 "/${p.to}"，或修正相对路径。`,
    en: (p) => `Component "${p.target}" (tag <${p.key}>) is loaded relative to this file, as "${p.tried}", which does not exist, so WeChat's compile fails. WeChat's file check falls back to "${p.to}" from the code root, but the compile loads only the relative path. Write "/${p.to}", or fix the relative path.`,
  },
  'component-in-other-package': {
    severity: 'error',
    description: { 'zh-CN': '跨分包使用组件且未设置占位组件。', en: 'A component used across packages without a placeholder.' },
    'zh-CN': (p) => `组件 "${p.target}"（标签 <${p.key}>）属于 "${p.to}" 包，不能在 "${p.from}" 包中直接使用${p.to === '__APP__' ? '（独立分包不能引用主包的内容）' : ''}。请把组件移到本包${p.to === '__APP__' ? '' : '或主包'}，或在 componentPlaceholder 中为 <${p.key}> 指定占位组件（分包异步化）。`,
    en: (p) => `Component "${p.target}" (tag <${p.key}>) belongs to package "${p.to}" and cannot be used directly from package "${p.from}"${p.to === '__APP__' ? ' (an independent subpackage cannot use the main package)' : ''}. Move it into this package${p.to === '__APP__' ? '' : ' or the main package'}, or give <${p.key}> a componentPlaceholder (asynchronous subpackage loading).`,
  },
  'component-json-missing': {
    severity: 'error',
    description: { 'zh-CN': '组件缺少 .json。', en: 'A component without .json.' },
    'zh-CN': (p) => `组件 "${p.target}" 缺少 ${p.tried}。每个自定义组件都需要一个包含 "component": true 的 json 文件。`,
    en: (p) => `Component "${p.target}" has no ${p.tried}. Every custom component needs a json file with "component": true.`,
  },
  'component-script-missing': {
    severity: 'warning',
    description: { 'zh-CN': '组件缺少 .js / .ts。', en: 'A component without .js / .ts.' },
    'zh-CN': (p) => `组件 "${p.target}" 缺少脚本文件 ${p.tried}。微信的编译不检查它，但运行时该组件无法注册，使用它的页面会报错。请创建它并调用 Component()（.ts 仅在 useCompilerPlugins 包含 "typescript" 时编译）。`,
    en: (p) => `Component "${p.target}" has no script ${p.tried}. WeChat's compile does not check it, but at run time the component is never registered and the pages using it fail. Create it and call Component() there (.ts is compiled only when useCompilerPlugins includes "typescript").`,
  },
  'component-flag-missing': {
    severity: 'warning',
    description: { 'zh-CN': '组件 json 缺少 "component": true。', en: 'A component json without "component": true.' },
    'zh-CN': (p) => `组件 "${p.target}" 的 json 缺少 "component": true。微信能编译，但运行时不会把它当作自定义组件，使用处会报 "Component is not found in path"。请加上 "component": true。`,
    en: (p) => `The json of component "${p.target}" lacks "component": true. WeChat builds, but at run time it is not treated as a custom component and its users fail with "Component is not found in path". Add "component": true.`,
  },
  'component-template-missing': {
    severity: 'error',
    description: { 'zh-CN': '组件缺少 .wxml。', en: 'A component without .wxml.' },
    'zh-CN': (p) => `组件 "${p.target}" 缺少模板文件 ${p.tried}。`,
    en: (p) => `Component "${p.target}" has no template ${p.tried}.`,
  },
  'tab-icon-missing': {
    severity: 'error',
    description: { 'zh-CN': 'tabBar 图标不存在。', en: 'A tabBar icon file is missing.' },
    'zh-CN': (p) => `tabBar 图标 "${p.target}"${p.mode ? `（${p.mode} 模式）` : ''} 不存在。路径相对于小程序根目录，请修正路径或添加图片。`,
    en: (p) => `tabBar icon "${p.target}"${p.mode ? ` (${p.mode} mode)` : ''} does not exist. The path is relative to the mini program root: fix it or add the image.`,
  },
  'tab-icon-not-file': {
    severity: 'error',
    description: { 'zh-CN': 'tabBar 图标路径是目录。', en: 'A tabBar icon path is a folder.' },
    'zh-CN': (p) => `tabBar 图标 "${p.target}" 是一个目录，应为图片文件。`,
    en: (p) => `tabBar icon "${p.target}" is a folder; it must be an image file.`,
  },
  'tab-icon-format': {
    severity: 'error',
    description: { 'zh-CN': 'tabBar 图标不是 PNG/JPEG 图片。', en: 'A tabBar icon that is not PNG/JPEG.' },
    'zh-CN': (p) => `tabBar 图标 "${p.target}" 的格式不受支持${p.detail ? `（${p.detail}）` : ''}。只能使用 .png、.jpg 或 .jpeg 图片。`,
    en: (p) => `tabBar icon "${p.target}" has an unsupported format${p.detail ? ` (${p.detail})` : ''}. Only .png, .jpg and .jpeg images are allowed.`,
  },
  'tab-icon-too-large': {
    severity: 'error',
    description: { 'zh-CN': 'tabBar 图标超过 40 KB。', en: 'A tabBar icon over 40 KB.' },
    'zh-CN': (p) => `tabBar 图标 "${p.target}" 大小为 ${formatKb(p.size)}，超过上限 ${p.max} KB。请压缩图片（建议 81×81 像素）。`,
    en: (p) => `tabBar icon "${p.target}" is ${formatKb(p.size)}, over the ${p.max} KB limit. Compress it (81×81 px is the suggested size).`,
  },
  'tab-icon-unreadable': {
    severity: 'warning',
    description: { 'zh-CN': '无法识别的 tabBar 图标。', en: 'A tabBar icon that is not a readable image.' },
    'zh-CN': (p) => `无法识别 tabBar 图标 "${p.target}" 的图片内容，文件可能已损坏。`,
    en: (p) => `tabBar icon "${p.target}" could not be read as an image; the file may be damaged.`,
  },
  'custom-tab-bar-missing': {
    severity: 'warning',
    description: { 'zh-CN': '缺少自定义 tabBar 组件。', en: 'tabBar.custom without custom-tab-bar/index.' },
    'zh-CN': (p) => `tabBar.custom 为 true，但缺少自定义 tabBar 组件的 ${p.tried}。微信能编译（有的应用有意隐藏原生 tabBar），但运行时不会显示任何 tabBar。如需 tabBar，请在代码根目录创建 custom-tab-bar/index.{js,json,wxml,wxss}。`,
    en: (p) => `tabBar.custom is true but the custom tab bar component lacks ${p.tried}. WeChat builds (some apps hide the native bar on purpose), but no tab bar shows at run time. If you want one, create custom-tab-bar/index.{js,json,wxml,wxss} at the code root.`,
  },
  'app-bar-missing': {
    severity: 'warning',
    description: { 'zh-CN': '缺少 app-bar 组件文件（微信可编译）。', en: 'appBar without the app-bar/index files (WeChat builds).' },
    'zh-CN': (p) => `app.json 设置了 appBar，但缺少 app-bar 组件的 ${p.tried}。微信能编译，但运行时不会显示 appBar。请在代码根目录创建 app-bar/index.{js,json,wxml,wxss}，或删除 appBar。`,
    en: (p) => `app.json sets appBar but the app-bar component lacks ${p.tried}. WeChat builds, but no app bar shows at run time. Create app-bar/index.{js,json,wxml,wxss} at the code root, or remove appBar.`,
  },
  'subpackage-root-missing': {
    severity: 'error',
    description: { 'zh-CN': '分包 root 目录不存在。', en: 'A subpackage root folder does not exist.' },
    'zh-CN': (p) => `分包根目录 "${p.target}"（${p.field}）不存在，微信编译失败。请创建该目录并放入分包页面，或修正 root。`,
    en: (p) => `The subpackage root folder "${p.target}" (${p.field}) does not exist, so WeChat's compile fails. Create the folder with the subpackage's pages in it, or fix root.`,
  },
  'subpackage-entry-missing': {
    severity: 'error',
    description: { 'zh-CN': '分包入口文件不存在。', en: 'A subpackage entry file is missing.' },
    'zh-CN': (p) => `分包入口文件 "${p.target}" 不存在。entry 是相对于分包 root 的 js 文件路径，请修正路径或创建该文件。`,
    en: (p) => `The subpackage entry file "${p.target}" does not exist. entry is a js file path relative to the subpackage root: fix it or create the file.`,
  },
  'workers-missing': {
    severity: 'error',
    description: { 'zh-CN': 'workers 目录不存在。', en: 'The workers folder is missing.' },
    'zh-CN': (p) => `workers 指向的目录 "${p.target}" 不存在。请创建该目录（Worker 脚本放在其中），或删除 workers 配置。`,
    en: (p) => `The workers folder "${p.target}" does not exist. Create it (Worker scripts go inside) or remove the workers setting.`,
  },
  'npm-not-built': {
    severity: 'error',
    description: { 'zh-CN': '用作组件的 npm 依赖未构建到 miniprogram_npm。', en: 'An npm dependency used as a component is not built into miniprogram_npm.' },
    'zh-CN': (p) => `npm 包 "${p.target}" 尚未构建：${p.tried} 不存在，因此有 ${p.count} 处组件引用找不到。请在微信开发者工具中点击“工具 → 构建 npm”，或在 CI 中用 miniprogram-ci 的 packNpm 构建，然后重新检查（逐条引用见 --verbose）。`,
    en: (p) => `The npm package "${p.target}" is not built: ${p.tried} does not exist, so ${p.count} component reference${p.count === 1 ? '' : 's'} cannot be found. In WeChat DevTools choose Tools → Build npm, or run miniprogram-ci's packNpm in CI, then check again (--verbose lists each reference).`,
  },
  'folder-missing': {
    severity: 'error',
    description: { 'zh-CN': '多处引用指向的目录不存在。', en: 'A folder that several references point into does not exist.' },
    'zh-CN': (p) => `目录 "${p.target}" 不存在，有 ${p.count} 处组件引用指向其中。请恢复该目录（是否未提交，或被 .gitignore 忽略？），或修正这些路径（逐条引用见 --verbose）。`,
    en: (p) => `The folder "${p.target}" does not exist, yet ${p.count} component references point into it. Restore it (was it not committed, or ignored by .gitignore?) or fix the paths (--verbose lists each reference).`,
  },
  'internal-error': {
    severity: 'error',
    description: { 'zh-CN': '本工具的内部错误，请反馈。', en: 'A bug in this package; please report it.' },
    'zh-CN': (p) => `检查时发生内部错误：${p.detail}。请在 ${ISSUES_URL} 报告此问题（附上命令与出错的文件）。`,
    en: (p) => `Internal error while checking: ${p.detail}. Please report it at ${ISSUES_URL} (with the command and the file that failed).`,
  },
} satisfies Record<string, ProjectMessage>;

export type ProjectMessageCode = keyof typeof PROJECT_MESSAGES;

/** Codes after which nothing else could be checked: the CLI exits with 2 on them. */
export const FATAL_PROJECT_CODES: ReadonlySet<string> = new Set<ProjectMessageCode>(['project-not-found', 'app-json-missing', 'miniprogram-root-missing']);

/** Codes for a file that could not be read, so the check is incomplete: the CLI exits with 2 on them too. */
export const UNREADABLE_FILE_CODES: ReadonlySet<string> = new Set<ProjectMessageCode>(['file-unreadable', 'file-outside-project', 'file-not-regular', 'file-too-large']);

/** The code for a file that was not read, from the reason `ProjectFs` gives. */
export function unreadableFileCode(error: string | undefined): ProjectMessageCode {
  return error === OUTSIDE_PROJECT ? 'file-outside-project' : error === NOT_REGULAR ? 'file-not-regular' : error === TOO_LARGE ? 'file-too-large' : 'file-unreadable';
}

export function projectMessage(locale: Locale, code: ProjectMessageCode, params: ProjectMessageParams): string {
  return renderMessage(PROJECT_MESSAGES[code], locale, params);
}

export function projectSeverity(code: ProjectMessageCode): Severity {
  return PROJECT_MESSAGES[code].severity;
}

function formatKb(bytes = 0): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function formatMiB(bytes = 0): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
