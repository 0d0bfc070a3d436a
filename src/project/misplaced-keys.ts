/**
 * Keys written in the wrong kind of file: app-only keys in a page json, page-only keys in a component
 * json. WeChat ignores them silently, so the schema's generic "unknown key" warning is replaced by one
 * that says where the key belongs. The key sets come from the schemas themselves.
 */
import { appJsonSchema } from '../app/index.js';
import { componentJsonSchema } from '../component/index.js';
import type { Diagnostic, JsonPath } from '../diagnostics.js';
import type { Locale } from '../meta.js';
import { pageJsonSchema } from '../page/index.js';
import { knownKeys } from '../validate/schema-walk.js';
import { projectMessage, projectSeverity } from './messages.js';

type Position = (path: JsonPath, anchor: 'key') => { line: number; column: number };

let appOnly: Set<string> | undefined;
let pageOnly: Set<string> | undefined;

function difference(keys: string[], minus: string[]): Set<string> {
  const removed = new Set(minus);
  return new Set(keys.filter((key) => !removed.has(key)));
}

/** Platform overrides (`mini-wechat`, `mini-ios`…) exist at both levels under varying names: never "app-only". */
const PLATFORM_OVERRIDE = /^mini-/;

export function appOnlyKeys(): Set<string> {
  return (appOnly ??= difference(knownKeys(appJsonSchema).filter((key) => !PLATFORM_OVERRIDE.test(key)), knownKeys(pageJsonSchema)));
}

export function pageOnlyKeys(): Set<string> {
  return (pageOnly ??= difference(knownKeys(pageJsonSchema), knownKeys(componentJsonSchema)));
}

/** Rewrites the validator's diagnostics of a page or component file so misplaced keys get their own code. */
export function relocateMisplacedKeys(
  kind: 'page' | 'component',
  value: unknown,
  diagnostics: Diagnostic[],
  options: { locale: Locale; file: string; position: Position },
): Diagnostic[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return diagnostics;
  const misplaced = kind === 'page' ? appOnlyKeys() : pageOnlyKeys();
  const code = kind === 'page' ? 'app-key-in-page' : 'page-key-in-component';
  const keys = Object.keys(value).filter((key) => misplaced.has(key));
  if (keys.length === 0) return diagnostics;
  const moved = new Set(keys);
  const kept = diagnostics.filter((d) => !(d.path.length >= 1 && moved.has(String(d.path[0]))));
  for (const key of keys) {
    kept.push({
      severity: projectSeverity(code), code, path: [key],
      message: projectMessage(options.locale, code, { key }),
      file: options.file, ...options.position([key], 'key'),
    });
  }
  return kept;
}
