/**
 * The field-case conformance suite: valid base files, the mutations applied to them, and how a case
 * becomes the text of one file. Shared by the generator (scripts/conformance/generate.ts), which asks
 * WeChat's checker for a verdict on each case, and by the test (test/conformance/), which asks ours.
 *
 * The leaf paths come from our zod schemas (see `leafPaths`), never from a hand-made list, so a key
 * added to a schema gets its cases at the next `npm run conformance:generate`.
 */
import type * as z from 'zod';
import * as api from '../../src/index.js';
import { branches } from '../../src/validate/schema-walk.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type PathPart = string | number;

export type KindName = 'app' | 'page' | 'component' | 'sitemap' | 'theme' | 'project.config';

/** A case as stored in the fixtures: either a change to the kind's base file, or a whole text. */
export interface FieldCase {
  id: string;
  kind: KindName;
  /** What was done, for people: `set window.backgroundColor = "black"`, `file: bom`. */
  mutation: string;
  /** Set (or with `remove`, delete) the value at `path` in the base file. */
  path?: PathPart[];
  value?: Json;
  remove?: boolean;
  /** Several changes at once (cross-field cases). */
  patches?: { path: PathPart[]; value?: Json; remove?: boolean }[];
  /** The whole file text (file-level cases); wins over the patches. */
  text?: string;
}

export interface Verdict {
  wechat: 'ok' | 'error';
  message?: string;
  /** WeChat's "invalid …" note on keys it does not know, when it has one. */
  wechatWarnings?: string;
}

export type JudgedCase = FieldCase & Verdict;

const appBase = {
  pages: ['pages/index/index', 'pages/me/me'],
  window: {
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    navigationBarTitleText: 'Demo',
    backgroundColor: '#eeeeee',
    backgroundTextStyle: 'light',
  },
  tabBar: {
    color: '#7A7E83',
    selectedColor: '#3cc51f',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: 'Home', iconPath: 'images/home.png', selectedIconPath: 'images/home-on.png' },
      { pagePath: 'pages/me/me', text: 'Me', iconPath: 'images/me.png', selectedIconPath: 'images/me-on.png' },
    ],
  },
  subpackages: [{ root: 'pkgA', name: 'shop', pages: ['pages/list/list'] }],
  preloadRule: { 'pages/index/index': { network: 'all', packages: ['shop'] } },
  usingComponents: { 'nav-bar': '/components/nav-bar/index' },
  permission: { 'scope.userLocation': { desc: 'Shows the nearest shop' } },
  networkTimeout: { request: 10000 },
  sitemapLocation: 'sitemap.json',
  style: 'v2',
  lazyCodeLoading: 'requiredComponents',
};

const pageBase = {
  navigationBarBackgroundColor: '#ffffff',
  navigationBarTextStyle: 'black',
  navigationBarTitleText: 'Page',
  backgroundColor: '#eeeeee',
  enablePullDownRefresh: false,
  usingComponents: { 'nav-bar': '/components/nav-bar/index' },
};

const componentBase = {
  component: true,
  usingComponents: { 'nav-bar': '/components/nav-bar/index' },
  componentGenerics: { selectable: { default: '/components/nav-bar/index' } },
};

const sitemapBase = {
  desc: 'All pages may be indexed',
  rules: [{ action: 'allow', page: 'pages/index/index', params: ['id'], matching: 'inclusive', priority: 1 }],
};

const themeBase = {
  light: { navBg: '#ffffff', navText: 'black' },
  dark: { navBg: '#000000', navText: 'white' },
};

const projectConfigBase = {
  appid: 'wx1234567890abcdef',
  compileType: 'miniprogram',
  projectname: 'demo',
  libVersion: '3.4.0',
  setting: { urlCheck: true, es6: true, minified: true },
  condition: {},
  editorSetting: { tabIndent: 'insertSpaces', tabSize: 2 },
  packOptions: { ignore: [{ type: 'folder', value: 'docs' }], include: [] },
};

export const KINDS: Record<KindName, { base: Json; schema: () => z.core.$ZodType }> = {
  app: { base: appBase, schema: () => api.appJsonSchema },
  page: { base: pageBase, schema: () => api.pageJsonSchema },
  component: { base: componentBase, schema: () => api.componentJsonSchema },
  sitemap: { base: sitemapBase, schema: () => api.sitemapJsonSchema },
  theme: { base: themeBase, schema: () => api.themeJsonSchema },
  'project.config': { base: projectConfigBase, schema: () => api.projectConfigJsonSchema },
};

/** The text of one case: the base file with the case's changes, or the case's own text. */
export function caseText(c: FieldCase): string {
  if (c.text !== undefined) return c.text;
  const value = structuredClone(KINDS[c.kind].base);
  const patches = c.patches ?? [{ path: c.path ?? [], value: c.value, remove: c.remove }];
  let root: Json = value;
  for (const patch of patches) root = applyPatch(root, patch.path, patch.value, patch.remove === true);
  return JSON.stringify(root, null, 2);
}

function applyPatch(root: Json, path: PathPart[], value: Json | undefined, remove: boolean): Json {
  if (path.length === 0) return remove ? {} : (value as Json);
  let node = root as Record<string | number, Json>;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const next = node[key];
    if (next === null || typeof next !== 'object') node[key] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, Json>;
  }
  const last = path[path.length - 1]!;
  if (remove) {
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else delete node[last];
  } else {
    if (Array.isArray(node) && typeof last === 'number') while (node.length < last) node.push({});
    node[last] = value as Json;
  }
  return root;
}

type Def = { type: string; [k: string]: unknown };
const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;

/** What our schema says about one documented leaf: the JSON types it may take and its enum values. */
export interface Leaf {
  path: PathPart[];
  types: Set<string>;
  enumValues: Json[];
  /** An object node: gets the unknown-key case. */
  isObject: boolean;
  /** An array node: gets the too-few / too-many cases. */
  isArray: boolean;
}

/**
 * Every documented path of a kind, read from its zod schema: object keys, array elements (index 0),
 * record values (under a key the base already has, or `x`). Unions contribute every branch.
 */
export function leafPaths(kind: KindName): Leaf[] {
  const found = new Map<string, Leaf>();
  const base = KINDS[kind].base;
  // A schema instance shared by several keys (subpackages/subPackages, the mini-* overrides, the
  // condition.* lists) has its children walked once, at the first key: the others are the same rules.
  const expanded = new Set<unknown>();
  const visit = (schema: z.core.$ZodType, path: PathPart[], depth: number): void => {
    if (depth > 7) return;
    const key = JSON.stringify(path);
    let leaf = found.get(key);
    if (!leaf) {
      leaf = { path, types: new Set(), enumValues: [], isObject: false, isArray: false };
      found.set(key, leaf);
    }
    for (const branch of branches(schema)) {
      const def = defOf(branch);
      switch (def.type) {
        case 'object': {
          if (leaf.isObject) break;
          leaf.isObject = true;
          leaf.types.add('object');
          if (expanded.has(def.shape)) break;
          expanded.add(def.shape);
          for (const [name, child] of Object.entries(def.shape as Record<string, z.core.$ZodType>)) visit(child, [...path, name], depth + 1);
          break;
        }
        case 'record': {
          leaf.types.add('object');
          if (leaf.isObject) break;
          leaf.isObject = true;
          if (expanded.has(def.valueType)) break;
          expanded.add(def.valueType);
          visit(def.valueType as z.core.$ZodType, [...path, sampleKey(base, path)], depth + 1);
          break;
        }
        case 'array': {
          leaf.types.add('array');
          if (leaf.isArray) break;
          leaf.isArray = true;
          if (expanded.has(def.element)) break;
          expanded.add(def.element);
          visit(def.element as z.core.$ZodType, [...path, 0], depth + 1);
          break;
        }
        case 'enum':
          leaf.types.add('string');
          leaf.enumValues.push(...Object.values(def.entries as Record<string, Json>));
          break;
        case 'literal':
          for (const v of def.values as Json[]) {
            leaf.types.add(typeof v);
            leaf.enumValues.push(v);
          }
          break;
        case 'string': case 'number': case 'boolean': case 'null':
          leaf.types.add(def.type);
          break;
        default:
          leaf.types.add(def.type);
      }
    }
  };
  visit(KINDS[kind].schema(), [], 0);
  return [...found.values()].filter((leaf) => leaf.path.length > 0);
}

function sampleKey(base: Json, path: PathPart[]): string {
  let node: Json | undefined = base;
  for (const part of path) node = node && typeof node === 'object' ? (node as Record<string | number, Json>)[part] : undefined;
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    const keys = Object.keys(node);
    if (keys.length > 0) return keys[0]!;
  }
  return 'x';
}

function valueAt(base: Json, path: PathPart[]): Json | undefined {
  let node: Json | undefined = base;
  for (const part of path) node = node && typeof node === 'object' ? (node as Record<string | number, Json>)[part] : undefined;
  return node;
}

const TYPE_MUTATIONS: [string, Json][] = [
  ['null', null], ['true', true], ['false', false], ['number', 1], ['string', 'x'], ['empty-string', ''],
  ['empty-array', []], ['empty-object', {}], ['array-of-string', ['x']], ['object', { x: 1 }],
];
const NUMBER_MUTATIONS: [string, Json][] = [['negative', -1], ['zero', 0], ['fraction', 0.5], ['large', 1e9]];
const COLOUR_MUTATIONS: [string, Json][] = [
  ['hex3', '#fff'], ['hex4', '#ffff'], ['hex6', '#ffffff'], ['hex8', '#ffffffff'], ['hex-upper', '#FFFFFF'],
  ['hex2', '#ff'], ['hex5', '#fffff'], ['hex7', '#fffffff'], ['hex9', '#fffffffff'], ['non-hex', '#gggggg'],
  ['no-hash', 'ffffff'], ['name-black', 'black'], ['name-white', 'white'], ['transparent', 'transparent'],
  ['rgb', 'rgb(0, 0, 0)'], ['rgba', 'rgba(0, 0, 0, 0.5)'], ['theme-variable', '@navBg'],
];
const PATH_MUTATIONS: [string, (p: string) => string][] = [
  ['leading-slash', (p) => `/${p}`], ['trailing-slash', (p) => `${p}/`], ['extension', (p) => `${p}.js`],
  ['json-extension', (p) => `${p}.json`], ['dot-slash', (p) => `./${p}`], ['dot-dot', (p) => `../${p}`],
  ['backslash', (p) => p.replace(/\//g, '\\')], ['double-slash', (p) => p.replace('/', '//')],
];
const PATHLIKE = /(path|root|pages|page|entry|location|workers|default|icon|name)$/i;
const COLOURLIKE = /colou?r/i;

/** The mutations of one leaf, by class. */
function leafCases(kind: KindName, leaf: Leaf): FieldCase[] {
  const where = leaf.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').slice(1);
  const out: FieldCase[] = [];
  const add = (cls: string, value: Json | undefined, remove = false): void => {
    out.push({ id: `${kind}:${where}:${cls}`, kind, mutation: remove ? `remove ${where}` : `set ${where} = ${JSON.stringify(value)}`, path: leaf.path, ...(remove ? { remove: true } : { value: value as Json }) });
  };
  add('remove', undefined, true);
  for (const [cls, value] of TYPE_MUTATIONS) add(`type-${cls}`, value);
  if (leaf.types.has('number')) for (const [cls, value] of NUMBER_MUTATIONS) add(`number-${cls}`, value);
  for (const value of leaf.enumValues) add(`enum-${String(value)}`, value);
  if (leaf.enumValues.some((v) => typeof v === 'string')) add('enum-outside', 'not-a-listed-value');
  const last = String(leaf.path.filter((p) => typeof p === 'string').at(-1) ?? '');
  if (leaf.types.has('string') && COLOURLIKE.test(last)) for (const [cls, value] of COLOUR_MUTATIONS) add(`colour-${cls}`, value);
  const current = valueAt(KINDS[kind].base, leaf.path);
  if (leaf.types.has('string') && PATHLIKE.test(last)) {
    const sample = typeof current === 'string' && current && !current.startsWith('/') ? current : 'pages/index/index';
    for (const [cls, form] of PATH_MUTATIONS) add(`path-${cls}`, form(sample));
  }
  if (leaf.isObject) {
    const obj = current && typeof current === 'object' && !Array.isArray(current) ? current : {};
    add('unknown-key', { ...obj, notADocumentedKey: 1 });
  }
  if (leaf.isArray) {
    const items = Array.isArray(current) ? current : [];
    const sample: Json = items[0] ?? 'x';
    add('items-one', [sample]);
    add('items-many', Array.from({ length: 11 }, (_, i) => (typeof sample === 'string' ? `${sample}${i === 0 ? '' : i}` : sample)));
    if (typeof sample === 'string' && items.length > 0) add('items-duplicate', [...items, sample]);
  }
  return out;
}

const FILE_VARIANTS: [string, (text: string) => string][] = [
  ['bom', (t) => `\uFEFF${t}`],
  ['line-comment', (t) => `// comment\n${t}`],
  ['block-comment', (t) => `/* comment */${t}`],
  ['trailing-comma', (t) => t.replace(/\n}\s*$/, ',\n}')],
  ['single-quotes', (t) => t.replace(/"/g, "'")],
  ['duplicate-key', (t) => t.replace(/^{/, `{\n  ${firstKeyLine(t)},`)],
  ['empty-file', () => ''],
  ['whitespace-only', () => '  \n'],
  ['root-array', () => '[]'],
  ['root-string', () => '"x"'],
  ['root-number', () => '1'],
  ['root-null', () => 'null'],
  ['root-empty-object', () => '{}'],
  ['crlf', (t) => t.replace(/\n/g, '\r\n')],
  ['truncated', (t) => t.slice(0, Math.floor(t.length / 2))],
];

function firstKeyLine(text: string): string {
  const line = text.split('\n')[1] ?? '';
  return line.trim().replace(/,$/, '');
}

function fileCases(kind: KindName): FieldCase[] {
  const baseText = JSON.stringify(KINDS[kind].base, null, 2);
  return FILE_VARIANTS.map(([cls, make]) => ({ id: `${kind}:file:${cls}`, kind, mutation: `file: ${cls}`, text: make(baseText) }));
}

/** Cases that change several fields of app.json together: what no single-leaf mutation reaches. */
function appCrossCases(): FieldCase[] {
  const c = (id: string, mutation: string, patches: FieldCase['patches']): FieldCase => ({ id: `app:cross:${id}`, kind: 'app', mutation, patches });
  const tab = (i: number) => ['tabBar', 'list', i, 'pagePath'];
  return [
    c('tab-page-not-in-pages', 'a tab page that pages does not list', [{ path: tab(1), value: 'pages/other/other' }]),
    c('tab-page-in-subpackage', 'a tab page inside a subpackage', [{ path: tab(1), value: 'pkgA/pages/list/list' }]),
    c('tab-page-leading-slash', 'a tab page written with a leading slash', [{ path: tab(1), value: '/pages/me/me' }]),
    c('tab-duplicate', 'two tabs on the same page', [{ path: tab(1), value: 'pages/index/index' }]),
    c('custom-tab-many', 'custom tab bar with 8 tabs', [{ path: ['tabBar', 'custom'], value: true }, { path: ['tabBar', 'list'], value: Array.from({ length: 8 }, () => ({ pagePath: 'pages/index/index', text: 'x' })) }]),
    c('custom-tab-eleven', 'custom tab bar with 11 tabs', [{ path: ['tabBar', 'custom'], value: true }, { path: ['tabBar', 'list'], value: Array.from({ length: 11 }, (_, i) => ({ pagePath: i % 2 ? 'pages/me/me' : 'pages/index/index', text: 'x' })) }]),
    c('tab-top-no-icons', 'tab bar at the top without icons', [{ path: ['tabBar', 'position'], value: 'top' }, { path: ['tabBar', 'list'], value: [{ pagePath: 'pages/index/index', text: 'a' }, { pagePath: 'pages/me/me', text: 'b' }] }]),
    c('root-nested', 'a subpackage root inside another', [{ path: ['subpackages', 1], value: { root: 'pkgA/inner', pages: ['p/p'] } }]),
    c('root-repeated', 'two subpackages with the same root', [{ path: ['subpackages', 1], value: { root: 'pkgA', pages: ['p/p'] } }]),
    c('root-inside-main-page', 'a subpackage root that holds a main package page', [{ path: ['subpackages', 1], value: { root: 'pages', pages: ['x/x'] } }]),
    c('root-trailing-slash', 'a subpackage root with a trailing slash', [{ path: ['subpackages', 0, 'root'], value: 'pkgA/' }]),
    c('name-repeated', 'two subpackages with the same name', [{ path: ['subpackages', 1], value: { root: 'pkgB', name: 'shop', pages: ['p/p'] } }]),
    c('both-spellings', 'subpackages and subPackages both present', [{ path: ['subPackages'], value: [{ root: 'pkgB', pages: ['p/p'] }] }]),
    c('preload-page-missing', 'preloadRule on a page that is not listed', [{ path: ['preloadRule'], value: { 'pages/none/none': { packages: ['shop'] } } }]),
    c('preload-package-by-root', 'preloadRule names a package by its root', [{ path: ['preloadRule', 'pages/index/index', 'packages'], value: ['pkgA'] }]),
    c('preload-package-missing', 'preloadRule names a package that does not exist', [{ path: ['preloadRule', 'pages/index/index', 'packages'], value: ['nope'] }]),
    c('preload-main-package', 'preloadRule names __APP__', [{ path: ['preloadRule', 'pages/index/index', 'packages'], value: ['__APP__'] }]),
    c('preload-subpackage-page', 'preloadRule keyed by a subpackage page', [{ path: ['preloadRule'], value: { 'pkgA/pages/list/list': { packages: ['__APP__'] } } }]),
    c('workers-string', 'workers as a string', [{ path: ['workers'], value: 'workers' }]),
    c('workers-object', 'workers as an object', [{ path: ['workers'], value: { path: 'workers', isSubpackage: true } }]),
    c('workers-object-no-flag', 'workers object without isSubpackage', [{ path: ['workers'], value: { path: 'workers' } }]),
    c('workers-leading-slash', 'workers with a leading slash', [{ path: ['workers'], value: '/workers' }]),
    c('skyline-app', 'renderer skyline app-wide with its requirements', [{ path: ['renderer'], value: 'skyline' }, { path: ['componentFramework'], value: 'glass-easel' }, { path: ['rendererOptions'], value: { skyline: { defaultDisplayBlock: true } } }]),
    c('skyline-app-bare', 'renderer skyline app-wide alone', [{ path: ['renderer'], value: 'skyline' }]),
    c('skyline-no-lazy', 'renderer skyline without lazyCodeLoading', [{ path: ['renderer'], value: 'skyline' }, { path: ['componentFramework'], value: 'glass-easel' }, { path: ['lazyCodeLoading'], remove: true }]),
    c('skyline-no-framework', 'renderer skyline without componentFramework', [{ path: ['renderer'], value: 'skyline' }, { path: ['rendererOptions'], value: { skyline: {} } }]),
    c('skyline-no-options', 'renderer skyline without rendererOptions', [{ path: ['renderer'], value: 'skyline' }, { path: ['componentFramework'], value: 'glass-easel' }]),
    c('skyline-subpackage', 'a skyline subpackage in a webview app', [{ path: ['subpackages', 0, 'renderer'], value: 'skyline' }, { path: ['subpackages', 0, 'componentFramework'], value: 'glass-easel' }]),
    c('skyline-subpackage-bare', 'a skyline subpackage alone', [{ path: ['subpackages', 0, 'renderer'], value: 'skyline' }]),
    c('skyline-window-nav', 'skyline app with a window navigation style', [{ path: ['renderer'], value: 'skyline' }, { path: ['componentFramework'], value: 'glass-easel' }, { path: ['rendererOptions'], value: { skyline: {} } }, { path: ['window', 'navigationStyle'], value: 'default' }]),
    c('entry-missing', 'entryPagePath not in pages', [{ path: ['entryPagePath'], value: 'pages/none/none' }]),
    c('entry-subpackage', 'entryPagePath in a subpackage', [{ path: ['entryPagePath'], value: 'pkgA/pages/list/list' }]),
    c('main-page-in-subpackage', 'a main package page inside a subpackage root', [{ path: ['pages', 2], value: 'pkgA/pages/x/x' }]),
    c('duplicate-page', 'the same page twice', [{ path: ['pages', 2], value: 'pages/index/index' }]),
    c('darkmode-no-theme', 'darkmode without themeLocation', [{ path: ['darkmode'], value: true }]),
    c('variable-no-theme', 'a theme variable without themeLocation', [{ path: ['window', 'backgroundColor'], value: '@bg' }]),
    c('independent-plugins', 'an independent subpackage', [{ path: ['subpackages', 0, 'independent'], value: true }]),
    c('reserved-name', 'a subpackage named __APP__', [{ path: ['subpackages', 0, 'name'], value: '__APP__' }]),
    c('many-subpackages', '120 subpackages', [{ path: ['subpackages'], value: Array.from({ length: 120 }, (_, i) => ({ root: `p${i}`, pages: ['a/a'] })) }]),
  ];
}

/** Every case of every kind, in a stable order. */
export function allCases(): FieldCase[] {
  const out: FieldCase[] = [];
  for (const kind of Object.keys(KINDS) as KindName[]) {
    for (const leaf of leafPaths(kind)) out.push(...leafCases(kind, leaf));
    out.push(...fileCases(kind));
    if (kind === 'app') out.push(...appCrossCases());
  }
  const seen = new Set<string>();
  return out.filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)));
}
