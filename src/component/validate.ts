import type { ValidationResult } from '../diagnostics.js';
import type { ComponentJson } from '../types.js';
import { validateConfig, type ValidateOptions } from '../validate/validate.js';
import { componentJsonSchema } from './schema.js';

/** Checks Custom component configuration (a component .json file). text (or an already parsed value). Never throws. */
export function validateComponentJson(input: unknown, options?: ValidateOptions): ValidationResult<ComponentJson> {
  return validateConfig<ComponentJson>({ schema: componentJsonSchema as never }, input, options);
}
