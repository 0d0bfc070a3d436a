/**
 * Small hand-made app.json files, one question each, with WeChat's own verdict on them (its validator,
 * miniprogram-ci 2.1.42, run through /work/shared/tools/official-oracle). They pin down the severity
 * model: what WeChat rejects for type, enum or a missing key is our error at the same path; what it
 * accepts has no schema error; the keys it calls unknown are our unknown-key warnings.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateAppJson } from '../src/app/validate.js';
import { isSchemaError, pathKey, readVerdicts, WECHAT_LAGS, wechatStructuralPath, wechatUnknownKeys } from './wechat-verdicts.js';

const DIR = fileURLToPath(new URL('./fixtures/app-probes/', import.meta.url));
const probes = readVerdicts(DIR).map((v) => ({ ...v, value: JSON.parse(readFileSync(DIR + v.fixture, 'utf8')) as Record<string, unknown> }));

/*
 * Documented keys WeChat's schema does not know: it builds whatever they hold, so a value against the
 * docs is a warning here (it used to be an error: stricter than WeChat, a false error in CI).
 */
const DOCUMENTED_KEYS_WECHAT_LACKS = ['convert.json', 'supmat_str.json', 'ro_skyline_enum.json'];

/* WeChat takes any key inside these objects; we know the documented ones and warn about others. */
const OUR_EXTRA_WARNINGS = new Set(['useExtendedLib.foo', 'enablePassiveEvent.foo']);

describe('app.json probes: WeChat\'s verdict and ours', () => {
  it('has probes of every kind', () => {
    expect(probes.filter((p) => p.verdict === 'ok').length).toBeGreaterThan(20);
    expect(probes.filter((p) => wechatStructuralPath(p.message, p.value)).length).toBeGreaterThan(30);
  });

  it.each(probes.filter((p) => p.verdict === 'ok').map((p) => [p.fixture, p] as const))(
    '%s: WeChat accepts it, no schema error',
    (_name, p) => {
      expect(validateAppJson(p.value).diagnostics.filter(isSchemaError)).toEqual([]);
    },
  );

  it.each(DOCUMENTED_KEYS_WECHAT_LACKS.map((fixture) => [fixture, probes.find((p) => p.fixture === fixture)] as const))(
    '%s: a documented key WeChat does not check, a value against the docs is a warning',
    (_name, p) => {
      expect(p?.verdict).toBe('ok');
      const result = validateAppJson(p?.value);
      expect(result.valid).toBe(true);
      expect(result.diagnostics.some((d) => d.severity === 'warning' && d.code !== 'unknown-key')).toBe(true);
    },
  );

  it.each(probes.filter((p) => wechatStructuralPath(p.message, p.value)).map((p) => [p.fixture, p] as const))(
    '%s: WeChat rejects its structure, we report an error at the same path',
    (_name, p) => {
      const path = pathKey(wechatStructuralPath(p.message, p.value) ?? []);
      // For a value that fits none of several forms ("needs to be object, string") WeChat names the
      // field; we name the key inside the form the value was closest to.
      const anyOf = /needs to be \S+, /.test(p.message);
      const ours = validateAppJson(p.value).diagnostics.filter(isSchemaError).map((d) => pathKey(d.path));
      expect(ours.filter((key) => key === path || (anyOf && key.startsWith(`${path}.`))), ours.join(' | ')).not.toEqual([]);
    },
  );

  it.each(probes.filter((p) => p.warning.includes('invalid app.json')).map((p) => [p.fixture, p] as const))(
    '%s: the same unknown keys as WeChat',
    (_name, p) => {
      const ours = validateAppJson(p.value).diagnostics.filter((d) => d.code === 'unknown-key').map((d) => pathKey(d.path));
      const theirs = wechatUnknownKeys(p.warning).filter((key) => !(key in WECHAT_LAGS));
      expect(ours.filter((key) => !OUR_EXTRA_WARNINGS.has(key)).sort()).toEqual(theirs.sort());
    },
  );
});
