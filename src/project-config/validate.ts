import type { ValidationResult } from '../diagnostics.js';
import type { ProjectConfigJson, ProjectPrivateConfigJson } from '../types.js';
import { validateConfig, type ValidateOptions } from '../validate/validate.js';
import { projectConfigRules, projectPrivateConfigRules } from './rules.js';
import { projectConfigJsonSchema, projectPrivateConfigJsonSchema } from './schema.js';

/** Checks a project.config.json text (or an already parsed value). Never throws. */
export function validateProjectConfigJson(input: unknown, options?: ValidateOptions): ValidationResult<ProjectConfigJson> {
  return validateConfig<ProjectConfigJson>({ schema: projectConfigJsonSchema as never, rules: projectConfigRules }, input, options);
}

/** Checks a project.private.config.json text (or an already parsed value). Never throws. */
export function validateProjectPrivateConfigJson(input: unknown, options?: ValidateOptions): ValidationResult<ProjectPrivateConfigJson> {
  return validateConfig<ProjectPrivateConfigJson>({ schema: projectPrivateConfigJsonSchema as never, rules: projectPrivateConfigRules }, input, options);
}
