/**
 * Where a `usingComponents` path leads, following WeChat's compile (miniprogram-ci 2.1.42:
 * `innerCheckComponentPath` in corecompiler/original/json/common.js checks a path exists;
 * `AppConf.loadComp` in corecompiler/summer/graph/appconf.js then loads it, resolved from the
 * referencing file). `plugin://` and extended-library paths (`useExtendedLib`) are skipped; `/x` is from
 * the code root; a path starting with `.` is loaded from the referencing file (for `../x` the existence
 * check first tries `x` from the code root, but only to choose between `x` and `x/index`: the compile
 * still loads the relative path); a bare `x` from the referencing file, then in `miniprogram_npm` of each
 * folder up to the code root. `resolveAlias` applies first. Every candidate falls back to `candidate/index`.
 */
import path from 'node:path';
import { joinInside } from '../primitives/paths.js';

export type Resolution =
  | { kind: 'skipped' }
  | { kind: 'outside' }
  | { kind: 'candidates'; bases: string[] }
  | {
      kind: 'relative';
      /** The path from the referencing file's folder; `undefined` when it leaves the code root. */
      relative: string | undefined;
      /** For `../x`: `x` from the code root, where WeChat's existence check looks first. */
      fromRoot?: string;
    };

/** npm packages each `useExtendedLib` key provides (WeChat serves them; they are not in the project). */
const EXTENDED_LIB_PACKAGES: Record<string, string[]> = {
  weui: ['weui-miniprogram'],
  kbone: ['miniprogram-element', 'miniprogram-render'],
};

/** Packages provided by the `useExtendedLib` objects given (app.json's and its subpackages'). */
export function extendedLibPackages(...settings: unknown[]): string[] {
  const packages = new Set<string>();
  for (const setting of settings) {
    if (setting === null || typeof setting !== 'object' || Array.isArray(setting)) continue;
    for (const [lib, enabled] of Object.entries(setting)) {
      if (enabled) for (const pkg of EXTENDED_LIB_PACKAGES[lib] ?? []) packages.add(pkg);
    }
  }
  return [...packages];
}

/** Applies app.json `resolveAlias` (keys and values end with `/*`; the longest key wins). */
export function applyAlias(request: string, aliases: Record<string, unknown> | undefined): string {
  if (!aliases) return request;
  let best: { prefix: string; target: string } | undefined;
  for (const [key, target] of Object.entries(aliases)) {
    if (!key.endsWith('/*') || typeof target !== 'string' || !target.endsWith('/*')) continue;
    const prefix = key.slice(0, -1);
    if (request.startsWith(prefix) && (!best || prefix.length > best.prefix.length)) best = { prefix, target: target.slice(0, -1) };
  }
  if (!best) return request;
  const rewritten = best.target + request.slice(best.prefix.length);
  return rewritten.startsWith('/') ? rewritten : `/${rewritten}`;
}

/**
 * Component bases (code-root relative, without extension) to try, in order. `fromDir` is the folder
 * of the referencing json, relative to the code root.
 */
export function componentCandidates(request: string, fromDir: string, extendedLibs: readonly string[] = []): Resolution {
  if (/^plugin(-private)?:\/\//.test(request) || isExtendedLib(request, extendedLibs)) return { kind: 'skipped' };
  const bases: string[] = [];
  const push = (base: string | undefined) => {
    if (base !== undefined && base !== '') bases.push(...withIndex(base));
  };
  if (request.startsWith('/')) {
    push(joinInside(request));
  } else if (request.startsWith('.')) {
    const fromRoot = request.startsWith('../') ? joinInside(request.replace(/^(\.\.\/)+/, '')) : undefined;
    return { kind: 'relative', relative: joinInside(fromDir, request), ...(fromRoot ? { fromRoot } : {}) };
  } else {
    push(joinInside(fromDir, request));
    for (let dir: string | undefined = fromDir; dir !== undefined; dir = parentOf(dir)) {
      push(joinInside(dir, 'miniprogram_npm', request));
    }
  }
  return bases.length ? { kind: 'candidates', bases: [...new Set(bases)] } : { kind: 'outside' };
}

/** A base and its `index` fallback, in WeChat's order. */
export function withIndex(base: string): string[] {
  return [base, joinInside(base, 'index')!];
}

function isExtendedLib(request: string, packages: readonly string[]): boolean {
  const bare = request.replace(/^\/miniprogram_npm\//, '');
  return packages.some((pkg) => bare === pkg || bare.startsWith(`${pkg}/`));
}

function parentOf(dir: string): string | undefined {
  if (dir === '') return undefined;
  const parent = path.posix.dirname(dir);
  return parent === '.' ? '' : parent;
}
