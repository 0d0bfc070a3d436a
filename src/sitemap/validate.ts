import type { ValidationResult } from '../diagnostics.js';
import type { SitemapJson } from '../types.js';
import { type ConfigSpec, validateConfig, type ValidateOptions } from '../validate/validate.js';
import { sitemapRules } from './rules.js';
import { sitemapJsonSchema } from './schema.js';

/** sitemap.json's schema and in-file rules. */
export const sitemapJsonSpec: ConfigSpec<SitemapJson> = { schema: sitemapJsonSchema, rules: sitemapRules };

/** Checks a sitemap.json text (or an already parsed value). Never throws. */
export function validateSitemapJson(input: unknown, options?: ValidateOptions): ValidationResult<SitemapJson> {
  return validateConfig(sitemapJsonSpec, input, options);
}
