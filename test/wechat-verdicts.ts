/** Reading WeChat's validator verdicts (verdicts.tsv beside app.json fixtures) and the paths its messages name. */
import { readFileSync } from 'node:fs';
import type { Diagnostic, JsonPath } from '../src/diagnostics.js';

export interface Verdict { fixture: string; verdict: 'ok' | 'error'; message: string; warning: string }

export function readVerdicts(dir: string): Verdict[] {
  return readFileSync(`${dir}verdicts.tsv`, 'utf8').trim().split('\n').slice(1).map((line) => {
    const [fixture = '', verdict = '', message = '', warning = ''] = line.split('\t');
    return { fixture, verdict: verdict as Verdict['verdict'], message, warning };
  });
}

/*
 * Keys WeChat warns about although we know them: its checker (miniprogram-ci 2.1.42) lags the
 * documentation, or the key is ours for editors. WeChat's warned path → why we accept it.
 */
export const WECHAT_LAGS: Record<string, string> = {
  'rendererOptions.skyline.tagNameStyleIsolation': 'Skyline option documented from base library 3.6.0',
  'rendererOptions.skyline.enableScrollViewAutoSize': 'Skyline option documented from base library 3.7.2',
  'rendererOptions.skyline.keyframeStyleIsolation': 'Skyline option documented from base library 3.8.0',
  supportedMaterials: 'documented app.json key (base library 2.14.3) missing from WeChat\'s schema',
  convertRpxToVw: 'documented app.json key (base library 3.3.0) missing from WeChat\'s schema',
  navigateToMiniProgramAppIdList: 'legacy key: we report it through its deprecation instead of as a typo',
  'mini-wechat': 'platform override named by the condition-compile guide',
  'mini-ohos': 'HarmonyOS platform override named by the condition-compile guide',
  $schema: 'editor-only key this package documents',
};

/** Codes the schema engine produces (cross-field rules add others). */
const SCHEMA_CODES = new Set(['invalid-type', 'invalid-value', 'missing-key', 'invalid-color', 'invalid-format', 'too-small', 'too-big', 'theme-variable-not-allowed']);
export const isSchemaError = (d: Diagnostic) => d.severity === 'error' && (SCHEMA_CODES.has(d.code) || d.code.startsWith('json-'));

/** A path in WeChat's notation (`a.b[0]["c.d"]`, `appJSON["x"]`) as a key list. */
export function wechatPath(text: string): string[] {
  const tokens = [...text.matchAll(/\["([^"]+)"\]|\[(\d+)\]|([^.[\]]+)/g)].map(([, quoted, index, plain]) => quoted ?? index ?? plain ?? '');
  return tokens[0] === 'appJSON' ? tokens.slice(1) : tokens;
}

/** Keys WeChat's warning "invalid app.json a.b["c"]、app.json ["d"]" calls unknown, as dotted paths. */
export function wechatUnknownKeys(warning: string): string[] {
  return [...warning.matchAll(/app\.json (\S*?)\["([^"]+)"\]/g)].map(([, prefix = '', key = '']) => [...wechatPath(prefix), key].join('.'));
}

/** The path of a structural error (wrong type, value outside an enum, missing key) in WeChat's message. */
export function wechatStructuralPath(message: string, value: unknown): string[] | undefined {
  const found = /^app\.json: (\S+) (field needs to be|should not be empty)/.exec(message);
  if (!found?.[1]) return undefined;
  const path = wechatPath(found[1]);
  // A `const` mismatch reads "style.v2 should not be empty": the last segment is the expected value.
  const parent = path.slice(0, -1);
  return found[2] === 'should not be empty' && typeof valueAt(value, parent) === 'string' ? parent : path;
}

export const pathKey = (path: JsonPath | string[]) => path.map(String).join('.');

function valueAt(root: unknown, path: readonly string[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
