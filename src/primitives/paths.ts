/**
 * Paths as config files write them (`pages/index/index`, `./pkg/`, `/components/card`): POSIX
 * separators, relative to the code root. Every function runs in linear time on hostile input: loops,
 * or regular expressions anchored at the start, never one anchored only at the end (that retries from
 * every position of a long run and takes quadratic time). No `node:path`: rules run in browsers too.
 */

const SLASH = 47, DOT = 46;

/** `a\b` → `a/b`. */
export function toSlashes(value: string): string {
  return value.includes('\\') ? value.replaceAll('\\', '/') : value;
}

/** `value` without its leading slashes. */
export function trimLeadingSlashes(value: string): string {
  let start = 0;
  while (start < value.length && value.charCodeAt(start) === SLASH) start++;
  return value.slice(start);
}

/** `value` without its trailing slashes. */
export function trimTrailingSlashes(value: string): string {
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) === SLASH) end--;
  return value.slice(0, end);
}

/** `value` without any leading run of `/` and `./` (`././a` → `a`, `/a` → `a`). */
export function trimLeadingDotSlashes(value: string): string {
  let start = 0;
  for (;;) {
    if (value.charCodeAt(start) === SLASH) start++;
    else if (value.charCodeAt(start) === DOT && value.charCodeAt(start + 1) === SLASH) start += 2;
    else return value.slice(start);
  }
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

/** `a/./b//c/../d` → `a/b/d`: the way WeChat compares page paths and subpackage roots. */
export function normalizeFile(path: string): string {
  // Fast path for the usual case: no empty, `.` or `..` segment means nothing to normalise.
  return isAlreadyNormal(path) ? path : normalizeSegments(path);
}

/** The segment-by-segment definition behind `normalizeFile` (a `..` above the start is kept). */
export function normalizeSegments(path: string): string {
  return resolveSegments(path, true).join('/');
}

/** `a/./b//c/` → `a/b/c/`: a folder path with exactly one trailing slash (WeChat's `normalizePath(root + '/')`). */
export function normalizeDir(dir: string): string {
  const joined = normalizeFile(dir);
  return joined === '' ? '' : `${joined}/`;
}

/** The segments of `path` with `.` and empty ones dropped and `..` applied; `keepAbove` keeps a `..` with nothing to undo. */
function resolveSegments(path: string, keepAbove: boolean): string[] {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (part !== '..' || keepAbove) parts.push(part);
  }
  return parts;
}

/** Backslashes, empty segments, `.` and `..` segments, or a trailing slash. */
export const NEEDS_NORMALIZING = /\\|\/\/|(?:^|\/)\.\.?(?:\/|$)|\/$/;

/**
 * Joins path segments of a config file (`\` read as `/`) and resolves `.` and `..`, as POSIX join and
 * normalize do, without leading slashes (a trailing one is kept); `undefined` when the result leaves the root.
 */
export function joinInside(...parts: string[]): string | undefined {
  const joined = parts.length === 1 ? parts[0]! : parts.filter((part) => part !== '').join('/');
  // A check joins thousands of paths that are already clean; only the others need normalizing.
  return NEEDS_NORMALIZING.test(joined) ? normalizeInside(joined) : trimLeadingSlashes(joined);
}

/** The general case of {@link joinInside}. */
export function normalizeInside(joined: string): string | undefined {
  const clean = trimLeadingSlashes(posixNormalize(toSlashes(joined)));
  if (clean === '..' || clean.startsWith('../')) return undefined;
  return clean === '.' ? '' : clean;
}

/** Node's `path.posix.normalize`: above the root of an absolute path is the root. */
function posixNormalize(path: string): string {
  if (path === '') return '.';
  const absolute = path.charCodeAt(0) === SLASH;
  const trailing = path.charCodeAt(path.length - 1) === SLASH;
  const body = resolveSegments(path, !absolute).join('/');
  if (body === '') return absolute ? '/' : trailing ? './' : '.';
  return `${absolute ? '/' : ''}${body}${trailing ? '/' : ''}`;
}

/** `path` is `folder` or below it (`folder` without trailing slash; '' holds everything). */
export function isInsideFolder(path: string, folder: string): boolean {
  return path.startsWith(folder) && (path.length === folder.length || folder === '' || path.charCodeAt(folder.length) === SLASH);
}
