import { findNodeAtLocation, type Node } from 'jsonc-parser';
import type { JsonPath } from '../diagnostics.js';

/** Offsets at which each line starts. */
export type LineIndex = number[];

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  if (!text.includes('\r')) {
    // The usual case: let the native search find each newline.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line and column of an offset. */
export function positionAt(lines: LineIndex, offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (lines[lo] ?? 0) + 1 };
}

export type Anchor = 'value' | 'key';

/**
 * Finds the text offset for a JSON path: the value node by default, the key for `anchor: 'key'`
 * (unknown or duplicate keys). A path that does not exist (a missing key) falls back to its
 * nearest existing ancestor.
 */
export function offsetOfPath(root: Node | undefined, path: JsonPath, anchor: Anchor = 'value'): number {
  if (!root) return 0;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth));
    if (!node) continue;
    if (anchor === 'key' && depth === path.length && node.parent?.type === 'property') {
      return node.parent.children?.[0]?.offset ?? node.offset;
    }
    return node.offset;
  }
  return root.offset;
}
