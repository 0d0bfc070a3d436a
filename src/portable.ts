/**
 * Everything in the root entry that runs anywhere: schemas, validators, rules, define helpers. The root
 * adds `checkProject` (Node's file system); the browser build adds a stand-in for it (index.browser.ts).
 */
export type { Diagnostic, JsonPath, Severity, ValidationResult } from './diagnostics.js';
export type { Bilingual, Locale, SchemaDoc } from './meta.js';
/** The field docs of every schema (zod registry): `z.toJSONSchema(schema, { metadata: schemaDocs })`. */
export { schemaDocs } from './meta.js';
export type { ValidateOptions } from './validate/validate.js';
export { RuleSettingsError, type RuleSetting, type RuleSettings } from './validate/rule-settings.js';
export type * from './types.js';
export * from './app/index.js';
export * from './page/index.js';
export * from './component/index.js';
export * from './sitemap/index.js';
export * from './theme/index.js';
export * from './project-config/index.js';
export { defineAppJson, defineComponentJson, definePageJson } from './define.js';
export { appRules, ruleCatalogue } from './app/rules/index.js';
