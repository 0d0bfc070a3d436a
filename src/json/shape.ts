/**
 * Non-recursive walks over JSON text and values. The positional parser, zod's error formatting and
 * `JSON.stringify` all recurse, so hostile nesting (or a cyclic value) must be caught before them.
 */
import type { JsonPath } from '../diagnostics.js';

/**
 * Deepest nesting the validators accept. No WeChat config nests deeper than a handful of levels;
 * beyond this the recursive helpers could overflow the stack, so the file is reported and not checked.
 */
export const MAX_DEPTH = 512;

export interface ValueShape {
  /** Number of object keys, at every level. */
  keys: number;
  /** Set when some container sits deeper than `MAX_DEPTH` (a cyclic value always does). */
  tooDeep: boolean;
}

/** Counts keys and detects excessive nesting in one pass, without recursion. */
export function measureValue(root: unknown, maxDepth = MAX_DEPTH): ValueShape {
  let keys = 0;
  const values: unknown[] = [root];
  const depths: number[] = [1];
  // Index loops, and only containers on the stack: this runs on every file and must stay cheap.
  while (values.length > 0) {
    const value = values.pop() as Record<string | number, unknown>;
    const depth = depths.pop() as number;
    if (value === null || typeof value !== 'object') continue;
    if (depth > maxDepth) return { keys, tooDeep: true };
    const children = Array.isArray(value) ? undefined : Object.keys(value);
    const count = children ? children.length : (value as unknown as unknown[]).length;
    if (children) keys += count;
    for (let i = 0; i < count; i++) {
      const child = value[children ? (children[i] as string) : i];
      if (child !== null && typeof child === 'object') {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return { keys, tooDeep: false };
}

/** Path to the first container nested deeper than `maxDepth`, or `undefined`. */
export function pathBeyondDepth(root: unknown, maxDepth = MAX_DEPTH): JsonPath | undefined {
  if (root === null || typeof root !== 'object') return undefined;
  const frames: Array<{ value: object; keys: (string | number)[]; next: number }> = [];
  const path: JsonPath = [];
  const enter = (value: object) => {
    frames.push({ value, keys: Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value), next: 0 });
  };
  enter(root);
  while (frames.length > 0) {
    if (frames.length > maxDepth) return path;
    const frame = frames[frames.length - 1] as (typeof frames)[number];
    if (frame.next >= frame.keys.length) {
      frames.pop();
      path.pop();
      continue;
    }
    const key = frame.keys[frame.next++] as string | number;
    const child = (frame.value as Record<string | number, unknown>)[key];
    if (child !== null && typeof child === 'object') {
      path.push(key);
      enter(child);
    }
  }
  return undefined;
}

/** Offset of the first `{` or `[` (outside strings) that opens a level deeper than `maxDepth`, or -1. */
export function offsetBeyondDepth(text: string, maxDepth = MAX_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > maxDepth) return i;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return -1;
}

/**
 * Where reading `root` as plain data throws (a getter, a Proxy trap) and what it threw, or undefined.
 * Called only after a check threw on a caller's value, to tell the caller which part of it is to blame.
 */
export function unreadableAt(root: object, maxDepth = MAX_DEPTH): { path: JsonPath; cause: unknown } | undefined {
  const pending: Array<{ value: unknown; path: JsonPath }> = [{ value: root, path: [] }];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const { value, path } = pending.pop() as { value: unknown; path: JsonPath };
    let keys: (string | number)[];
    try {
      if (value === null || typeof value !== 'object' || seen.has(value) || path.length >= maxDepth) continue;
      seen.add(value);
      keys = Array.isArray(value) ? Array.from({ length: value.length }, (_, i) => i) : Object.keys(value);
    } catch (cause) {
      return { path, cause };
    }
    for (const key of keys) {
      const childPath = [...path, key];
      try {
        pending.push({ value: (value as Record<string | number, unknown>)[key], path: childPath });
      } catch (cause) {
        return { path: childPath, cause };
      }
    }
  }
  return undefined;
}
