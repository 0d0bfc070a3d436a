/** `tabBar` in app.json and its items (placeholder shape until the config-schemas work fills it). */
import * as z from 'zod';
import { DOCS, field } from '../meta.js';

export const tabBarItemSchema = z.strictObject({
  pagePath: z.string().meta(field({ zh: '页面路径，须在 pages 中先定义。', en: 'Page path; must be listed in pages.', docUrl: DOCS.app })),
  text: z.string().meta(field({ zh: 'tab 上按钮文字。', en: 'Label of the tab.', docUrl: DOCS.app })),
}).meta({ id: 'TabBarItem', ...field({ zh: 'tabBar 的一项。', en: 'One tab of the tab bar.', docUrl: DOCS.app }) });

export const tabBarSchema = z.strictObject({
  list: z.array(tabBarItemSchema).min(2).max(5).meta(field({ zh: 'tab 列表，2–5 项。', en: 'The tabs, 2 to 5.', docUrl: DOCS.app })),
}).meta({ id: 'TabBar', ...field({ zh: '底部 tab 栏。', en: 'The bottom tab bar.', docUrl: DOCS.app }) });
