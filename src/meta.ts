/**
 * The documentation convention every schema follows. Field docs live on the zod schema itself via
 * `.meta()`; the JSON Schema generator, the type generator and the message catalogue all read them
 * from there, so a field is described exactly once.
 *
 * ```ts
 * z.boolean().meta(field({
 *   zh: '是否开启全局的下拉刷新。',
 *   en: 'Enables pull-down refresh for every page.',
 *   default: false,
 *   since: '1.0.0',
 * }))
 * ```
 */
import type * as z from 'zod';

/** A text in both languages the package speaks. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type Locale = 'zh-CN' | 'en';

export interface FieldDoc extends Bilingual {
  /** Default WeChat applies when the field is absent (documentation only: validation never fills it in). */
  default?: unknown;
  /** Minimum base library (基础库) version, e.g. `"2.11.0"`. */
  since?: string;
  /** Minimum WeChat client version, when the docs give that instead of a base library version. */
  client?: string;
  /** Present when the field is deprecated: why, and what to use instead. */
  deprecated?: Bilingual;
  /** Official documentation page. */
  docUrl?: string;
  /** One doc per allowed value of an enum field, in the order of the enum. */
  values?: Record<string, Bilingual>;
  /** Editor snippets (JSON Schema `defaultSnippets`). */
  snippets?: Array<{ label: string; description?: Bilingual; body: unknown }>;
  /** Example values. */
  examples?: unknown[];
  /** Accepts an `@variable` reference to theme.json (DarkMode, §8.2 of the field reference). */
  themeVariable?: boolean;
  /** JSON Schema keywords for a refinement zod cannot export (e.g. a `superRefine` as `pattern`/`anyOf`); merged into the editor schemas. */
  jsonSchema?: Record<string, unknown>;
  /**
   * WeChat's checker does not check this field (it is not in its schema, or its format is not tested):
   * a value against the documented form still builds, so it is reported as a warning, with this note
   * on what WeChat supports. The documented form stays in the schema for types and editors.
   */
  wechatUnchecked?: UncheckedNote;
  /**
   * WeChat takes any key in this object but checks the value's JSON type: an unknown key stays a
   * warning, but its value must still have one of these types (an error otherwise).
   */
  anyKeyValueTypes?: readonly ('boolean' | 'string')[];
}

/** What WeChat's checker leaves unchecked in a field, and what it does support. */
export interface UncheckedNote extends Bilingual {
  /** WeChat checks the value's JSON type (when present); only which value of that type goes unchecked. */
  checkedType?: 'string' | 'boolean';
  /** WeChat does not require the key, though the docs do. */
  absentOk?: boolean;
  /** Only a falsy value (null, false, "") goes unchecked: WeChat treats it as an absent key. */
  onlyFalsy?: boolean;
}

declare module 'zod' {
  interface GlobalMeta {
    zh?: string;
    en?: string;
    since?: string;
    client?: string;
    deprecatedDoc?: Bilingual;
    docUrl?: string;
    values?: Record<string, Bilingual>;
    snippets?: FieldDoc['snippets'];
    themeVariable?: boolean;
    jsonSchema?: Record<string, unknown>;
    wechatUnchecked?: UncheckedNote;
    anyKeyValueTypes?: readonly ('boolean' | 'string')[];
  }
}

/** Turns a {@link FieldDoc} into the metadata object `.meta()` stores. */
export function field(doc: FieldDoc): z.GlobalMeta {
  const { deprecated, ...rest } = doc;
  return {
    ...rest,
    description: doc.en,
    ...(deprecated ? { deprecated: true, deprecatedDoc: deprecated } : {}),
  };
}

export const DOCS = {
  app: 'https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html',
  page: 'https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/page.html',
  component: 'https://developers.weixin.qq.com/miniprogram/dev/framework/custom-component/',
  sitemap: 'https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/sitemap.html',
  darkmode: 'https://developers.weixin.qq.com/miniprogram/dev/framework/ability/darkmode.html',
  subpackages: 'https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages.html',
  projectConfig: 'https://developers.weixin.qq.com/miniprogram/dev/devtools/projectconfig.html',
} as const;
