import type { ValidationResult } from '../diagnostics.js';
import type { ThemeJson } from '../types.js';
import { validateConfig, type ValidateOptions } from '../validate/validate.js';
import { themeRules } from './rules.js';
import { themeJsonSchema } from './schema.js';

/** Checks a theme.json text (or an already parsed value). Never throws. */
export function validateThemeJson(input: unknown, options?: ValidateOptions): ValidationResult<ThemeJson> {
  return validateConfig<ThemeJson>({ schema: themeJsonSchema as never, rules: themeRules }, input, options);
}
