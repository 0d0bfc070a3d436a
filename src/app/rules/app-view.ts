/**
 * A loose, read-only view of app.json for the cross-field rules.
 *
 * Rules run after the schema check, but unknown keys are only warnings there, so a rule may still meet
 * values of unexpected shape (e.g. under a misspelt sibling key). Every accessor here checks types
 * itself and never throws, so a rule can stay a few lines long.
 */
import type { JsonPath } from '../../diagnostics.js';
import type { AppJson } from '../../types.js';
import { memo } from '../../validate/memo.js';

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

export const asObj = (app: AppJson): Obj => app as unknown as Obj;

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

/**
 * The subpackages WeChat uses. When both spellings are present, WeChat copies `subpackages` over
 * `subPackages`, so the lowercase list wins and the other one is ignored.
 */
export function subpackagesOf(app: AppJson): SubpackageRef[] {
  return memo(subpackagesOf, app, readSubpackages);
}

function readSubpackages(app: AppJson): SubpackageRef[] {
  const o = asObj(app);
  const key = Array.isArray(o.subpackages) ? 'subpackages' : 'subPackages';
  const out: SubpackageRef[] = [];
  const list = arrayAt(o, key);
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

/** Whether app.json has a subpackages (or subPackages) array, empty or not: WeChat gates some checks on it. */
export function hasSubpackageList(app: AppJson): boolean {
  const o = asObj(app);
  return Array.isArray(o.subpackages) || Array.isArray(o.subPackages);
}

/** `a/./b//c/` → `a/b/c/`: a folder path with exactly one trailing slash (WeChat's `normalizePath(root + '/')`). */
export function normalizeDir(dir: string): string {
  const joined = normalizeFile(dir);
  return joined === '' ? '' : `${joined}/`;
}

const SLASH = 47, DOT = 46;

/**
 * `value` without its trailing slashes. A loop, not `/\/+$/`: a regular expression anchored only at the
 * end retries from every slash of a long run and takes quadratic time on hostile input.
 */
export function trimTrailingSlashes(value: string): string {
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) === SLASH) end--;
  return value.slice(0, end);
}

/** No empty, `.` or `..` segment: no leading or trailing `/`, no `//`, no segment starting with `.`. */
function isAlreadyNormal(path: string): boolean {
  const last = path.length - 1;
  let previous = SLASH;
  for (let i = 0; i <= last; i++) {
    const c = path.charCodeAt(i);
    if (c === SLASH && (previous === SLASH || i === last)) return false;
    if (c === DOT && previous === SLASH) return false;
    previous = c;
  }
  return true;
}

/** `a/./b//c/../d` → `a/b/d`, no leading or trailing slash changes beyond collapsing. */
export function normalizeFile(path: string): string {
  // Fast path for the usual case: no empty, `.` or `..` segment means nothing to normalise.
  return isAlreadyNormal(path) ? path : normalizeSegments(path);
}

/** The segment-by-segment definition behind `normalizeFile`. */
export function normalizeSegments(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/**
 * For each of `paths`, the first subpackage (in list order) whose root lies strictly above it
 * (`path.startsWith(root)`, `path !== root`), or undefined. Sorting roots and paths together puts
 * every path right after the roots that contain it, so a stack of enclosing roots answers each path in
 * amortised constant steps: testing every root against every path took minutes on 40k subpackages.
 */
export function enclosingPackages(packages: readonly SubpackageRef[], paths: readonly string[]): (SubpackageRef | undefined)[] {
  const firstByRoot = new Map<string, SubpackageRef>();
  for (const sp of packages) if (sp.normalRoot && !firstByRoot.has(sp.normalRoot)) firstByRoot.set(sp.normalRoot, sp);
  // A path sorts before an equal root, so that root is not yet on the stack when the path is answered.
  const entries: Array<{ text: string; path?: number }> = paths.map((text, path) => ({ text, path }));
  for (const root of firstByRoot.keys()) entries.push({ text: root });
  entries.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : (a.path === undefined ? 1 : 0) - (b.path === undefined ? 1 : 0)));
  const out: (SubpackageRef | undefined)[] = new Array(paths.length).fill(undefined);
  // Each entry: a root and the earliest-listed package among it and the roots enclosing it.
  const stack: Array<{ root: string; first: SubpackageRef }> = [];
  for (const { text, path } of entries) {
    while (stack.length > 0 && !text.startsWith((stack[stack.length - 1] as { root: string }).root)) stack.pop();
    const enclosing = stack[stack.length - 1]?.first;
    if (path !== undefined) {
      out[path] = enclosing;
      continue;
    }
    const own = firstByRoot.get(text) as SubpackageRef;
    stack.push({ root: text, first: enclosing && enclosing.index < own.index ? enclosing : own });
  }
  return out;
}

export interface PageRef {
  /** Full page path from the code root, e.g. `pkg/pages/x`. */
  page: string;
  path: JsonPath;
  /** The subpackage the page belongs to; undefined for the main package. */
  subpackage?: SubpackageRef;
}

/** Every declared page: main package first, then each subpackage's pages joined to its root. */
export function allPages(app: AppJson): PageRef[] {
  return memo(allPages, app, readAllPages);
}

function readAllPages(app: AppJson): PageRef[] {
  const out: PageRef[] = [];
  const main = arrayAt(app, 'pages');
  for (let i = 0; i < main.length; i++) {
    const page = main[i];
    if (typeof page === 'string') out.push({ page, path: ['pages', i] });
  }
  for (const sp of subpackagesOf(app)) {
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

/** The set of every declared page (`allPages`' `page`), for membership tests. */
export function pageSet(app: AppJson): ReadonlySet<string> {
  return memo(pageSet, app, readPageSet);
}

// Built straight from the lists, without `allPages`' objects: most runs need only the set.
function readPageSet(app: AppJson): Set<string> {
  const set = new Set<string>();
  for (const page of arrayAt(app, 'pages')) if (typeof page === 'string') set.add(page);
  for (const sp of subpackagesOf(app)) {
    if (sp.normalRoot === undefined) continue;
    for (const page of arrayAt(sp.item, 'pages')) if (typeof page === 'string') set.add(normalizeFile(sp.normalRoot + page));
  }
  return set;
}

/** How many pages `allPages` lists (repeats included), without building it. */
export function pageCount(app: AppJson): number {
  let count = countStrings(arrayAt(app, 'pages'));
  for (const sp of subpackagesOf(app)) if (sp.normalRoot !== undefined) count += countStrings(arrayAt(sp.item, 'pages'));
  return count;
}

function countStrings(list: unknown[]): number {
  let count = 0;
  for (const v of list) if (typeof v === 'string') count++;
  return count;
}

/** `[path, item]` for each object in `tabBar.list`. Shared within a run: callers must not modify it. */
export function tabItems(app: AppJson): readonly (readonly [JsonPath, Obj])[] {
  return memo(tabItems, app, readTabItems);
}

function readTabItems(app: AppJson): [JsonPath, Obj][] {
  const out: [JsonPath, Obj][] = [];
  const list = arrayAt(objectAt(app, 'tabBar'), 'list');
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (isObject(item)) out.push([['tabBar', 'list', i], item]);
  }
  return out;
}

/** The value at a JSON path, or undefined. */
export function valueAt(root: unknown, path: JsonPath): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (typeof key === 'number') v = Array.isArray(v) ? v[key] : undefined;
    else v = isObject(v) ? v[key] : undefined;
  }
  return v;
}
