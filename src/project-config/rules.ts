/** In-file rules for project.config.json and project.private.config.json (field reference §11, rule 30). */
import { trimLeadingDotSlashes, trimTrailingSlashes } from '../primitives/paths.js';
import type { Rule } from '../validate/rule.js';
import type { ProjectConfigJson, ProjectPrivateConfigJson } from '../types.js';
import { LIB_VERSION_KEYWORDS } from './schema.js';
import { BUILD_SETTING_KEYS } from './setting.js';

const isPluginProject = (config: ProjectConfigJson) => config.compileType === 'plugin' || config.compileType === 'gamePlugin';

/** WeChat refuses to compile a plugin project without `pluginRoot`. */
export const pluginRootMissingRule: Rule<ProjectConfigJson> = {
  code: 'plugin-root-missing',
  severity: 'error',
  description: { zh: '插件项目必须设置 pluginRoot。', en: 'A plugin project must set `pluginRoot`.' },
  messages: {
    'zh-CN': (p) => `compileType 为 ${p.value}，但没有设置 pluginRoot。请添加 "pluginRoot"，指向插件源码目录。`,
    en: (p) => `compileType is ${p.value} but pluginRoot is not set. Add "pluginRoot" pointing at the plugin source folder.`,
  },
  *check(config) {
    if (isPluginProject(config) && !config.pluginRoot) yield { path: ['compileType'], params: { value: JSON.stringify(config.compileType) } };
  },
};

const normalizeRoot = (root: string) => `${trimTrailingSlashes(trimLeadingDotSlashes(root))}/`;

/** WeChat refuses a plugin project whose plugin and mini program share one folder. */
export const pluginRootSameAsMiniprogramRootRule: Rule<ProjectConfigJson> = {
  code: 'plugin-root-same-as-miniprogram-root',
  severity: 'error',
  description: { zh: '插件项目的 pluginRoot 不能与 miniprogramRoot 相同。', en: 'In a plugin project `pluginRoot` must differ from `miniprogramRoot`.' },
  messages: {
    'zh-CN': (p) => `pluginRoot 与 miniprogramRoot 都是 ${p.value}。插件和示例小程序需放在不同目录，请修改其中一个。`,
    en: (p) => `pluginRoot and miniprogramRoot are both ${p.value}. The plugin and its demo mini program need separate folders; change one of them.`,
  },
  *check(config) {
    const { pluginRoot, miniprogramRoot } = config;
    if (isPluginProject(config) && pluginRoot && miniprogramRoot && normalizeRoot(pluginRoot) === normalizeRoot(miniprogramRoot)) {
      yield { path: ['pluginRoot'], params: { value: JSON.stringify(pluginRoot) } };
    }
  },
};

/**
 * The docs say es6 and enhance must be equal; DevTools itself has written unequal pairs into many real
 * projects (enhance then decides), so this is a warning, not an error.
 */
export const es6EnhanceMismatchRule: Rule<ProjectConfigJson> = {
  code: 'es6-enhance-mismatch',
  severity: 'warning',
  description: { zh: 'setting.es6 与 setting.enhance 应取相同的值。', en: '`setting.es6` and `setting.enhance` should have the same value.' },
  messages: {
    'zh-CN': (p) => `setting.es6 为 ${p.es6}，setting.enhance 为 ${p.enhance}。两者应同时为 true 或同时为 false，请改成一致的值。`,
    en: (p) => `setting.es6 is ${p.es6} but setting.enhance is ${p.enhance}. Both should be true or both false; make them equal.`,
  },
  *check(config) {
    const { es6, enhance } = config.setting ?? {};
    if (es6 !== undefined && enhance !== undefined && es6 !== enhance) {
      yield { path: ['setting', 'enhance'], params: { es6: String(es6), enhance: String(enhance) } };
    }
  },
};

/** Build-output settings are read from project.config.json only (field reference §9.2, column "private"). */
export const privateBuildSettingRule: Rule<ProjectPrivateConfigJson> = {
  code: 'private-setting-no-effect',
  severity: 'warning',
  description: {
    zh: '影响构建产物的设置在 project.private.config.json 中不生效。',
    en: 'Settings that affect the build output have no effect in project.private.config.json.',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 影响构建产物，只在 project.config.json 中生效，写在 project.private.config.json 中不起作用。请把它移到 project.config.json。`,
    en: (p) => `${p.field} affects the build output and is read from project.config.json only; here it has no effect. Move it to project.config.json.`,
  },
  *check(config) {
    for (const key of Object.keys(config.setting ?? {})) {
      if (BUILD_SETTING_KEYS.includes(key)) yield { path: ['setting', key], anchor: 'key' };
    }
  },
};

/** The private file needs an exact version: the keywords do nothing there (field reference §9.1). */
export const privateLibVersionKeywordRule: Rule<ProjectPrivateConfigJson> = {
  code: 'private-lib-version-keyword',
  severity: 'warning',
  description: {
    zh: 'project.private.config.json 中的 libVersion 需写具体版本号，关键字不生效。',
    en: 'In project.private.config.json, libVersion needs an exact version; keywords have no effect.',
  },
  messages: {
    'zh-CN': (p) => `libVersion 为 ${p.value}：在 project.private.config.json 中关键字不生效。请写具体版本号（如 "3.7.6"），或把关键字写到 project.config.json。`,
    en: (p) => `libVersion is ${p.value}: keywords have no effect in project.private.config.json. Write an exact version such as "3.7.6", or put the keyword in project.config.json.`,
  },
  *check(config) {
    const { libVersion } = config;
    if (libVersion !== undefined && libVersion !== '' && (LIB_VERSION_KEYWORDS as readonly string[]).includes(libVersion)) {
      yield { path: ['libVersion'], params: { value: JSON.stringify(libVersion) } };
    }
  },
};

export const projectConfigRules: readonly Rule<ProjectConfigJson>[] = [pluginRootMissingRule, pluginRootSameAsMiniprogramRootRule, es6EnhanceMismatchRule];

export const projectPrivateConfigRules: readonly Rule<ProjectPrivateConfigJson>[] = [privateBuildSettingRule, privateLibVersionKeywordRule];
