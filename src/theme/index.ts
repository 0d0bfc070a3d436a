export { themeJsonSchema } from './schema.js';
export { themeModeMissingRule, themeRules, themeVariableNameRule, themeVariableParityRule } from './rules.js';
export { validateThemeJson } from './validate.js';
