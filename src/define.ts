/**
 * Typed helpers for config written in TypeScript or JavaScript (build tools, generators):
 * each returns its argument unchanged, and the editor checks it and completes keys as you type.
 * The `const` type parameter keeps literals literal, so `pages` stays a tuple of the exact paths.
 *
 * ```ts
 * const app = defineAppJson({ pages: ['pages/index/index', 'pages/logs/logs'] });
 * app.pages; // ["pages/index/index", "pages/logs/logs"]: a tuple of the literal paths
 * ```
 * They check types only; run `validateAppJson` (or the CLI) for the full check.
 */
import type { AppJson, ComponentJson, PageJson, TabBar, TabBarItem } from './types.js';

/*
 * A generic parameter is not checked for excess properties, so a misspelt key would pass at any depth.
 * When the inferred literal type has a key the config type does not know (at any depth), the parameter
 * type becomes the config type itself: TypeScript then checks the object literal against it and reports
 * the key with its own "Object literal may only specify known properties… Did you mean to write 'x'?".
 * Otherwise the parameter is the literal type, and literals stay literal. The return type is `NoInfer<T>`:
 * inside another generic call (`wrap(defineAppJson({…}))`) the outer call must not steer what `T` is.
 */

/** `true` when `T` has a key `Config` lacks, at any depth; a union `Config` counts when no member fits. */
type HasUnknownKey<T, Config> = false extends UnknownKeyPerMember<T, Config> ? false : true;

type UnknownKeyPerMember<T, Config> = Config extends readonly (infer Item)[]
  ? T extends readonly unknown[] ? AnyTrue<{ [I in keyof T]: HasUnknownKey<T[I], Item> }[number]> : false
  : Config extends object
    ? T extends object
      ? [Exclude<keyof T, keyof Config>] extends [never]
        ? AnyTrue<{ [K in keyof T]-?: K extends keyof Config ? HasUnknownKey<T[K], NonNullable<Config[K]>> : true }[keyof T]>
        : true
      : false
    : false;

type AnyTrue<B> = true extends B ? true : false;

/** What tabBar.list may hold: 2–5 tabs, or 2–10 with `custom: true` (WeChat's own limits, rule tab-bar-item-count). */
type TwoToFiveTabs = [TabBarItem, TabBarItem, TabBarItem?, TabBarItem?, TabBarItem?];
type TwoToTenCustomTabs = [TabBarItem, TabBarItem, TabBarItem?, TabBarItem?, TabBarItem?, TabBarItem?, TabBarItem?, TabBarItem?, TabBarItem?, TabBarItem?];

/** Which tab limit a literal tabBar.list breaks: `plain` (2–5), `custom` (2–10 with `custom: true`), or `false`. */
type BrokenTabLimit<T> = T extends { tabBar: infer Bar extends { list: readonly unknown[] } }
  ? number extends Bar['list']['length'] ? false
    : Bar extends { custom: true }
      ? Bar['list']['length'] extends 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 ? false : 'custom'
      : Bar['list']['length'] extends 2 | 3 | 4 | 5 ? false : 'plain'
  : false;

/** AppJson with tabBar.list as a tuple of the allowed length: TypeScript says "Source has 6 element(s) but target allows only 5". */
type AppJsonWithTabs<List> = Omit<AppJson, 'tabBar'> & { tabBar: Omit<TabBar, 'list'> & { list: List } };

/** The parameter type of defineAppJson: {@link Checked}, and a literal tabBar.list of a length WeChat rejects fails. */
type CheckedApp<T> = true extends HasUnknownKey<T, AppJson> ? AppJson
  : BrokenTabLimit<T> extends 'plain' ? AppJsonWithTabs<TwoToFiveTabs>
    : BrokenTabLimit<T> extends 'custom' ? AppJsonWithTabs<TwoToTenCustomTabs> : T;

/** The parameter type of a define helper: the config type when `T` has an unknown key, else `T`. */
type Checked<T, Config> = true extends HasUnknownKey<T, Config> ? Config : T;

/** Declares an app.json (全局配置) with type checking. Returns its argument unchanged. */
export function defineAppJson<const T extends AppJson>(config: CheckedApp<T>): NoInfer<T> {
  return config as T;
}

/** Declares a page json (页面配置) with type checking. Returns its argument unchanged. */
export function definePageJson<const T extends PageJson>(config: Checked<T, PageJson>): NoInfer<T> {
  return config as T;
}

/** Declares a custom component json (自定义组件配置) with type checking. Returns its argument unchanged. */
export function defineComponentJson<const T extends ComponentJson>(config: Checked<T, ComponentJson>): NoInfer<T> {
  return config as T;
}
