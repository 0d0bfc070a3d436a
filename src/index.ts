/**
 * miniprogram-schema: WeChat mini program configuration as zod 4 schemas, documented types and validators.
 * Server-only parts live in `miniprogram-schema/code2session` and `miniprogram-schema/errcodes`.
 *
 * @module miniprogram-schema
 */
export * from './portable.js';
export { kindOfFile, validateFile, type ValidateFileOptions } from './validate-file.js';
export * from './project/index.js';
