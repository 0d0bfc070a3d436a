/**
 * The app.json schema against WeChat's own verdicts on 69 real app.json files (fixtures copied from
 * the shared corpus, verdicts from WeChat's validator, miniprogram-ci 2.1.42). Only what the schema
 * engine reports is judged here; cross-field rules have their own verdict test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateAppJson } from '../src/app/validate.js';
import type { Diagnostic } from '../src/diagnostics.js';

const DIR = fileURLToPath(new URL('./fixtures/corpus/app/', import.meta.url));

interface Verdict { fixture: string; verdict: 'ok' | 'error'; message: string; warning: string }

const verdicts: Verdict[] = readFileSync(`${DIR}verdicts.tsv`, 'utf8').trim().split('\n').slice(1).map((line) => {
  const [fixture = '', verdict = '', message = '', warning = ''] = line.split('\t');
  return { fixture, verdict: verdict as Verdict['verdict'], message, warning };
});

const SCHEMA_CODES = new Set(['invalid-type', 'invalid-value', 'missing-key', 'invalid-color', 'invalid-format', 'too-small', 'too-big', 'theme-variable-not-allowed']);
const isSchemaError = (d: Diagnostic) => d.severity === 'error' && (SCHEMA_CODES.has(d.code) || d.code.startsWith('json-'));

/*
 * Keys WeChat warns about although we know them: its checker lags the documentation (or, for $schema,
 * the key is ours for editors). Each entry: WeChat's warned path, and why we accept it.
 */
const WECHAT_LAGS: Record<string, string> = {
  'rendererOptions.skyline.tagNameStyleIsolation': 'Skyline option documented from base library 3.6.0',
  'rendererOptions.skyline.enableScrollViewAutoSize': 'Skyline option documented from base library 3.7.2',
  'rendererOptions.skyline.keyframeStyleIsolation': 'Skyline option documented from base library 3.8.0',
  supportedMaterials: 'documented app.json key (base library 2.14.3) missing from WeChat\'s schema',
  navigateToMiniProgramAppIdList: 'legacy key: we report it through its deprecation instead of as a typo',
  $schema: 'editor-only key this package documents',
};

function read(fixture: string): { text: string; theme?: { light: Record<string, string>; dark: Record<string, string> } } {
  const text = readFileSync(DIR + fixture, 'utf8');
  const themeFile = DIR + fixture.replace(/\.json$/, '__theme.json');
  return existsSync(themeFile) ? { text, theme: JSON.parse(readFileSync(themeFile, 'utf8')) } : { text };
}

/** WeChat's "invalid app.json a.b["c"]、app.json ["d"]" warnings as dotted paths: a.b.c, d. */
function wechatUnknownKeys(warning: string): string[] {
  return [...warning.matchAll(/app\.json (\S*?)\["([^"]+)"\]/g)].map(([, prefix = '', key = '']) => {
    const base = prefix.replace(/\[(\d+)\]/g, '.$1');
    return base ? `${base}.${key}` : key;
  });
}

/** The path of a structural error in WeChat's message ("x.y field needs to be …", "x.y should not be empty"). */
function wechatStructuralPath(message: string): string | undefined {
  return /^app\.json: (\S+) (?:field needs to be|should not be empty)/.exec(message)?.[1];
}

describe('corpus: app.json files WeChat accepts', () => {
  const accepted = verdicts.filter((v) => v.verdict === 'ok');

  it('covers the corpus', () => {
    expect(verdicts).toHaveLength(69);
    expect(accepted).toHaveLength(60);
  });

  it.each(accepted.map((v) => [v.fixture, v] as const))('%s: no schema error', (_name, v) => {
    const { text, theme } = read(v.fixture);
    const result = validateAppJson(text, theme ? { theme } : {});
    expect(result.diagnostics.filter(isSchemaError)).toEqual([]);
  });

  it.each(accepted.filter((v) => v.warning.includes('invalid app.json')).map((v) => [v.fixture, v] as const))(
    '%s: every key WeChat warns about is one of our unknown-key warnings',
    (_name, v) => {
      const ours = validateAppJson(read(v.fixture).text).diagnostics
        .filter((d) => d.severity === 'warning' && d.code === 'unknown-key')
        .map((d) => d.path.join('.'));
      const warned = wechatUnknownKeys(v.warning);
      expect(warned.length).toBeGreaterThan(0);
      for (const path of warned.filter((p) => !(p in WECHAT_LAGS))) expect(ours).toContain(path);
    },
  );

  it.each(accepted.map((v) => [v.fixture, v] as const))('%s: WeChat warns about every key we warn about', (_name, v) => {
    // Inside useExtendedLib and enablePassiveEvent we know the documented keys only, while WeChat takes any
    // key there; no corpus file relies on that, so on the corpus both warn about the same keys.
    const warned = new Set(wechatUnknownKeys(v.warning));
    const ours = validateAppJson(read(v.fixture).text).diagnostics.filter((d) => d.code === 'unknown-key').map((d) => d.path.join('.'));
    expect(ours.filter((path) => !warned.has(path))).toEqual([]);
  });

  it('accepts silently, as documented keys, every key WeChat warns about only because it lags', () => {
    const lagging = accepted.flatMap((v) => wechatUnknownKeys(v.warning).filter((p) => p in WECHAT_LAGS).map((p) => [v.fixture, p] as const));
    expect(lagging.length).toBeGreaterThan(0);
    for (const [fixture, path] of lagging) {
      const ours = validateAppJson(read(fixture).text).diagnostics.map((d) => d.path.join('.'));
      expect(ours, `${fixture}: ${path}`).not.toContain(path);
    }
  });
});

describe('corpus: app.json files WeChat rejects', () => {
  const rejected = verdicts.filter((v) => v.verdict === 'error');
  const structural = rejected.filter((v) => wechatStructuralPath(v.message));
  const syntax = rejected.filter((v) => /Expecting /.test(v.message));

  it('has structural and syntax rejections to check', () => {
    expect(rejected).toHaveLength(9);
    expect(structural).toHaveLength(3);
    expect(syntax).toHaveLength(4);
  });

  it.each(structural.map((v) => [v.fixture, v] as const))('%s: an error at the path WeChat names', (_name, v) => {
    const path = wechatStructuralPath(v.message);
    const result = validateAppJson(read(v.fixture).text);
    expect(result.valid).toBe(false);
    expect(result.diagnostics.filter(isSchemaError).map((d) => d.path.join('.'))).toContain(path);
  });

  it.each(syntax.map((v) => [v.fixture, v] as const))('%s: a JSON syntax error', (_name, v) => {
    const result = validateAppJson(read(v.fixture).text);
    expect(result.valid).toBe(false);
    expect(result.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('json-'))).toBe(true);
  });
});
