/**
 * miniprogram-schema: WeChat mini program configuration as zod 4 schemas, documented types and validators.
 * This is the build bundlers pick for browsers (the `browser` condition): it has no `node:` import.
 * Server-only parts live in `miniprogram-schema/code2session` and `miniprogram-schema/errcodes`.
 */
export * from './portable.js';
export { kindOfFile, validateFile, type ValidateFileOptions } from './validate-file.js';
export type { CheckProjectOptions, ExplainedDiagnostic, ProjectProgress, ProjectReport } from './project/types.js';
export { checkProject } from './project/unavailable.js';
export { assertRuleSettings, ruleSettingsProblems } from './project/rule-codes.js';
export { diagnosticCodes, type CodeInfo, type CodeSection } from './project/codes.js';
