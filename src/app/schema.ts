/** app.json (全局配置): the zod schema, the single source of truth for its types and JSON Schema. */
import * as z from 'zod';
import { DOCS, field } from '../meta.js';
import { windowSchema } from './window.js';
import { tabBarSchema } from './tab-bar.js';
import { subPackageSchema } from './subpackage.js';

export const appJsonSchema = z.strictObject({
  $schema: z.string().optional().meta(field({ zh: 'JSON Schema 地址（供编辑器使用，微信忽略）。', en: 'JSON Schema URL for editors; WeChat ignores it.' })),
  pages: z.array(z.string()).meta(field({
    zh: '主包页面路径列表，不带文件扩展名。第一项为默认首页（未设置 entryPagePath 时）。',
    en: 'Main-package page paths, without file extension. The first one is the home page unless entryPagePath is set.',
    docUrl: DOCS.app,
  })),
  window: windowSchema.optional(),
  tabBar: tabBarSchema.optional(),
  subpackages: z.array(subPackageSchema).optional(),
}).meta({ id: 'AppJson', ...field({ zh: '小程序全局配置 app.json。', en: 'Mini program global configuration, app.json.', docUrl: DOCS.app }) });
