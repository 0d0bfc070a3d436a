import type { ValidationResult } from '../diagnostics.js';
import type { AppJson } from '../types.js';
import { validateConfig, type ValidateOptions } from '../validate/validate.js';
import { appJsonSchema } from './schema.js';
import { appRules } from './rules.js';

/** Checks app.json text (or an already parsed value). Never throws. */
export function validateAppJson(input: unknown, options?: ValidateOptions): ValidationResult<AppJson> {
  return validateConfig<AppJson>({ schema: appJsonSchema as never, rules: appRules }, input, options);
}
