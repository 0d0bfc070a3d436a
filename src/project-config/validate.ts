import type { ValidationResult } from '../diagnostics.js';
import type { ProjectConfigJson, ProjectPrivateConfigJson } from '../types.js';
import { type ConfigSpec, validateConfig, type ValidateOptions } from '../validate/validate.js';
import { projectConfigRules, projectPrivateConfigRules } from './rules.js';
import { projectConfigJsonSchema, projectPrivateConfigJsonSchema } from './schema.js';

/** project.config.json's schema and in-file rules. */
export const projectConfigJsonSpec: ConfigSpec<ProjectConfigJson> = { schema: projectConfigJsonSchema, rules: projectConfigRules };

/** project.private.config.json's schema and in-file rules. */
export const projectPrivateConfigJsonSpec: ConfigSpec<ProjectPrivateConfigJson> = { schema: projectPrivateConfigJsonSchema, rules: projectPrivateConfigRules };

/** Checks a project.config.json text (or an already parsed value). Never throws. */
export function validateProjectConfigJson(input: unknown, options?: ValidateOptions): ValidationResult<ProjectConfigJson> {
  return validateConfig(projectConfigJsonSpec, input, options);
}

/** Checks a project.private.config.json text (or an already parsed value). Never throws. */
export function validateProjectPrivateConfigJson(input: unknown, options?: ValidateOptions): ValidationResult<ProjectPrivateConfigJson> {
  return validateConfig(projectPrivateConfigJsonSpec, input, options);
}
