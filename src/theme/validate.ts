import type { ValidationResult } from '../diagnostics.js';
import type { ThemeJson } from '../types.js';
import { type ConfigSpec, validateConfig, type ValidateOptions } from '../validate/validate.js';
import { themeRules } from './rules.js';
import { themeJsonSchema } from './schema.js';

/** theme.json's schema and in-file rules. */
export const themeJsonSpec: ConfigSpec<ThemeJson> = { schema: themeJsonSchema, rules: themeRules };

/** Checks a theme.json text (or an already parsed value). Never throws. */
export function validateThemeJson(input: unknown, options?: ValidateOptions): ValidationResult<ThemeJson> {
  return validateConfig(themeJsonSpec, input, options);
}
