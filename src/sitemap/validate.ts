import type { ValidationResult } from '../diagnostics.js';
import type { SitemapJson } from '../types.js';
import { validateConfig, type ValidateOptions } from '../validate/validate.js';
import { sitemapRules } from './rules.js';
import { sitemapJsonSchema } from './schema.js';

/** Checks a sitemap.json text (or an already parsed value). Never throws. */
export function validateSitemapJson(input: unknown, options?: ValidateOptions): ValidationResult<SitemapJson> {
  return validateConfig<SitemapJson>({ schema: sitemapJsonSchema as never, rules: sitemapRules }, input, options);
}
