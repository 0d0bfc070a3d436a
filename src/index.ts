/**
 * miniprogram-schema: WeChat mini program configuration as zod 4 schemas, documented types and validators.
 * Server-only parts live in `miniprogram-schema/code2session` and `miniprogram-schema/errcodes`.
 */
export type { Diagnostic, JsonPath, Severity, ValidationResult } from './diagnostics.js';
export type { Locale } from './meta.js';
export type { ValidateOptions } from './validate/validate.js';
export type * from './types.js';
export * from './app/index.js';
export * from './page/index.js';
export * from './component/index.js';
export * from './sitemap/index.js';
export * from './theme/index.js';
export * from './project-config/index.js';
export * from './project/index.js';
export { defineAppJson, defineComponentJson, definePageJson } from './define.js';
export { appRules, ruleCatalogue } from './rules/index.js';
