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
import type { AppJson, ComponentJson, PageJson } from './types.js';

/**
 * A generic parameter is not checked for excess properties, so a misspelt top-level key would pass;
 * this marks every key the config type does not know as `never`, which TypeScript reports at the key.
 */
type KnownKeysOnly<T, Config> = T & { [K in Exclude<keyof T, keyof Config>]: never };

/** Declares an app.json (全局配置) with type checking. Returns its argument unchanged. */
export function defineAppJson<const T extends AppJson>(config: KnownKeysOnly<T, AppJson>): T {
  return config;
}

/** Declares a page json (页面配置) with type checking. Returns its argument unchanged. */
export function definePageJson<const T extends PageJson>(config: KnownKeysOnly<T, PageJson>): T {
  return config;
}

/** Declares a custom component json (自定义组件配置) with type checking. Returns its argument unchanged. */
export function defineComponentJson<const T extends ComponentJson>(config: KnownKeysOnly<T, ComponentJson>): T {
  return config;
}
