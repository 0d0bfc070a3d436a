/**
 * Named, documented types (AppJson, WindowConfig, TabBar, TabBarItem, SubPackage, PageJson, ComponentJson,
 * SitemapJson, ThemeJson, ProjectConfigJson, ProjectPrivateConfigJson and every other schema with a meta
 * `id`). Generated from the zod schemas by scripts/gen-types.ts; test-d/ proves each one equals the zod
 * input type, so a field documented on the schema is documented on the type.
 */
export type * from './types.generated.js';
