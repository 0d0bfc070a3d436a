/**
 * The one reader of app.json's lists: pages, subpackages, tabBar items, and the files it names. Used by
 * the app.json rules (once per validation, through `rules/app-view.ts`), the project check and
 * `init vscode`, so all three see the lists WeChat sees: `subpackages` wins over `subPackages`.
 *
 * Forgiving: rules run after the schema check, but unknown keys are only warnings there, and the project
 * check and `init vscode` read files the schema rejected, so any value may be of any shape. Every
 * accessor checks types itself and never throws.
 */
import type { JsonPath } from '../diagnostics.js';
import { normalizeDir, normalizeFile } from './paths.js';

export type Obj = Record<string, unknown>;

export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The object at `key`, or undefined. */
export function objectAt(o: unknown, key: string): Obj | undefined {
  const v = isObject(o) ? o[key] : undefined;
  return isObject(v) ? v : undefined;
}

/** The string at `key`, or undefined. */
export function stringAt(o: unknown, key: string): string | undefined {
  const v = isObject(o) ? o[key] : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** The array at `key` (empty when absent or not an array). */
export function arrayAt(o: unknown, key: string): unknown[] {
  const v = isObject(o) ? o[key] : undefined;
  return Array.isArray(v) ? v : [];
}

/** `[index, value]` for every string element of the array at `key`. */
export function stringsAt(o: unknown, key: string): [number, string][] {
  const out: [number, string][] = [];
  const list = arrayAt(o, key);
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (typeof v === 'string') out.push([i, v]);
  }
  return out;
}

export interface SubpackageRef {
  /** `subpackages` or `subPackages`: the key the list was read from. */
  key: 'subpackages' | 'subPackages';
  index: number;
  path: JsonPath;
  item: Obj;
  /** `root` as written, or undefined when it is not a string. */
  root: string | undefined;
  /** `root` normalised the way WeChat compares roots: no `./`, single slashes, one trailing `/`. */
  normalRoot: string | undefined;
  name: string | undefined;
  independent: boolean;
}

export interface PageRef {
  /** Full page path from the code root, e.g. `pkg/pages/x`. */
  page: string;
  path: JsonPath;
  /** The subpackage the page belongs to; undefined for the main package. */
  subpackage?: SubpackageRef;
}

/** What app.json lists, each list read on first use and kept (the value must not change meanwhile). */
export interface AppModel {
  /** The subpackages WeChat uses: when both spellings are present, `subpackages` (WeChat copies it over `subPackages`). */
  readonly subpackages: readonly SubpackageRef[];
  /** Whether app.json has a subpackages (or subPackages) array, empty or not: WeChat gates some checks on it. */
  readonly hasSubpackageList: boolean;
  /** Every declared page: main package first, then each subpackage's pages joined to its root. */
  readonly pages: readonly PageRef[];
  /** The set of every declared page (`pages`' `page`), for membership tests. */
  readonly pageSet: ReadonlySet<string>;
  /** How many pages `pages` lists (repeats included), without building it. */
  readonly pageCount: number;
  /** `[path, item]` for each object in `tabBar.list`. */
  readonly tabItems: readonly (readonly [JsonPath, Obj])[];
  /** `themeLocation` and `sitemapLocation` as written, when strings. */
  readonly themeLocation: string | undefined;
  readonly sitemapLocation: string | undefined;
}

/** The model of an app.json value (any value: a non-object lists nothing). */
export function appModel(app: unknown): AppModel {
  return new LazyAppModel(isObject(app) ? app : {});
}

class LazyAppModel implements AppModel {
  #subpackages?: SubpackageRef[];
  #pages?: PageRef[];
  #pageSet?: Set<string>;
  #tabItems?: [JsonPath, Obj][];

  constructor(private readonly app: Obj) {}

  get subpackages(): readonly SubpackageRef[] {
    return (this.#subpackages ??= readSubpackages(this.app));
  }

  get hasSubpackageList(): boolean {
    return Array.isArray(this.app.subpackages) || Array.isArray(this.app.subPackages);
  }

  get pages(): readonly PageRef[] {
    return (this.#pages ??= this.readPages());
  }

  get pageSet(): ReadonlySet<string> {
    return (this.#pageSet ??= this.readPageSet());
  }

  get pageCount(): number {
    let count = countStrings(arrayAt(this.app, 'pages'));
    for (const sp of this.subpackages) if (sp.normalRoot !== undefined) count += countStrings(arrayAt(sp.item, 'pages'));
    return count;
  }

  get tabItems(): readonly (readonly [JsonPath, Obj])[] {
    return (this.#tabItems ??= readTabItems(this.app));
  }

  get themeLocation(): string | undefined {
    return stringAt(this.app, 'themeLocation');
  }

  get sitemapLocation(): string | undefined {
    return stringAt(this.app, 'sitemapLocation');
  }

  private readPages(): PageRef[] {
    const out: PageRef[] = [];
    const main = arrayAt(this.app, 'pages');
    for (let i = 0; i < main.length; i++) {
      const page = main[i];
      if (typeof page === 'string') out.push({ page, path: ['pages', i] });
    }
    for (const sp of this.subpackages) {
      if (sp.normalRoot === undefined) continue;
      const pages = arrayAt(sp.item, 'pages');
      for (let j = 0; j < pages.length; j++) {
        const page = pages[j];
        if (typeof page !== 'string') continue;
        out.push({ page: normalizeFile(sp.normalRoot + page), path: [sp.key, sp.index, 'pages', j], subpackage: sp });
      }
    }
    return out;
  }

  // Built straight from the lists, without `pages`' objects, unless they exist: most runs need only the set.
  private readPageSet(): Set<string> {
    const set = new Set<string>();
    if (this.#pages) {
      for (const { page } of this.#pages) set.add(page);
      return set;
    }
    for (const page of arrayAt(this.app, 'pages')) if (typeof page === 'string') set.add(page);
    for (const sp of this.subpackages) {
      if (sp.normalRoot === undefined) continue;
      for (const page of arrayAt(sp.item, 'pages')) if (typeof page === 'string') set.add(normalizeFile(sp.normalRoot + page));
    }
    return set;
  }
}

function readSubpackages(app: Obj): SubpackageRef[] {
  const key = Array.isArray(app.subpackages) ? 'subpackages' : 'subPackages';
  const out: SubpackageRef[] = [];
  const list = arrayAt(app, key);
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    if (!isObject(item)) continue;
    const root = stringAt(item, 'root');
    out.push({
      key, index, path: [key, index], item, root,
      normalRoot: root === undefined ? undefined : normalizeDir(root),
      name: stringAt(item, 'name'),
      independent: item.independent === true,
    });
  }
  return out;
}

function readTabItems(app: Obj): [JsonPath, Obj][] {
  const out: [JsonPath, Obj][] = [];
  const list = arrayAt(objectAt(app, 'tabBar'), 'list');
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (isObject(item)) out.push([['tabBar', 'list', i], item]);
  }
  return out;
}

function countStrings(list: unknown[]): number {
  let count = 0;
  for (const v of list) if (typeof v === 'string') count++;
  return count;
}
