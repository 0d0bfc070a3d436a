/** `setting` of project.config.json (field reference §9.2). */
import * as z from 'zod';
import { NOT_IN_WECHAT_SCHEMA, withUncheckedKeys } from '../primitives/wechat-unchecked.js';
import { flag, projectDoc, text, textList } from './doc.js';
import { docEnum, withDoc } from '../meta.js';

/* Each enum's values with their docs, written once: the z.enum is built from the keys. */
const enumValues = docEnum({
  typescript: { zh: '编译 TypeScript。', en: 'Compiles TypeScript.' },
  less: { zh: '编译 Less。', en: 'Compiles Less.' },
  sass: { zh: '编译 Sass。', en: 'Compiles Sass.' },
});

const minifyWXMLOptionsSchema = z.strictObject({
  collapseWhitespace: flag('是否合并空白字符。', 'Collapse whitespace.', { default: true }),
  conservativeCollapse: flag('合并空白时是否保留一个空格。', 'Keep one space when collapsing whitespace.', { default: false }),
  preserveLineBreaks: flag('是否保留换行。', 'Keep line breaks.', { default: false }),
}).apply(withDoc, { id: 'MinifyWXMLOptions', ...projectDoc('WXML 压缩选项。', 'WXML minification options.') });

const packNpmRelationSchema = z.strictObject({
  packageJsonPath: z.string().apply(withDoc, projectDoc('package.json 的路径（相对项目根目录）。', 'Path of the package.json, relative to the project root.')),
  miniprogramNpmDistDir: z.string().apply(withDoc, projectDoc('构建出的 miniprogram_npm 放到的目录。', 'Directory that receives the built miniprogram_npm.')),
}).apply(withDoc, { id: 'PackNpmRelation', ...projectDoc('一组手动构建 npm 的路径。', 'One pair of paths for a manual npm build.') });

/**
 * Settings that shape the build output. They are read from project.config.json only: in
 * project.private.config.json they have no effect (field reference §9.2, column "private" = no).
 */
export const buildSettingShape = {
  condition: flag('是否启用条件编译。', 'Enables conditional compilation.'),
  es6: flag('是否将 ES6 转为 ES5。应与 enhance 取值一致。', 'Transpiles ES6 to ES5. Should equal `enhance`.'),
  enhance: flag('是否开启增强编译。应与 es6 取值一致。', 'Enables enhanced compilation. Should equal `es6`.'),
  postcss: flag('上传时是否自动补全样式前缀。', 'Adds vendor prefixes to styles on upload.'),
  minified: flag('上传时是否压缩脚本。', 'Minifies scripts on upload.'),
  minifyWXSS: flag('上传时是否压缩 WXSS。', 'Minifies WXSS on upload.'),
  minifyWXML: flag('上传时是否压缩 WXML。', 'Minifies WXML on upload.'),
  swc: flag('是否使用 SWC 编译模式。', 'Uses the SWC compile mode.'),
  uglifyFileName: flag('上传时是否进行代码保护（混淆文件名）。', 'Protects code on upload (obfuscates file names).'),
  ignoreUploadUnusedFiles: flag('上传时是否过滤未被引用的文件。', 'Leaves unreferenced files out of the upload.'),
  babelSetting: z.strictObject({
    outputPath: text('Babel 辅助函数的输出目录。', 'Output directory of the Babel helpers.', { default: '@babel/runtime' }),
    ignore: textList('不经 Babel 处理的文件（glob）。', 'Files Babel should skip (globs).'),
    disablePlugins: z.array(z.unknown()).optional().apply(withDoc, projectDoc('要禁用的 Babel 插件。', 'Babel plugins to disable.')),
  }).optional().apply(withDoc, { id: 'BabelSetting', ...projectDoc('增强编译的 Babel 选项。', 'Babel options for enhanced compilation.') }),
  minifyWXMLSetting: z.object({ global: minifyWXMLOptionsSchema }).catchall(minifyWXMLOptionsSchema).optional().apply(withDoc, projectDoc(
    'WXML 压缩选项：global 为全局选项，其余键为单个 .wxml 文件路径，值为该文件的选项。',
    'WXML minification: `global` applies to every file; other keys are .wxml file paths with their own options.',
  )),
  useCompilerPlugins: z.union([
    z.array(enumValues.schema.apply(withDoc, projectDoc('编译插件。', 'A compiler plugin.', {
      values: enumValues.values,
    }))),
    z.literal(false),
  ]).optional().apply(withDoc, projectDoc('启用的编译插件列表，false 表示不使用。', 'Compiler plugins to enable, or false for none.')),
  disableUseStrict: flag('ES6 转 ES5 时是否不加 "use strict"。', 'Leaves out "use strict" when transpiling to ES5.'),
  uploadWithSourceMap: flag('上传时是否附带 sourcemap。', 'Uploads source maps along with the code.', { default: true }),
  localPlugins: flag('是否使用本地目录中的插件（小游戏）。', 'Uses a plugin from a local directory (mini games).'),
  packNpmManually: flag('是否自定义 node_modules 与 miniprogram_npm 的位置。', 'Sets the node_modules and miniprogram_npm locations by hand.'),
  packNpmRelationList: z.array(packNpmRelationSchema).optional().apply(withDoc, projectDoc(
    '手动构建 npm 的路径列表，仅在 packNpmManually 为 true 时生效。',
    'Paths for a manual npm build; used only when `packNpmManually` is true.',
  )),
};

/** Settings for one developer's machine: they may also be set in project.private.config.json. */
export const localSettingShape = {
  autoAudits: flag('是否自动运行体验评分。', 'Runs the experience audit automatically.'),
  urlCheck: flag('是否检查安全域名和 TLS 版本。', 'Checks request domains against the allowed list and their TLS version.'),
  compileHotReLoad: flag('保存文件时是否热重载。', 'Hot-reloads when a file is saved.'),
  preloadBackgroundData: flag('是否启用数据预拉取。', 'Enables background data pre-fetch.'),
  lazyloadPlaceholderEnable: flag('是否启用按需注入占位组件的调试。', 'Debugs placeholder components of lazy injection.'),
  useStaticServer: flag('是否启用静态资源服务器（小游戏）。', 'Serves static resources locally (mini games).'),
  bigPackageSizeSupport: flag('预览及真机调试时是否将主包大小上限提高到 4 MB（小游戏 8 MB）。', 'Raises the package limit for preview and real-device debugging to 4 MB (8 MB for mini games).'),
  skylineRenderEnable: flag('是否启用 Skyline 渲染调试。', 'Enables Skyline rendering for debugging.'),
  coverView: flag('是否由工具渲染 cover-view。', 'Lets the tool render cover-view.'),
  ignoreDevUnusedFiles: flag('开发阶段是否忽略未使用的文件。', 'Ignores unused files during development.', { default: true }),
  ignoreCodeQuality: flag('是否跳过代码质量检查。', 'Skips the code quality checks.', { default: false }),
  checkInvalidKey: flag('是否显示 JSON 配置的校验错误。', 'Shows validation errors of JSON config files.'),
  showShadowRootInWxmlPanel: flag('WXML 面板中是否显示 shadow-root。', 'Shows shadow-root in the WXML panel.'),
  useIsolateContext: flag('是否启用独立域调试。', 'Debugs with an isolated context.', { since: '2.11.1' }),
  useMultiFrameRuntime: flag('是否预加载资源；为 false 时独立域调试也会关闭。', 'Preloads resources; false also turns off `useIsolateContext`.'),
  useApiHook: flag('是否启用 API Hook（模拟接口）。', 'Enables the API hook (API mocking).'),
  useApiHostProcess: flag('是否让部分 API 在独立进程中运行。', 'Runs some APIs in a separate process.'),
  useLanDebug: flag('是否启用局域网调试服务（小游戏）。', 'Starts the LAN debug server (mini games).'),
  enableEngineNative: flag('游戏引擎是否使用原生 node 模块。', 'Lets game engines use native node modules.'),
  showES6CompileOption: flag('是否显示旧版的 es6 / enhance 开关。', 'Shows the legacy es6 / enhance switches.'),
};

/**
 * Keys DevTools writes (or wrote in older versions) that the current table leaves out. Real projects
 * carry them, so they are known keys here instead of unknown-key warnings.
 */
const legacySettingShape = {
  checkSiteMap: flag('是否显示 sitemap 索引提示。', 'Shows sitemap indexing hints.'),
  compileWorklet: flag('是否编译 worklet 函数（Skyline 动画）。', 'Compiles worklet functions (Skyline animations).'),
  disableSWC: flag('是否禁用 SWC 编译。', 'Turns SWC compilation off.'),
  newFeature: flag('旧版工具的新特性开关，已不再使用。', 'A switch of older DevTools versions; no longer used.'),
  nodeModules: flag('旧版工具的 npm 支持开关，已不再使用。', 'npm support switch of older DevTools versions; no longer used.'),
  scopeDataCheck: flag('是否检查 data 作用域。', 'Checks the data scope.'),
  userConfirmedBundleSwitch: flag('工具记录的提示确认状态。', 'Records that a DevTools prompt was confirmed.'),
  useCompilerModule: flag('是否使用新版编译模块。', 'Uses the new compiler module.'),
  userConfirmedUseCompilerModuleSwitch: flag('工具记录的提示确认状态。', 'Records that a DevTools prompt was confirmed.'),
  bundle: flag('工具内部使用的打包开关。', 'A bundling switch DevTools uses internally.'),
};

// Keys WeChat's projectconfig schema does not have (miniprogram-ci 2.1.42): any value passes its check.
const keysWeChatLacks = [
  'condition', 'swc', 'bigPackageSizeSupport', 'skylineRenderEnable', 'checkSiteMap', 'compileWorklet', 'disableSWC',
  'newFeature', 'nodeModules', 'scopeDataCheck', 'userConfirmedBundleSwitch', 'useCompilerModule',
  'userConfirmedUseCompilerModuleSwitch', 'bundle',
] as const;

export const projectSettingSchema = z.strictObject(withUncheckedKeys({ ...buildSettingShape, ...localSettingShape, ...legacySettingShape }, keysWeChatLacks, NOT_IN_WECHAT_SCHEMA))
  .apply(withDoc, { id: 'ProjectSetting', ...projectDoc('编译与调试设置。', 'Compile and debug settings.') });

export const BUILD_SETTING_KEYS: readonly string[] = Object.keys(buildSettingShape);
