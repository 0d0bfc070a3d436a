/**
 * Which package (main or a subpackage) a file belongs to, and whether a component may be used
 * across packages. WeChat's rules: a page or component may use components of its own package; a
 * normal subpackage may also use the main package; an independent subpackage only its own; anything
 * else needs a `componentPlaceholder` for the tag (the component is then loaded asynchronously).
 */
import { appModel } from '../primitives/app-model.js';
import type { JsonFile } from './json-file.js';
import { isInsideFolder, joinInside } from '../primitives/paths.js';

export interface PackageInfo {
  /** Code-root relative root without trailing slash; '' for the main package. */
  root: string;
  independent: boolean;
}

export const MAIN_PACKAGE: PackageInfo = { root: '', independent: false };

export interface SubpackageEntry {
  /** Where it is in app.json: `['subpackages', 2]` (or the `subPackages` spelling). */
  path: [string, number];
  value: Record<string, unknown>;
}

/**
 * The subpackage objects WeChat uses: read by the app.json model, so `subpackages` wins when
 * both spellings are present (the other list is ignored, and the rule `subpackages-both-spellings` says so).
 */
export function subpackageEntries(app: JsonFile): SubpackageEntry[] {
  const value = app.objectAt([]);
  if (!value) return [];
  return appModel(value).subpackages.map((ref) => ({ path: [ref.key, ref.index], value: ref.item }));
}

export function listSubpackages(app: JsonFile): PackageInfo[] {
  const out: PackageInfo[] = [];
  for (const { value } of subpackageEntries(app)) {
    const root = typeof value.root === 'string' ? joinInside(value.root.trim()) : undefined;
    if (root) out.push({ root, independent: value.independent === true });
  }
  return out;
}

/** The package of a code-root relative path: the subpackage whose root holds it, else main. */
export function packageOf(codePath: string, subpackages: readonly PackageInfo[]): PackageInfo {
  let best = MAIN_PACKAGE;
  for (const pkg of subpackages) {
    if (pkg.root.length > best.root.length && isInsideFolder(codePath, pkg.root)) best = pkg;
  }
  return best;
}

/** Whether a file of package `from` may use a component of package `to` without a placeholder. */
export function mayUse(from: PackageInfo, to: PackageInfo): boolean {
  if (from.root === to.root) return true;
  return to === MAIN_PACKAGE && !from.independent;
}

export function packageName(pkg: PackageInfo): string {
  return pkg.root === '' ? '__APP__' : pkg.root;
}
