import type { ValidationResult } from '../diagnostics.js';
import type { ProjectConfigJson } from '../types.js';
import { validateConfig, type ValidateOptions } from '../validate/validate.js';
import { projectConfigJsonSchema } from './schema.js';

/** Checks Project configuration, project.config.json. text (or an already parsed value). Never throws. */
export function validateProjectConfigJson(input: unknown, options?: ValidateOptions): ValidationResult<ProjectConfigJson> {
  return validateConfig<ProjectConfigJson>({ schema: projectConfigJsonSchema as never }, input, options);
}
