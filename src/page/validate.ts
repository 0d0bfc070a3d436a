import type { ValidationResult } from '../diagnostics.js';
import type { PageJson } from '../types.js';
import { validateConfig, type ValidateOptions } from '../validate/validate.js';
import { pageJsonSchema } from './schema.js';

/** Checks a page json, given as text (positions included) or as a parsed value. Never throws. */
export function validatePageJson(input: unknown, options?: ValidateOptions): ValidationResult<PageJson> {
  return validateConfig<PageJson>({ schema: pageJsonSchema as never }, input, options);
}
