/** Custom component configuration (a component .json file).: the zod schema (placeholder until its issue lands; owned by the config-schemas work). */
import * as z from 'zod';
import { DOCS, field } from '../meta.js';

export const componentJsonSchema = z.strictObject({
  $schema: z.string().optional().meta(field({ zh: 'JSON Schema 地址（供编辑器使用，微信忽略）。', en: 'JSON Schema URL for editors; WeChat ignores it.' })),
}).meta({ id: 'ComponentJson', ...field({ zh: '自定义组件配置（组件 .json）。', en: 'Custom component configuration (a component .json file).', docUrl: DOCS.component }) });
