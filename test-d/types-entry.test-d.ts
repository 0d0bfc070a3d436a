/**
 * `miniprogram-schema/types`: the same named config types as the root entry, from a declaration file
 * with no import at all (checked in test/types-entry.test.ts).
 */
import { expectType } from 'tsd';
import type * as root from '../dist/index.js';
import type * as types from '../dist/config-types.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** The names whose type differs between the two entries; `never` when all match. */
type Different = {
  [K in keyof RootTypes]: Equal<RootTypes[K], Types[K]> extends true ? never : K;
}[keyof RootTypes];
interface RootTypes {
  AppJson: root.AppJson; WindowConfig: root.WindowConfig; TabBar: root.TabBar; TabBarItem: root.TabBarItem; SubPackage: root.SubPackage;
  PageJson: root.PageJson; ComponentJson: root.ComponentJson; SitemapJson: root.SitemapJson; ThemeJson: root.ThemeJson;
  ProjectConfigJson: root.ProjectConfigJson; ProjectPrivateConfigJson: root.ProjectPrivateConfigJson;
}
interface Types {
  AppJson: types.AppJson; WindowConfig: types.WindowConfig; TabBar: types.TabBar; TabBarItem: types.TabBarItem; SubPackage: types.SubPackage;
  PageJson: types.PageJson; ComponentJson: types.ComponentJson; SitemapJson: types.SitemapJson; ThemeJson: types.ThemeJson;
  ProjectConfigJson: types.ProjectConfigJson; ProjectPrivateConfigJson: types.ProjectPrivateConfigJson;
}
expectType<never>(null as unknown as Different);
