/**
 * The documentation convention every schema follows. Field docs live on the zod schema itself via
 * `.apply(withDoc, field({…}))`, kept in the package's own registry ({@link schemaDocs}); the JSON Schema
 * generator, the type generator and the message catalogue all read them from there, so a field is
 * described exactly once.
 *
 * ```ts
 * z.boolean().optional().apply(withDoc, field({
 *   zh: '是否开启全局的下拉刷新。',
 *   en: 'Enables pull-down refresh for every page.',
 *   default: false,
 *   since: '1.0.0',
 * }))
 * ```
 */
import * as z from 'zod';

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
  /** One doc per allowed value of an enum field, in the order of the enum. Prefer {@link docEnum}, which builds both. */
  values?: Record<string, Bilingual>;
  /** Editor snippets (JSON Schema `defaultSnippets`). */
  snippets?: Array<{ label: string; description?: Bilingual; body: unknown }>;
  /** Example values. */
  examples?: unknown[];
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

/**
 * What {@link schemaDocs} keeps for one schema: a field's doc as `field()` stores it, a definition
 * name, or a TypeScript type the JSON Schema cannot express.
 */
export type SchemaDoc = Partial<Omit<FieldDoc, 'deprecated'>> & {
  /** Name of the shared definition (JSON Schema `definitions`, named TypeScript interface). */
  id?: string;
  /** The English text, for anyone reading the registry as plain JSON Schema metadata. */
  description?: string;
  deprecated?: boolean;
  deprecatedDoc?: Bilingual;
  /** The TypeScript type the generated declarations use for this schema (json-schema-to-typescript `tsType`). */
  tsType?: string;
};

/**
 * Every key of {@link SchemaDoc}, once: `keyword` keys are JSON Schema's and stay in the editor schemas as they
 * are; `own` keys are the package's, rewritten into VS Code's keywords or JSDoc and then dropped.
 */
export const SCHEMA_DOC_KEYS = {
  id: 'own', zh: 'own', en: 'own', since: 'own', client: 'own', docUrl: 'own', values: 'own', snippets: 'own',
  deprecated: 'own', deprecatedDoc: 'own', jsonSchema: 'own', tsType: 'own', wechatUnchecked: 'own', anyKeyValueTypes: 'own',
  description: 'keyword', default: 'keyword', examples: 'keyword',
} as const satisfies { [K in keyof Required<SchemaDoc>]: 'own' | 'keyword' };

/**
 * The package's own metadata registry. zod's global registry (and its `GlobalMeta` type) belong to the user's
 * project: the package never writes to it. `z.toJSONSchema(schema, { metadata: schemaDocs })` reads these docs.
 */
export const schemaDocs = z.registry<SchemaDoc>();

/**
 * A copy of `schema` documented with `schemaDoc` in {@link schemaDocs} (the copy, as zod's `.meta()` does, so that a
 * shared schema documented in two places keeps both docs). Call it as `schema.apply(withDoc, field({…}))`.
 */
export function withDoc<S extends z.ZodType>(schema: S, schemaDoc: SchemaDoc): S {
  const documented = schema.clone();
  schemaDocs.add(documented, schemaDoc);
  return documented;
}

/** The doc {@link withDoc} attached to this schema, if any. */
export function docOf(schema: z.core.$ZodType): SchemaDoc | undefined {
  return schemaDocs.get(schema);
}

/** Turns a {@link FieldDoc} into the metadata object {@link withDoc} stores. */
export function field(fieldDoc: FieldDoc): SchemaDoc {
  const { deprecated, ...rest } = fieldDoc;
  return {
    ...rest,
    description: fieldDoc.en,
    ...(deprecated ? { deprecated: true, deprecatedDoc: deprecated } : {}),
  };
}

/**
 * An enum whose values are the keys of `values`, each with its doc: the values are written once, and
 * `field()` gets them back from the result's {@link EnumDoc.values}.
 *
 * ```ts
 * const style = docEnum({ black: { zh: '黑色', en: 'Black' }, white: { zh: '白色', en: 'White' } });
 * style.schema // z.enum(['black', 'white'])
 * ```
 */
export function docEnum<const V extends Record<string, Bilingual>>(values: V): { schema: z.ZodEnum<{ [K in keyof V & string]: K }>; values: V } {
  return { schema: z.enum(Object.keys(values) as [keyof V & string, ...(keyof V & string)[]]) as never, values };
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
