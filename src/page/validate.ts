import type { ValidationResult } from '../diagnostics.js';
import type { PageJson } from '../types.js';
import { type ConfigSpec, validateConfig, type ValidateOptions } from '../validate/validate.js';
import { pageJsonSchema } from './schema.js';

/** A page json's schema (no in-file rules). */
export const pageJsonSpec: ConfigSpec<PageJson> = { schema: pageJsonSchema };

/** Checks a page json, given as text (positions included) or as a parsed value. Never throws. */
export function validatePageJson(input: unknown, options?: ValidateOptions): ValidationResult<PageJson> {
  return validateConfig(pageJsonSpec, input, options);
}
