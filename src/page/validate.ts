import type { ValidationResult } from '../diagnostics.js';
import type { PageJson } from '../types.js';
import { appKeyInPage } from './rules.js';
import { type ConfigSpec, validateConfig, type ValidateOptions } from '../validate/validate.js';
import { pageJsonSchema } from './schema.js';

/** A page json's schema; keys of another kind of file get their own warning. */
export const pageJsonSpec: ConfigSpec<PageJson> = { schema: pageJsonSchema, misplacedKeys: appKeyInPage };

/** Checks a page json, given as text (positions included) or as a parsed value. Never throws. */
export function validatePageJson(input: unknown, options?: ValidateOptions): ValidationResult<PageJson> {
  return validateConfig(pageJsonSpec, input, options);
}
