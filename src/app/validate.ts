import type { ValidationResult } from '../diagnostics.js';
import type { AppJson } from '../types.js';
import { type ConfigSpec, validateConfig, type ValidateOptions } from '../validate/validate.js';
import { appJsonSchema } from './schema.js';
import { appRules } from './rules.js';

/** app.json's schema and in-file rules. */
export const appJsonSpec: ConfigSpec<AppJson> = { schema: appJsonSchema, rules: appRules };

/** Checks app.json text (or an already parsed value). Never throws. */
export function validateAppJson(input: unknown, options?: ValidateOptions): ValidationResult<AppJson> {
  return validateConfig(appJsonSpec, input, options);
}
