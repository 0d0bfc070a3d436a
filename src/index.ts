/**
 * miniprogram-schema: WeChat mini program configuration as zod 4 schemas, documented types and validators.
 * Server-only parts live in `miniprogram-schema/code2session` and `miniprogram-schema/errcodes`.
 */
export type { Diagnostic, JsonPath, Severity, ValidationResult } from './diagnostics.js';
export type { Locale } from './meta.js';
export type { ValidateOptions } from './validate/validate.js';
export type * from './types.js';
export * from './app/index.js';
