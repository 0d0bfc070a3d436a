/** Page configuration (a page .json file).: the zod schema (placeholder until its issue lands; owned by the config-schemas work). */
import * as z from 'zod';
import { DOCS, field } from '../meta.js';

export const pageJsonSchema = z.strictObject({
  $schema: z.string().optional().meta(field({ zh: 'JSON Schema 地址（供编辑器使用，微信忽略）。', en: 'JSON Schema URL for editors; WeChat ignores it.' })),
}).meta({ id: 'PageJson', ...field({ zh: '页面配置（页面 .json）。', en: 'Page configuration (a page .json file).', docUrl: DOCS.page }) });
