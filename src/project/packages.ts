/**
 * Which package (main or a subpackage) a file belongs to, and whether a component may be used
 * across packages. WeChat's rules: a page or component may use components of its own package; a
 * normal subpackage may also use the main package; an independent subpackage only its own; anything
 * else needs a `componentPlaceholder` for the tag (the component is then loaded asynchronously).
 */
import type { JsonFile } from './json-file.js';
import { joinInside } from './project-fs.js';

export interface PackageInfo {
  /** Code-root relative root without trailing slash; '' for the main package. */
  root: string;
  independent: boolean;
}

export const MAIN_PACKAGE: PackageInfo = { root: '', independent: false };

export function listSubpackages(app: JsonFile): PackageInfo[] {
  const value = app.objectAt([]) ?? {};
  const out: PackageInfo[] = [];
  for (const list of [value.subpackages, value.subPackages]) {
    if (!Array.isArray(list)) continue;
    for (const pkg of list as Array<Record<string, unknown> | null>) {
      const root = typeof pkg?.root === 'string' ? joinInside(pkg.root.trim()) : undefined;
      if (root) out.push({ root, independent: pkg?.independent === true });
    }
  }
  return out;
}

/** The package of a code-root relative path: the subpackage whose root holds it, else main. */
export function packageOf(codePath: string, subpackages: readonly PackageInfo[]): PackageInfo {
  let best = MAIN_PACKAGE;
  for (const pkg of subpackages) {
    if ((codePath === pkg.root || codePath.startsWith(`${pkg.root}/`)) && pkg.root.length > best.root.length) best = pkg;
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
