/** The object-valued top-level fields of project.config.json (field reference §9.1, §9.3). */
import * as z from 'zod';
import { NOT_IN_WECHAT_SCHEMA, uncheckedByWeChat, VALUE_NOT_CHECKED } from '../primitives/wechat-unchecked.js';
import { flag, projectDoc, text, textList } from './doc.js';
import { docEnum, withDoc } from '../meta.js';

/* Each enum's values with their docs, written once: the z.enum is built from the keys. */
const typeValues = docEnum({
  folder: { zh: '目录。', en: 'A folder.' },
  file: { zh: '单个文件。', en: 'A single file.' },
  suffix: { zh: '文件后缀，如 ".md"。', en: 'A file suffix, such as ".md".' },
  prefix: { zh: '文件名前缀。', en: 'A file name prefix.' },
  regexp: { zh: '正则表达式（工具 1.02.1809260 起）。', en: 'A regular expression (DevTools 1.02.1809260 and later).' },
  glob: { zh: 'glob 模式（工具 1.02.1809260 起）。', en: 'A glob pattern (DevTools 1.02.1809260 and later).' },
});
const tabIndentValues = docEnum({
  auto: { zh: '自动判断。', en: 'Detect from the file.' },
  insertSpaces: { zh: '使用空格。', en: 'Indent with spaces.' },
  tab: { zh: '使用制表符。', en: 'Indent with tabs.' },
});
const shapeEnumValues = docEnum({ circle: { zh: '圆形。', en: 'Circle.' }, rect: { zh: '矩形。', en: 'Rectangle.' } });
const loadingValues = docEnum({
  '': { zh: '无动画。', en: 'No animation.' },
  chiaroscuro: { zh: '明暗闪烁。', en: 'Light and dark pulse.' },
  shine: { zh: '光泽扫过。', en: 'A sweeping shine.' },
  spin: { zh: '旋转图标。', en: 'A spinner.' },
});
const modeValues = docEnum({ auto: { zh: '按页面内容。', en: 'The page content.' }, fullscreen: { zh: '整个屏幕。', en: 'The whole screen.' } });

export const packRuleSchema = z.strictObject({
  type: typeValues.schema.apply(withDoc, projectDoc('匹配方式（不区分大小写）。', 'How `value` is matched (case-insensitive).', {
    wechatUnchecked: VALUE_NOT_CHECKED,
    values: typeValues.values,
  })),
  value: z.string().apply(withDoc, projectDoc('路径（相对 miniprogramRoot）或匹配模式。', 'A path relative to `miniprogramRoot`, or a pattern.')),
}).apply(withDoc, { id: 'PackRule', ...projectDoc('一条文件匹配规则。', 'One file-matching rule.') });

const packRuleList = (zh: string, en: string) => z.array(packRuleSchema).optional().apply(withDoc, projectDoc(zh, en));

export const packOptionsSchema = z.strictObject({
  ignore: packRuleList('打包上传时排除的文件或目录。', 'Files or folders left out of the upload package.'),
  include: packRuleList(
    '强制打包的文件或目录，优先于 ignore，且只能是允许上传的文件类型。',
    'Files or folders forced into the package; wins over `ignore` and is limited to the uploadable file types.',
  ),
}).apply(withDoc, { id: 'PackOptions', ...projectDoc('打包配置。', 'Packaging options.') });

// The docs spell the key `hidedInDevtools` and give it the packOptions rule format; WeChat's schema
// spells it `hideInDevtools` with plain strings (field reference §12). Both spellings and both item
// forms are accepted, since neither source is the validator that rejects the other.
const hiddenList = (zh: string, en: string) => z.array(z.union([packRuleSchema, z.string()])).optional().apply(withDoc, projectDoc(zh, en));

export const debugOptionsSchema = z.strictObject({
  hidedInDevtools: uncheckedByWeChat(hiddenList('在调试器 Sources 面板中隐藏的源文件（文档写法）。', 'Source files hidden in the debugger\'s Sources panel (the docs\' spelling).'), NOT_IN_WECHAT_SCHEMA),
  hideInDevtools: hiddenList('同 hidedInDevtools（开发者工具 schema 的写法）。', 'Same as `hidedInDevtools` (the DevTools schema\'s spelling).'),
}).apply(withDoc, { id: 'DebugOptions', ...projectDoc('调试配置。', 'Debugging options.') });

export const watchOptionsSchema = z.strictObject({
  ignore: textList('不监听变化的文件（glob，相对项目根目录）；修改后需重新打开项目。', 'Files not watched for changes (globs relative to the project root); reopen the project after changing this.'),
}).apply(withDoc, { id: 'WatchOptions', ...projectDoc('文件监听配置（工具 1.02.1910220 起）。', 'File watching options (DevTools 1.02.1910220 and later).') });

export const scriptsSchema = z.strictObject({
  beforeCompile: text('编译前执行的命令。', 'Command run before compiling.'),
  beforePreview: text('预览前执行的命令。', 'Command run before preview.'),
  beforeUpload: text('上传前执行的命令。', 'Command run before upload.'),
}).apply(withDoc, { id: 'ProjectScripts', ...projectDoc('自定义预处理命令。', 'Custom preprocessing commands.') });

export const editorSettingSchema = z.strictObject({
  tabIndent: tabIndentValues.schema.optional().apply(withDoc, projectDoc('缩进方式。', 'Indentation style.', {
    values: tabIndentValues.values,
  })),
  tabSize: z.union([z.number(), z.literal('\t')]).optional().apply(withDoc, projectDoc('缩进宽度（空格数），或 "\\t"。', 'Indent width in spaces, or "\\t".')),
}).apply(withDoc, { id: 'EditorSetting', ...projectDoc('编辑器设置。', 'Editor settings.') });

export const staticServerOptionsSchema = z.strictObject({
  servePath: text('静态资源服务器的目录。', 'Directory the static resource server serves.'),
  baseURL: uncheckedByWeChat(text('静态资源服务器的基础地址（工具写入）。', 'Base URL of the static resource server (written by DevTools).'), NOT_IN_WECHAT_SCHEMA),
}).apply(withDoc, { id: 'StaticServerOptions', ...projectDoc('静态资源服务器配置（仅小游戏）。', 'Static resource server options (mini games only).') });

const conditionItemSchema = z.looseObject({
  id: z.number().optional().apply(withDoc, projectDoc('条目编号（工具写入）。', 'Entry number (written by DevTools).', { wechatUnchecked: NOT_IN_WECHAT_SCHEMA })),
  name: text('编译条件名称。', 'Name of the compile condition.'),
  pathName: text('启动页面路径。', 'Path of the page to launch.'),
  query: text('启动参数，如 "a=1&b=2"。', 'Launch query, such as "a=1&b=2".'),
  launchMode: text('启动方式，如 "default"。', 'Launch mode, such as "default".'),
  scene: z.union([z.null(), z.string(), z.number()]).optional().apply(withDoc, projectDoc('进入场景值，null 为默认。', 'Entry scene ID; null for the default.')),
  partialCompile: z.strictObject({
    enabled: flag('是否只编译部分页面。', 'Compiles only some pages.'),
    pages: z.array(z.unknown()).optional().apply(withDoc, projectDoc('要编译的页面。', 'Pages to compile.')),
  }).optional().apply(withDoc, projectDoc('按需编译设置。', 'Partial compilation.')),
}).apply(withDoc, { id: 'CompileCondition', ...projectDoc('一个自定义编译条件。', 'One custom compile condition.') });

// DevTools writes these objects itself, with mode-specific extras (shareInfo, referrerInfo, boxQI, …)
// and even the typo `currentL` in `game`; extra keys here are tolerated instead of warned about.
const conditionModeSchema = (zh: string, en: string) => z.looseObject({
  current: z.number().optional().apply(withDoc, projectDoc('当前选中的条目下标，-1 为无。', 'Index of the selected entry; -1 for none.')),
  list: z.array(conditionItemSchema).optional().apply(withDoc, projectDoc('编译条件列表。', 'The compile conditions.')),
}).optional().apply(withDoc, projectDoc(zh, en));

export const conditionSchema = z.strictObject({
  miniprogram: conditionModeSchema('小程序的编译条件。', 'Compile conditions of the mini program.'),
  plugin: conditionModeSchema('插件的编译条件。', 'Compile conditions of the plugin.'),
  game: conditionModeSchema('小游戏的编译条件。', 'Compile conditions of the mini game.'),
  gamePlugin: conditionModeSchema('小游戏插件的编译条件。', 'Compile conditions of the mini game plugin.'),
  search: uncheckedByWeChat(conditionModeSchema('搜索场景的编译条件（旧版工具）。', 'Search compile conditions (older DevTools).'), NOT_IN_WECHAT_SCHEMA),
  conversation: uncheckedByWeChat(conditionModeSchema('会话场景的编译条件（旧版工具）。', 'Conversation compile conditions (older DevTools).'), NOT_IN_WECHAT_SCHEMA),
}).apply(withDoc, { id: 'ProjectCondition', ...projectDoc('自定义编译条件（由工具维护）。', 'Custom compile conditions (maintained by DevTools).') });

const colorText = (zh: string, en: string) => z.string().apply(withDoc, projectDoc(zh, en));
const shapeEnum = shapeEnumValues.schema.apply(withDoc, projectDoc('形状。', 'Shape.', {
  values: shapeEnumValues.values,
}));

const skeletonOptionsSchema = z.strictObject({
  loading: loadingValues.schema.optional().apply(withDoc, projectDoc('加载动画。', 'Loading animation.', {
    values: loadingValues.values,
  })),
  outline: z.strictObject({
    remain: z.boolean().apply(withDoc, projectDoc('是否保留轮廓。', 'Keeps outlines.')),
    replace: z.string().apply(withDoc, projectDoc('轮廓替换颜色。', 'Outline replacement colour.')),
  }).optional().apply(withDoc, projectDoc('轮廓处理。', 'Outline handling.')),
  text: z.strictObject({ color: colorText('文本块颜色。', 'Colour of text blocks.') }).optional().apply(withDoc, projectDoc('文本处理。', 'Text handling.')),
  image: z.strictObject({
    color: colorText('图片块颜色。', 'Colour of image blocks.'),
    shape: shapeEnum,
    shapeOpposite: z.array(z.string()).apply(withDoc, projectDoc('使用相反形状的选择器。', 'Selectors that take the opposite shape.')),
  }).optional().apply(withDoc, projectDoc('图片处理。', 'Image handling.')),
  button: z.strictObject({
    color: colorText('按钮块颜色。', 'Colour of button blocks.'),
    excludes: z.array(z.string()).apply(withDoc, projectDoc('不处理的按钮选择器。', 'Button selectors to leave alone.')),
  }).optional().apply(withDoc, projectDoc('按钮处理。', 'Button handling.')),
  pseudo: z.strictObject({ color: colorText('伪元素块颜色。', 'Colour of pseudo-element blocks.'), shape: shapeEnum })
    .optional().apply(withDoc, projectDoc('伪元素处理。', 'Pseudo-element handling.')),
  excludes: textList('不处理的节点选择器。', 'Selectors of nodes to leave alone.'),
  remove: textList('移除的节点选择器。', 'Selectors of nodes to remove.'),
  grayBlock: textList('整体显示为灰块的节点选择器。', 'Selectors of nodes drawn as one grey block.'),
  showNative: flag('是否显示原生组件。', 'Shows native components.'),
  backgroundColor: text('骨架屏背景色。', 'Skeleton background colour.'),
  mode: modeValues.schema.optional().apply(withDoc, projectDoc('生成范围。', 'What the skeleton covers.', {
    values: modeValues.values,
  })),
  templateName: text('生成的模板名。', 'Name of the generated template.'),
  cssUnit: z.enum(['rem', 'rpx', 'vh', 'vmax', 'vmin', 'vw']).optional().apply(withDoc, projectDoc('生成样式使用的单位。', 'CSS unit of the generated styles.', {
    values: Object.fromEntries(['rem', 'rpx', 'vh', 'vmax', 'vmin', 'vw'].map((unit) => [unit, { zh: `使用 ${unit}。`, en: `Use ${unit}.` }])),
  })),
  decimal: z.number().optional().apply(withDoc, projectDoc('数值保留的小数位数。', 'Decimal places kept in numbers.')),
}).apply(withDoc, { id: 'SkeletonOptions', ...projectDoc('骨架屏生成选项。', 'Skeleton screen options.') });

export const skeletonConfigSchema = z.object({ global: skeletonOptionsSchema })
  .catchall(skeletonOptionsSchema)
  .apply(withDoc, { id: 'SkeletonConfig', ...projectDoc('骨架屏配置：global 为全局选项，其余键为页面路径。', 'Skeleton screen settings: `global` for every page, other keys are page paths.') });
