export { sitemapJsonSchema, sitemapRuleSchema } from './schema.js';
export { sitemapPageWildcardRule, sitemapRules } from './rules.js';
export { validateSitemapJson } from './validate.js';
