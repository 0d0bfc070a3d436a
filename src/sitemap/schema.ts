/** Search indexing configuration, sitemap.json.: the zod schema (placeholder until its issue lands; owned by the config-schemas work). */
import * as z from 'zod';
import { DOCS, field } from '../meta.js';

export const sitemapJsonSchema = z.strictObject({
  $schema: z.string().optional().meta(field({ zh: 'JSON Schema 地址（供编辑器使用，微信忽略）。', en: 'JSON Schema URL for editors; WeChat ignores it.' })),
}).meta({ id: 'SitemapJson', ...field({ zh: '小程序页面索引配置 sitemap.json。', en: 'Search indexing configuration, sitemap.json.', docUrl: DOCS.sitemap }) });
