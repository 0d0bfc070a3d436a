/**
 * Where a `usingComponents` path leads, following WeChat's lookup: `plugin://` is skipped, `/x` is
 * from the code root, `./x` and `../x` from the referencing file, and a bare `x` is tried relative
 * first and then in `miniprogram_npm` of each folder up to the code root. `resolveAlias` applies
 * first. A path naming a folder falls back to `folder/index`.
 */
import path from 'node:path';
import { joinInside } from './project-fs.js';

export type Resolution =
  | { kind: 'plugin' }
  | { kind: 'outside' }
  | { kind: 'candidates'; bases: string[] };

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
export function componentCandidates(request: string, fromDir: string): Resolution {
  if (/^plugin(-private)?:\/\//.test(request)) return { kind: 'plugin' };
  const bases: string[] = [];
  const push = (base: string | undefined) => {
    if (base !== undefined && base !== '') bases.push(base, joinInside(base, 'index')!);
  };
  if (request.startsWith('/')) {
    push(joinInside(request));
  } else if (request.startsWith('./') || request.startsWith('../')) {
    const inside = joinInside(fromDir, request);
    if (inside === undefined) return { kind: 'outside' };
    push(inside);
  } else {
    push(joinInside(fromDir, request));
    for (let dir: string | undefined = fromDir; dir !== undefined; dir = parentOf(dir)) {
      push(joinInside(dir, 'miniprogram_npm', request));
    }
  }
  return bases.length ? { kind: 'candidates', bases: [...new Set(bases)] } : { kind: 'outside' };
}

function parentOf(dir: string): string | undefined {
  if (dir === '') return undefined;
  const parent = path.posix.dirname(dir);
  return parent === '.' ? '' : parent;
}
