/**
 * Named, documented types. Until the generator lands (scripts/gen-types), they are the zod input types.
 */
import type * as z from 'zod';
import type { appJsonSchema } from './app/schema.js';
import type { subPackageSchema } from './app/subpackage.js';
import type { tabBarItemSchema, tabBarSchema } from './app/tab-bar.js';
import type { windowSchema } from './app/window.js';
import type { componentJsonSchema } from './component/schema.js';
import type { pageJsonSchema } from './page/schema.js';
import type { projectConfigJsonSchema, projectPrivateConfigJsonSchema } from './project-config/schema.js';
import type { sitemapJsonSchema } from './sitemap/schema.js';
import type { themeJsonSchema } from './theme/schema.js';

export type AppJson = z.input<typeof appJsonSchema>;
export type WindowConfig = z.input<typeof windowSchema>;
export type TabBar = z.input<typeof tabBarSchema>;
export type TabBarItem = z.input<typeof tabBarItemSchema>;
export type SubPackage = z.input<typeof subPackageSchema>;
export type PageJson = z.input<typeof pageJsonSchema>;
export type ComponentJson = z.input<typeof componentJsonSchema>;
export type SitemapJson = z.input<typeof sitemapJsonSchema>;
export type ThemeJson = z.input<typeof themeJsonSchema>;
export type ProjectConfigJson = z.input<typeof projectConfigJsonSchema>;
export type ProjectPrivateConfigJson = z.input<typeof projectPrivateConfigJsonSchema>;
