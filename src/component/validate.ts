import type { ValidationResult } from '../diagnostics.js';
import type { ComponentJson } from '../types.js';
import { validateConfig, type ValidateOptions } from '../validate/validate.js';
import { componentJsonSchema } from './schema.js';

/**
 * Checks a custom component json, given as text (positions included) or as a parsed value. Never throws.
 * For a page built with `Component()` (it also says `"component": true`) use `validatePageJson`.
 */
export function validateComponentJson(input: unknown, options?: ValidateOptions): ValidationResult<ComponentJson> {
  return validateConfig<ComponentJson>({ schema: componentJsonSchema as never }, input, options);
}
