/** The order diagnostics are shown in: by file, then position, then code (stable across runs). */
import type { Diagnostic } from '../diagnostics.js';

export function byPlace(a: Diagnostic, b: Diagnostic): number {
  return compare(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compare(a.code, b.code);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
