export { sitemapJsonSchema } from './schema.js';
export { validateSitemapJson } from './validate.js';
