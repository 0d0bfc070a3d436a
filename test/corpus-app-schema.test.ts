/**
 * The app.json schema against WeChat's own verdicts on 69 real app.json files (fixtures copied from
 * the shared corpus, verdicts from WeChat's validator, miniprogram-ci 2.1.42). Only what the schema
 * engine reports is judged here; cross-field rules have their own verdict test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateAppJson } from '../src/app/validate.js';
import { isSchemaError, pathKey, readVerdicts, WECHAT_LAGS, wechatStructuralPath, wechatUnknownKeys } from './wechat-verdicts.js';

const DIR = fileURLToPath(new URL('./fixtures/corpus/app/', import.meta.url));
const verdicts = readVerdicts(DIR);

function read(fixture: string): { text: string; theme?: { light: Record<string, string>; dark: Record<string, string> } } {
  const text = readFileSync(DIR + fixture, 'utf8');
  const themeFile = DIR + fixture.replace(/\.json$/, '__theme.json');
  return existsSync(themeFile) ? { text, theme: JSON.parse(readFileSync(themeFile, 'utf8')) } : { text };
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
  const structural = rejected.filter((v) => wechatStructuralPath(v.message, undefined));
  const syntax = rejected.filter((v) => /Expecting /.test(v.message));

  it('has structural and syntax rejections to check', () => {
    expect(rejected).toHaveLength(9);
    expect(structural).toHaveLength(3);
    expect(syntax).toHaveLength(4);
  });

  it.each(structural.map((v) => [v.fixture, v] as const))('%s: an error at the path WeChat names', (_name, v) => {
    const { text } = read(v.fixture);
    const path = wechatStructuralPath(v.message, JSON.parse(text)) ?? [];
    const result = validateAppJson(text);
    expect(result.valid).toBe(false);
    expect(result.diagnostics.filter(isSchemaError).map((d) => pathKey(d.path))).toContain(pathKey(path));
  });

  it.each(syntax.map((v) => [v.fixture, v] as const))('%s: a JSON syntax error', (_name, v) => {
    const result = validateAppJson(read(v.fixture).text);
    expect(result.valid).toBe(false);
    expect(result.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('json-'))).toBe(true);
  });
});
