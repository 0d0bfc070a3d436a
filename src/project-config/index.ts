export { LIB_VERSION_KEYWORDS, projectConfigJsonSchema, projectPrivateConfigJsonSchema } from './schema.js';
export { projectSettingSchema } from './setting.js';
export {
  es6EnhanceMismatchRule, pluginRootMissingRule, pluginRootSameAsMiniprogramRootRule, privateBuildSettingRule,
  privateLibVersionKeywordRule, projectConfigRules, projectPrivateConfigRules,
} from './rules.js';
export { validateProjectConfigJson, validateProjectPrivateConfigJson } from './validate.js';
