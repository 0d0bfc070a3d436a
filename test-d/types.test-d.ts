/**
 * The generated named types (src/types.generated.ts) must be exactly the zod input types: a field added to a
 * schema without regenerating, or a construct the generator renders differently, fails here.
 * tsd checks the built declarations (`npm test` builds first).
 */
import { expectAssignable, expectType } from 'tsd';
import type * as z from 'zod';
import type {
  AppJson, ComponentJson, PageJson, ProjectConfigJson, ProjectPrivateConfigJson, SitemapJson, SubPackage, TabBar, TabBarItem,
  ThemeJson, WindowConfig, appJsonSchema, componentJsonSchema, pageJsonSchema, projectConfigJsonSchema,
  projectPrivateConfigJsonSchema, sitemapJsonSchema, subPackageSchema, tabBarItemSchema, tabBarSchema, themeJsonSchema, windowSchema,
} from '../dist/index.js';

/** Strict equality: no `any` leaks, no optional/required or readonly difference. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Assignable both ways. */
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Each named type and the zod schema it must equal. */
interface Pairs {
  AppJson: [AppJson, typeof appJsonSchema];
  WindowConfig: [WindowConfig, typeof windowSchema];
  TabBar: [TabBar, typeof tabBarSchema];
  TabBarItem: [TabBarItem, typeof tabBarItemSchema];
  SubPackage: [SubPackage, typeof subPackageSchema];
  PageJson: [PageJson, typeof pageJsonSchema];
  ComponentJson: [ComponentJson, typeof componentJsonSchema];
  SitemapJson: [SitemapJson, typeof sitemapJsonSchema];
  ThemeJson: [ThemeJson, typeof themeJsonSchema];
  ProjectConfigJson: [ProjectConfigJson, typeof projectConfigJsonSchema];
  ProjectPrivateConfigJson: [ProjectPrivateConfigJson, typeof projectPrivateConfigJsonSchema];
}

/** The names whose type differs from the zod input type; `never` when all match. */
type NotMutual = { [K in keyof Pairs]: Mutual<Pairs[K][0], z.input<Pairs[K][1]>> extends true ? never : K }[keyof Pairs];
type NotEqual = { [K in keyof Pairs]: Equal<Pairs[K][0], z.input<Pairs[K][1]>> extends true ? never : K }[keyof Pairs];

expectType<never>(null as unknown as NotMutual);
expectType<never>(null as unknown as NotEqual);

// The same, spelled out for the main type.
declare const app: AppJson;
declare const appInput: z.input<typeof appJsonSchema>;
expectType<AppJson>(appInput);
expectType<z.input<typeof appJsonSchema>>(app);
expectAssignable<AppJson>({ pages: ['pages/index/index'], window: { navigationBarTextStyle: 'black' } });
