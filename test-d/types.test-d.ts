/**
 * The generated named types (src/types.generated.ts) must be exactly the zod input types: a field added to a
 * schema without regenerating, or a construct the generator renders differently, fails here.
 * tsd checks the built declarations (`npm test` builds first).
 */
import { expectType } from 'tsd';
import type * as z from 'zod';
import type {
  AppJson, ComponentJson, PageJson, ProjectConfigJson, ProjectPrivateConfigJson, SitemapJson, SubPackage, TabBar, TabBarItem, ThemeJson, WindowConfig,
  appJsonSchema, componentJsonSchema, pageJsonSchema, projectConfigJsonSchema, projectPrivateConfigJsonSchema, sitemapJsonSchema, subPackageSchema,
  tabBarItemSchema, tabBarSchema, themeJsonSchema, windowSchema,
} from '../dist/index.js';

/** Strict equality: no `any` leaks, no optional/required or readonly difference. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

declare function inputOf<S extends z.ZodType>(schema: S): z.input<S>;
declare const named: {
  app: AppJson; window: WindowConfig; tabBar: TabBar; tabBarItem: TabBarItem; subPackage: SubPackage; page: PageJson;
  component: ComponentJson; sitemap: SitemapJson; theme: ThemeJson; projectConfig: ProjectConfigJson;
  projectPrivateConfig: ProjectPrivateConfigJson;
};
declare const schemas: {
  app: typeof appJsonSchema; window: typeof windowSchema; tabBar: typeof tabBarSchema; tabBarItem: typeof tabBarItemSchema;
  subPackage: typeof subPackageSchema; page: typeof pageJsonSchema; component: typeof componentJsonSchema;
  sitemap: typeof sitemapJsonSchema; theme: typeof themeJsonSchema; projectConfig: typeof projectConfigJsonSchema;
  projectPrivateConfig: typeof projectPrivateConfigJsonSchema;
};

// Both directions: the named type accepts every zod input and the zod input accepts every named value.
expectType<AppJson>(inputOf(schemas.app));
expectType<z.input<typeof appJsonSchema>>(named.app);
expectType<WindowConfig>(inputOf(schemas.window));
expectType<z.input<typeof windowSchema>>(named.window);
expectType<TabBar>(inputOf(schemas.tabBar));
expectType<z.input<typeof tabBarSchema>>(named.tabBar);
expectType<TabBarItem>(inputOf(schemas.tabBarItem));
expectType<z.input<typeof tabBarItemSchema>>(named.tabBarItem);
expectType<SubPackage>(inputOf(schemas.subPackage));
expectType<z.input<typeof subPackageSchema>>(named.subPackage);
expectType<PageJson>(inputOf(schemas.page));
expectType<z.input<typeof pageJsonSchema>>(named.page);
expectType<ComponentJson>(inputOf(schemas.component));
expectType<z.input<typeof componentJsonSchema>>(named.component);
expectType<SitemapJson>(inputOf(schemas.sitemap));
expectType<z.input<typeof sitemapJsonSchema>>(named.sitemap);
expectType<ThemeJson>(inputOf(schemas.theme));
expectType<z.input<typeof themeJsonSchema>>(named.theme);
expectType<ProjectConfigJson>(inputOf(schemas.projectConfig));
expectType<z.input<typeof projectConfigJsonSchema>>(named.projectConfig);
expectType<ProjectPrivateConfigJson>(inputOf(schemas.projectPrivateConfig));
expectType<z.input<typeof projectPrivateConfigJsonSchema>>(named.projectPrivateConfig);

// And the strict form, which also catches differences mutual assignability would forgive.
expectType<true>(true as Equal<AppJson, z.input<typeof appJsonSchema>>);
expectType<true>(true as Equal<WindowConfig, z.input<typeof windowSchema>>);
expectType<true>(true as Equal<TabBar, z.input<typeof tabBarSchema>>);
expectType<true>(true as Equal<TabBarItem, z.input<typeof tabBarItemSchema>>);
expectType<true>(true as Equal<SubPackage, z.input<typeof subPackageSchema>>);
expectType<true>(true as Equal<PageJson, z.input<typeof pageJsonSchema>>);
expectType<true>(true as Equal<ComponentJson, z.input<typeof componentJsonSchema>>);
expectType<true>(true as Equal<SitemapJson, z.input<typeof sitemapJsonSchema>>);
expectType<true>(true as Equal<ThemeJson, z.input<typeof themeJsonSchema>>);
expectType<true>(true as Equal<ProjectConfigJson, z.input<typeof projectConfigJsonSchema>>);
expectType<true>(true as Equal<ProjectPrivateConfigJson, z.input<typeof projectPrivateConfigJsonSchema>>);
