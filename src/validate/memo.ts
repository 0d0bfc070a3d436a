/**
 * Memoisation scoped to one validation run. Many rules derive the same view of a file (every page,
 * every subpackage); within a run the value cannot change, so each view is computed once. Outside a
 * run nothing is cached, so a caller that mutates a value between two validations is never served
 * a stale view. Validation is synchronous, so one module-level scope is enough.
 *
 * The scope is a plain Map: it lives for one run only and is dropped with it, so it holds nothing
 * for long, and a Map is cheaper to create and to collect than a WeakMap (validations are ~10 µs).
 */
let scope: Map<object, Map<unknown, unknown>> | undefined;

/** Runs `fn` with a fresh memo scope (nested scopes are independent). */
export function withMemo<T>(fn: () => T): T {
  const outer = scope;
  scope = new Map();
  try {
    return fn();
  } finally {
    scope = outer;
  }
}

/** `compute(subject)` once per subject and `kind` within the current scope; uncached outside one. */
export function memo<S extends object, V>(kind: unknown, subject: S, compute: (subject: S) => V): V {
  if (!scope || typeof subject !== 'object' || subject === null) return compute(subject);
  let bySubject = scope.get(subject);
  if (!bySubject) {
    bySubject = new Map();
    scope.set(subject, bySubject);
  }
  if (bySubject.has(kind)) return bySubject.get(kind) as V;
  const value = compute(subject);
  bySubject.set(kind, value);
  return value;
}
