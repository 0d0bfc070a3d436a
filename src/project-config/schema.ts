/**
 * project.config.json and project.private.config.json (field reference §9). DevTools reads these files,
 * not WeChat's app checks: unknown keys are warnings, and the keys DevTools writes itself are known.
 */
import * as z from 'zod';
import { NOT_IN_WECHAT_SCHEMA, VALUE_NOT_CHECKED, withUncheckedKeys } from '../primitives/wechat-unchecked.js';
import { SCHEMA_URL_IGNORED } from '../primitives/wechat-unchecked.js';
import { docEnum, DOCS, field, withDoc } from '../meta.js';
import { LIB_VERSION } from '../primitives/patterns.js';
import { projectDoc, text } from './doc.js';
import {
  conditionSchema, debugOptionsSchema, editorSettingSchema, packOptionsSchema, scriptsSchema,
  skeletonConfigSchema, staticServerOptionsSchema, watchOptionsSchema,
} from './options.js';
import { projectSettingSchema } from './setting.js';

/* Each enum's values with their docs, written once: the z.enum is built from the keys. */
const compileTypeValues = docEnum({
  miniprogram: { zh: '小程序。', en: 'A mini program.' },
  plugin: { zh: '小程序插件，需同时设置 pluginRoot。', en: 'A mini program plugin; `pluginRoot` is required.' },
  game: { zh: '小游戏。', en: 'A mini game.' },
  gamePlugin: { zh: '小游戏插件，需同时设置 pluginRoot。', en: 'A mini game plugin; `pluginRoot` is required.' },
});
const projectArchitectureValues = docEnum({
  miniProgram: { zh: '普通小程序项目。', en: 'A plain mini program project.' },
  multiPlatform: { zh: '多端应用项目（文档写法）。', en: 'A multi-platform project (the docs\' spelling).' },
  mulitPlatform: { zh: '多端应用项目（开发者工具 schema 中的拼写）。', en: 'A multi-platform project (the DevTools schema\'s spelling).' },
});

export const LIB_VERSION_KEYWORDS = ['latest', 'trial', 'widelyUsed', 'development', ''] as const;

// WeChat's schema accepts the keywords or `^[0-9]*.[0-9]*.[0-9]*$` (unescaped dots, so it also takes
// "2x3y4"); LIB_VERSION requires real dots, which every published version has.
const libVersionSchema = z.string().regex(LIB_VERSION.pattern).optional().apply(withDoc, projectDoc(
  '调试使用的基础库版本："3.7.6" 这样的具体版本，或 latest（最新）、trial（体验版）、widelyUsed（使用最广的版本）。',
  'Base library version used for debugging: an exact version such as "3.7.6", or latest, trial or widelyUsed.',
  { examples: ['3.7.6', 'latest', 'widelyUsed'] },
));

const path = (zh: string, en: string) => text(`${zh}（相对项目根目录）。`, `${en} (relative to the project root).`);

const topLevelShape = {
  $schema: z.string().optional().apply(withDoc, field({ zh: 'JSON Schema 地址（供编辑器使用，微信忽略）。', en: 'JSON Schema URL for editors; WeChat ignores it.', wechatUnchecked: SCHEMA_URL_IGNORED })),
  appid: text('项目的 AppID（工具只在新建项目时读取）；无 AppID 时可用 "touristappid"。', 'The project\'s AppID (DevTools reads it only when the project is created); "touristappid" without one.'),
  projectname: text('项目名称（工具只在新建项目时读取）。', 'Project name (DevTools reads it only when the project is created).'),
  description: text('项目描述。', 'Project description.'),
  compileType: compileTypeValues.schema.optional().apply(withDoc, projectDoc('项目类型。', 'Project type.', {
    default: 'miniprogram',
    values: compileTypeValues.values,
  })),
  libVersion: libVersionSchema,
  miniprogramRoot: path('小程序源码目录，也是 resolveAlias 与 packOptions 路径的基准', 'Mini program source folder; also the base of resolveAlias and packOptions paths'),
  pluginRoot: path('插件源码目录', 'Plugin source folder'),
  cloudfunctionRoot: path('云函数目录', 'Cloud functions folder'),
  cloudfunctionTemplateRoot: path('云函数本地调试模板目录', 'Folder of cloud function local-debug templates'),
  cloudcontainerRoot: path('云托管目录', 'Cloud hosting folder'),
  cloudbaseRoot: path('云开发目录', 'Cloud development folder'),
  qcloudRoot: path('腾讯云项目目录', 'Tencent Cloud project folder'),
  jsserverRoot: path('JS 服务目录（工具 schema 字段）', 'JS server folder (a DevTools schema field)'),
  srcMiniprogramRoot: path('源码目录，用于 sourcemap 与代码保护', 'Source folder used for source maps and code protection'),
  pluginAppid: text('插件的 AppID。', 'The plugin\'s AppID.'),
  simulatorType: text('模拟器类型，通常为 "wechat"。', 'Simulator type, usually "wechat".'),
  simulatorPluginLibVersion: z.record(z.string(), z.unknown()).optional().apply(withDoc, projectDoc('模拟器插件的基础库版本（由工具维护）。', 'Base library versions of simulator plugins (maintained by DevTools).')),
  isGameTourist: z.boolean().optional().apply(withDoc, projectDoc('是否为小游戏游客模式（由工具写入）。', 'Mini game tourist mode (written by DevTools).')),
  projectArchitecture: projectArchitectureValues.schema.optional().apply(withDoc, projectDoc('项目架构。', 'Project architecture.', {
    values: projectArchitectureValues.values,
  })),
  setting: projectSettingSchema.optional(),
  condition: conditionSchema.optional(),
  packOptions: packOptionsSchema.optional(),
  debugOptions: debugOptionsSchema.optional(),
  watchOptions: watchOptionsSchema.optional(),
  scripts: scriptsSchema.optional(),
  editorSetting: editorSettingSchema.optional(),
  staticServerOptions: staticServerOptionsSchema.optional(),
  skeletonConfig: skeletonConfigSchema.optional(),
};

// What WeChat's projectconfig schema does not check (miniprogram-ci 2.1.42).
const checkedTopLevelShape = withUncheckedKeys(
  withUncheckedKeys(topLevelShape, ['projectArchitecture', 'isGameTourist', 'simulatorPluginLibVersion'], NOT_IN_WECHAT_SCHEMA),
  ['compileType'], VALUE_NOT_CHECKED,
);

export const projectConfigJsonSchema = z.strictObject(checkedTopLevelShape).apply(withDoc, {
  id: 'ProjectConfigJson',
  ...field({ zh: '项目配置文件 project.config.json，由开发者工具读取。', en: 'Project configuration, project.config.json, read by DevTools.', docUrl: DOCS.projectConfig }),
});

/**
 * project.private.config.json is an overlay: DevTools merges it over project.config.json, key by key.
 * WeChat's private schema lists almost every top-level key of the main file, so the overlay takes the
 * same keys (all optional, same types) rather than a narrower list that would warn on harmless copies.
 * What differs is what takes effect: build settings and libVersion keywords do nothing here, which
 * the private-file rules report as warnings.
 */
export const projectPrivateConfigJsonSchema = z.strictObject(checkedTopLevelShape).apply(withDoc, {
  id: 'ProjectPrivateConfigJson',
  ...field({
    zh: '个人项目配置文件 project.private.config.json：覆盖 project.config.json 中的同名设置，通常不提交到仓库。',
    en: 'Personal project settings, project.private.config.json: overrides the same settings of project.config.json; usually not committed.',
    docUrl: DOCS.projectConfig,
  }),
});
