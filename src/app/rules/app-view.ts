/**
 * app.json as the cross-field rules read it: the model of `primitives/app-model.ts`, built once per validation
 * (the memo scope of the run), so rules reading the same lists share one pass over them.
 */
import type { JsonPath } from '../../diagnostics.js';
import type { AppJson } from '../../types.js';
import { type AppModel, appModel, isObject, type Obj, type PageRef, type SubpackageRef } from '../../primitives/app-model.js';
import { memo } from '../../validate/memo.js';

export { arrayAt, isObject, objectAt, type Obj, type PageRef, stringAt, stringsAt, type SubpackageRef } from '../../primitives/app-model.js';
export { normalizeDir, normalizeFile, normalizeSegments, trimTrailingSlashes } from '../../primitives/paths.js';

export const asObj = (app: AppJson): Obj => app as unknown as Obj;

/** The model of `app`, shared by every rule of one validation run. */
export function modelOf(app: AppJson): AppModel {
  return memo(modelOf, app, appModel);
}

/** The subpackages WeChat uses (`subpackages` wins over `subPackages`). */
export const subpackagesOf = (app: AppJson): readonly SubpackageRef[] => modelOf(app).subpackages;

/** Whether app.json has a subpackages (or subPackages) array, empty or not. */
export const hasSubpackageList = (app: AppJson): boolean => modelOf(app).hasSubpackageList;

/** Every declared page: main package first, then each subpackage's pages joined to its root. */
export const allPages = (app: AppJson): readonly PageRef[] => modelOf(app).pages;

/** The set of every declared page, for membership tests. */
export const pageSet = (app: AppJson): ReadonlySet<string> => modelOf(app).pageSet;

/** How many pages `allPages` lists (repeats included), without building it. */
export const pageCount = (app: AppJson): number => modelOf(app).pageCount;

/** `[path, item]` for each object in `tabBar.list`. Shared within a run: callers must not modify it. */
export const tabItems = (app: AppJson): readonly (readonly [JsonPath, Obj])[] => modelOf(app).tabItems;

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

/** The value at a JSON path, or undefined. */
export function valueAt(root: unknown, path: JsonPath): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (typeof key === 'number') v = Array.isArray(v) ? v[key] : undefined;
    else v = isObject(v) ? v[key] : undefined;
  }
  return v;
}
