import type { ValidationResult } from '../diagnostics.js';
import type { ComponentJson } from '../types.js';
import { pageKeyInComponent } from './rules.js';
import { type ConfigSpec, validateConfig, type ValidateOptions } from '../validate/validate.js';
import { componentJsonSchema } from './schema.js';

/** A component json's schema; keys of another kind of file get their own warning. */
export const componentJsonSpec: ConfigSpec<ComponentJson> = { schema: componentJsonSchema, misplacedKeys: pageKeyInComponent };

/**
 * Checks a custom component json, given as text (positions included) or as a parsed value. Never throws.
 * For a page built with `Component()` (it also says `"component": true`) use `validatePageJson`.
 */
export function validateComponentJson(input: unknown, options?: ValidateOptions): ValidationResult<ComponentJson> {
  return validateConfig(componentJsonSpec, input, options);
}
