/**
 * Generates the editor JSON Schemas (schemas/<locale>/<kind>.schema.json) from the zod schemas and
 * their `.meta()` docs, and the SchemaStore entry, for every kind of the registry (src/kinds.ts).
 * Run: `node --import tsx scripts/gen-schemas.ts` (writes) — check-fresh.mjs calls
 * `generateSchemaFiles()` and compares instead of writing.
 *
 * zod's draft-07 output carries our own meta keys (zh, en, since, values…). Each node is rewritten
 * for one locale: VS Code's keywords (markdownDescription, enumDescriptions, deprecationMessage,
 * defaultSnippets, patternErrorMessage) are derived from them and the meta keys are dropped.
 * The same rewrite in `jsdoc` mode feeds the type generator (scripts/gen-types.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { CONFIG_KINDS, type ConfigKind, type KindId, schemaFilePath } from '../src/kinds.js';
import type { Bilingual, Locale } from '../src/meta.js';
import { STRING_FORMS } from '../src/primitives/patterns.js';
import { withExpressibleRules } from './gen-schemas-rules.js';
import { cdnUrl, compatibleRange } from '../src/links.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
/** `jsdoc`: both languages plus tags, for the generated TypeScript declarations. */
export type DocMode = Locale | 'jsdoc';
type Json = Record<string, unknown>;
export const CATALOG_FILE = 'schemastore/catalog-entry.json';

/** `$id`: the jsDelivr URL for the semver-compatible range of this version (src/links.ts, docs/editors.md). */
export function schemaUrl(locale: Locale, kind: KindId): string {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return cdnUrl(version, schemaFilePath(locale, kind));
}

export { compatibleRange };

/** zod's draft-07 JSON Schema, meta keys still in. Named (`id`) schemas are in `definitions`. */
export function rawJsonSchema(schema: z.core.$ZodType): Json {
  return z.toJSONSchema(schema, { target: 'draft-07', io: 'input', unrepresentable: 'any', cycles: 'ref', reused: 'inline' }) as Json;
}

// ---------------------------------------------------------------------------------------------------
// Per-node rewrite

/** Meta keys of src/meta.ts that are ours, not JSON Schema. */
const META_KEYS = ['zh', 'en', 'since', 'client', 'docUrl', 'values', 'snippets', 'themeVariable', 'deprecated', 'deprecatedDoc', 'id', 'jsonSchema', 'wechatUnchecked', 'anyKeyValueTypes'];
const SCHEMA_MAP_KEYS = ['properties', 'definitions', 'patternProperties'];
const SCHEMA_KEYS = ['additionalProperties', 'items', 'additionalItems', 'not', 'propertyNames', 'contains', 'if', 'then', 'else'];
const SCHEMA_LIST_KEYS = ['anyOf', 'oneOf', 'allOf', 'items'];
/** Output key order; other keys follow in zod's order. */
const KEY_ORDER = [
  '$schema', '$id', '$ref', 'title', 'description', 'markdownDescription', 'deprecationMessage', 'type', 'const', 'enum',
  'enumDescriptions', 'markdownEnumDescriptions', 'pattern', 'patternErrorMessage', 'minimum', 'maximum', 'minLength',
  'maxLength', 'minItems', 'maxItems', 'uniqueItems', 'properties', 'required', 'additionalProperties', 'propertyNames',
  'items', 'anyOf', 'oneOf', 'allOf', 'default', 'examples', 'defaultSnippets', 'definitions',
];

const TEXT = {
  since: { zh: (v: string) => `基础库 ${v} 起支持`, en: (v: string) => `Since base library ${v}` },
  client: { zh: (v: string) => `微信客户端 ${v} 起支持`, en: (v: string) => `Since WeChat ${v}` },
  default: { zh: (v: string) => `默认值：${v}`, en: (v: string) => `Default: ${v}` },
  docs: { zh: '官方文档', en: 'Official docs' },
  deprecated: { zh: '已废弃', en: 'Deprecated' },
  unchecked: { zh: '微信编译不检查此项（不符合时仅警告）：', en: 'WeChat\'s compile does not check this field (only a warning): ' },
} as const;

function pick(text: Bilingual, locale: Locale): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBilingual(value: unknown): value is Bilingual {
  return isObject(value) && typeof value.zh === 'string' && typeof value.en === 'string';
}

function docOf(node: Json): Bilingual | undefined {
  return typeof node.zh === 'string' && typeof node.en === 'string' ? { zh: node.zh, en: node.en } : undefined;
}

/** Our texts are plain: keep `__APP__` or `a/*` from turning into emphasis. Backtick spans stay code. */
export function escapeMarkdown(text: string): string {
  return text.split(/(`[^`]*`)/).map((part, i) => (i % 2 === 1 ? part : part.replace(/[\\*_[\]<>]/g, '\\$&'))).join('');
}

function markdown(node: Json, plain: string, locale: Locale): string {
  const text = escapeMarkdown(plain);
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  const notes: string[] = [];
  if (typeof node.since === 'string') notes.push(TEXT.since[lang](node.since));
  if (typeof node.client === 'string') notes.push(TEXT.client[lang](node.client));
  if (node.default !== undefined) notes.push(TEXT.default[lang](`\`${JSON.stringify(node.default)}\``));
  if (typeof node.docUrl === 'string') notes.push(`[${TEXT.docs[lang]}](${node.docUrl})`);
  if (isBilingual(node.wechatUnchecked)) notes.push(escapeMarkdown(`${TEXT.unchecked[lang]}${node.wechatUnchecked[lang]}`));
  return notes.length ? `${text}\n\n${notes.join(' · ')}` : text;
}

function jsdoc(node: Json, doc: Bilingual): string {
  const lines = [doc.zh, doc.en];
  if (node.default !== undefined) lines.push(`@default ${JSON.stringify(node.default)}`);
  if (typeof node.since === 'string') lines.push(`@since ${node.since} (requires base library ${node.since} · 基础库 ${node.since} 起支持)`);
  if (typeof node.client === 'string') lines.push(`@since WeChat ${node.client} (微信客户端 ${node.client} 起支持)`);
  if (isBilingual(node.deprecatedDoc)) lines.push(`@deprecated ${node.deprecatedDoc.zh} ${node.deprecatedDoc.en}`);
  if (typeof node.docUrl === 'string') lines.push(`@see ${node.docUrl}`);
  return lines.join('\n');
}

/** The nodes that list the enum values `values` documents: the node itself, its union branches, its items. */
function enumNodes(node: Json): Json[] {
  const candidates = [node, ...[node.anyOf, node.oneOf].flatMap((list) => (Array.isArray(list) ? list : []))];
  if (isObject(node.items)) candidates.push(node.items, ...[node.items.anyOf, node.items.oneOf].flatMap((l) => (Array.isArray(l) ? l : [])));
  return candidates.filter(isObject);
}

function documentValues(node: Json, values: Record<string, Bilingual>, locale: Locale): void {
  for (const target of enumNodes(node)) {
    if (Array.isArray(target.enum)) {
      const texts = target.enum.map((value) => (values[String(value)] ? pick(values[String(value)]!, locale) : ''));
      target.enumDescriptions = texts;
      target.markdownEnumDescriptions = texts.map(escapeMarkdown);
    } else if (target.const !== undefined && values[String(target.const)]) {
      target.description = pick(values[String(target.const)]!, locale);
    }
  }
}

const EXPECTED = {
  zh: { prefix: '应为', or: '，或' },
  en: { prefix: 'Expected ', or: ', or ' },
} as const;

/** What a string-ish schema accepts, in words; undefined when we have no words for it. */
function expectedText(node: Json, locale: Locale): string | undefined {
  if (typeof node.pattern === 'string') {
    const form = STRING_FORMS.find((f) => f.pattern.source === node.pattern);
    return form && pick(form.expected, locale);
  }
  if (Array.isArray(node.enum)) {
    const list = node.enum.map((value) => JSON.stringify(value));
    return locale === 'zh-CN' ? `${list.join('、')} 之一` : `one of ${list.join(', ')}`;
  }
  if (node.const !== undefined) return JSON.stringify(node.const);
  return undefined;
}

/**
 * Error text for patterns and `@variable` unions. VS Code reports the failure of one union branch only,
 * so every branch of a union carries the whole list of what the field accepts.
 */
function documentExpectations(node: Json, mode: DocMode): void {
  if (mode === 'jsdoc') return;
  const words = EXPECTED[mode === 'zh-CN' ? 'zh' : 'en'];
  const own = typeof node.pattern === 'string' ? expectedText(node, mode) : undefined;
  if (own) node.patternErrorMessage = words.prefix + own;
  const branches = Array.isArray(node.anyOf) ? node.anyOf.filter(isObject) : [];
  const texts = branches.map((branch) => expectedText(branch, mode));
  if (branches.length < 2 || texts.some((text) => text === undefined)) return;
  const message = words.prefix + texts.join(words.or);
  for (const branch of branches) {
    if (typeof branch.pattern === 'string') branch.patternErrorMessage = message;
    else branch.errorMessage = message;
  }
}

function rewriteChildren(node: Json, mode: DocMode): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (SCHEMA_MAP_KEYS.includes(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, isObject(child) ? rewriteNode(child, mode) : child]));
    } else if (SCHEMA_LIST_KEYS.includes(key) && Array.isArray(value)) {
      out[key] = value.map((child) => (isObject(child) ? rewriteNode(child, mode) : child));
    } else if (SCHEMA_KEYS.includes(key) && isObject(value)) {
      out[key] = rewriteNode(value, mode);
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** Rewrites one schema node (and everything below it) for one locale or for JSDoc. */
export function rewriteNode(source: Json, mode: DocMode): Json {
  const node = rewriteChildren(source, mode);
  // Refinements zod cannot export; types follow zod's own input type, so JSDoc mode leaves them out.
  if (isObject(source.jsonSchema) && mode !== 'jsdoc') Object.assign(node, rewriteChildren(source.jsonSchema, mode));
  const doc = docOf(source);
  if (doc) {
    if (mode === 'jsdoc') node.description = jsdoc(source, doc);
    else {
      node.description = pick(doc, mode);
      node.markdownDescription = markdown(source, pick(doc, mode), mode);
    }
  }
  if (isBilingual(source.deprecatedDoc) && mode !== 'jsdoc') {
    const lang = mode === 'zh-CN' ? 'zh' : 'en';
    node.deprecationMessage = `${TEXT.deprecated[lang]}: ${pick(source.deprecatedDoc, mode)}`;
  }
  if (isObject(source.values) && mode !== 'jsdoc') documentValues(node, source.values as Record<string, Bilingual>, mode);
  if (Array.isArray(source.snippets) && mode !== 'jsdoc') node.defaultSnippets = snippetsFor(source.snippets, mode);
  documentExpectations(node, mode);
  if (mode !== 'jsdoc') loosenWhereWeChatDoesNotCheck(node, source);
  // WeChat takes any key here but checks every value's type: say so for all keys (unknown ones still
  // fail `additionalProperties: false`, which editors show as the unknown-key warning).
  if (Array.isArray(source.anyKeyValueTypes) && mode !== 'jsdoc') {
    node.allOf = [...(Array.isArray(node.allOf) ? node.allOf : []), { additionalProperties: { type: source.anyKeyValueTypes } }];
  }
  for (const key of META_KEYS) delete node[key];
  return collapseSingleRef(orderKeys(node));
}

/** JSON Schema keywords that constrain a value (the rest are docs). */
const VALIDATION_KEYS = [
  'type', 'enum', 'const', 'pattern', 'patternErrorMessage', 'anyOf', 'oneOf', 'allOf', '$ref', 'items', 'properties',
  'additionalProperties', 'required', 'minItems', 'maxItems', 'minLength', 'maxLength', 'minimum', 'maximum',
  'exclusiveMinimum', 'exclusiveMaximum', 'propertyNames', 'format', 'not', 'if', 'then', 'else', 'additionalItems',
  'contains', 'uniqueItems', 'minProperties', 'maxProperties', 'default',
];

/**
 * Editors validate with the JSON Schema as with errors: where WeChat does not check a field
 * (`wechatUnchecked`, a warning in `check`), the editor schema keeps the docs and only what WeChat
 * checks, so that it rejects exactly what the validator calls an error. Enum values stay as examples.
 */
function loosenWhereWeChatDoesNotCheck(node: Json, source: Json): void {
  if (isObject(source.properties) && Array.isArray(node.required)) {
    const props = source.properties;
    node.required = node.required.filter((name) => !(isObject(props[name as string]) && isObject((props[name as string] as Json).wechatUnchecked) && ((props[name as string] as Json).wechatUnchecked as Json).absentOk === true));
    if ((node.required as unknown[]).length === 0) delete node.required;
  }
  const note = source.wechatUnchecked;
  if (!isObject(note)) return;
  const constraints: Json = {};
  for (const key of VALIDATION_KEYS) {
    if (node[key] !== undefined) constraints[key] = node[key];
    delete node[key];
  }
  if (note.onlyFalsy === true) {
    node.anyOf = [constraints, { enum: [null, false, ''] }];
  } else if (typeof note.checkedType === 'string') {
    node.type = note.checkedType;
    if (Array.isArray(constraints.enum)) node.examples = constraints.enum;
  }
}

function snippetsFor(snippets: unknown[], locale: Locale): Json[] {
  return snippets.filter(isObject).map((snippet) => ({
    label: snippet.label,
    ...(isBilingual(snippet.description) ? { description: pick(snippet.description, locale) } : {}),
    body: snippet.body,
  }));
}

/** `{ allOf: [{ $ref }] }` with nothing else is just the reference. */
function collapseSingleRef(node: Json): Json {
  const keys = Object.keys(node);
  if (keys.length === 1 && Array.isArray(node.allOf) && node.allOf.length === 1 && isObject(node.allOf[0]) && Object.keys(node.allOf[0]).join() === '$ref') {
    return node.allOf[0];
  }
  return node;
}

function orderKeys(node: Json): Json {
  const keys = Object.keys(node);
  const rank = (key: string) => (KEY_ORDER.includes(key) ? KEY_ORDER.indexOf(key) : KEY_ORDER.length);
  const ordered = [...keys].sort((a, b) => rank(a) - rank(b) || keys.indexOf(a) - keys.indexOf(b));
  return Object.fromEntries(ordered.map((key) => [key, node[key]]));
}

function replaceRefs(value: unknown, from: string, to: string): unknown {
  if (Array.isArray(value)) return value.map((item) => replaceRefs(item, from, to));
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, key === '$ref' && child === from ? to : replaceRefs(child, from, to)]));
}

// ---------------------------------------------------------------------------------------------------
// Whole documents

/** The root definition and the named ones, as zod emits them (root `$ref` or inline). */
export function splitDefinitions(raw: Json): { root: Json; definitions: Record<string, Json> } {
  const { $schema: _draft, $ref, definitions = {}, ...inline } = raw as Json & { definitions?: Record<string, Json> };
  const name = typeof $ref === 'string' ? $ref.replace('#/definitions/', '') : undefined;
  if (name && definitions[name]) {
    const { [name]: root, ...rest } = definitions;
    return { root: replaceRefs(root, `#/definitions/${name}`, '#') as Json, definitions: replaceRefs(rest, `#/definitions/${name}`, '#') as Record<string, Json> };
  }
  return { root: inline, definitions };
}

const SCHEMA_PROPERTY: Record<Locale, Json> = {
  'zh-CN': { type: 'string', description: 'JSON Schema 地址（供编辑器使用，微信忽略）。' },
  en: { type: 'string', description: 'JSON Schema URL for editors; WeChat ignores it.' },
};

/** The editor JSON Schema of one kind in one locale. */
export function editorSchema(kind: ConfigKind<unknown, KindId>, locale: Locale): Json {
  const { root, definitions } = splitDefinitions(rawJsonSchema(kind.schema));
  const body = withExpressibleRules(kind.typeName, rewriteNode(root, locale), locale);
  if (isObject(body.properties) && !('$schema' in body.properties)) {
    body.properties = { $schema: SCHEMA_PROPERTY[locale], ...body.properties };
  }
  const defs = Object.fromEntries(Object.entries(definitions).map(([name, def]) => [name, withExpressibleRules(name, rewriteNode(def, locale), locale)]));
  return orderKeys({
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: schemaUrl(locale, kind.id),
    title: pick(kind.title, locale),
    ...body,
    ...(Object.keys(defs).length ? { definitions: defs } : {}),
  });
}

/** The SchemaStore catalog entries of every kind, ready to submit: their URLs are the schemas' `$id`s. */
export function catalogEntry(): string {
  const entries = CONFIG_KINDS.map((kind) => ({ ...kind.schemaStore, url: schemaUrl('en', kind.id) }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** Every schema file and the SchemaStore entry: repo-relative path → exact file text. */
export function generateSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const kind of CONFIG_KINDS) {
    for (const locale of LOCALES) {
      files.set(schemaFilePath(locale, kind.id), `${JSON.stringify(editorSchema(kind, locale), null, 2)}\n`);
    }
  }
  files.set(CATALOG_FILE, catalogEntry());
  return files;
}

export function writeFiles(files: Map<string, string>): void {
  for (const [relative, text] of files) {
    const target = path.join(ROOT, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const files = generateSchemaFiles();
  writeFiles(files);
  console.log(`miniprogram-schema: ${files.size} files written (JSON Schemas, SchemaStore entry) · 已生成 ${files.size} 个文件（JSON Schema、SchemaStore 条目）`);
}
