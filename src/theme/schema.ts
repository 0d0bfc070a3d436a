/** DarkMode theme variables, theme.json.: the zod schema (placeholder until its issue lands; owned by the config-schemas work). */
import * as z from 'zod';
import { DOCS, field } from '../meta.js';

export const themeJsonSchema = z.strictObject({
  $schema: z.string().optional().meta(field({ zh: 'JSON Schema 地址（供编辑器使用，微信忽略）。', en: 'JSON Schema URL for editors; WeChat ignores it.' })),
}).meta({ id: 'ThemeJson', ...field({ zh: 'DarkMode 主题变量配置 theme.json。', en: 'DarkMode theme variables, theme.json.', docUrl: DOCS.darkmode }) });
