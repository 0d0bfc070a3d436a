/** Project configuration, project.config.json.: the zod schema (placeholder until its issue lands; owned by the config-schemas work). */
import * as z from 'zod';
import { DOCS, field } from '../meta.js';

export const projectConfigJsonSchema = z.strictObject({
  $schema: z.string().optional().meta(field({ zh: 'JSON Schema 地址（供编辑器使用，微信忽略）。', en: 'JSON Schema URL for editors; WeChat ignores it.' })),
}).meta({ id: 'ProjectConfigJson', ...field({ zh: '项目配置文件 project.config.json。', en: 'Project configuration, project.config.json.', docUrl: DOCS.projectConfig }) });

export const projectPrivateConfigJsonSchema = z.strictObject({
  $schema: z.string().optional().meta(field({ zh: 'JSON Schema 地址（供编辑器使用，微信忽略）。', en: 'JSON Schema URL for editors; WeChat ignores it.' })),
}).meta({ id: 'ProjectPrivateConfigJson', ...field({ zh: '个人项目配置文件 project.private.config.json。', en: 'Personal project settings, project.private.config.json.', docUrl: DOCS.projectConfig }) });
