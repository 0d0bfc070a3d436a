/**
 * Page and component json against WeChat's own verdicts on 674 real files (445 page, 229 component json;
 * fixtures copied from the shared corpus, verdicts from WeChat's page checks, miniprogram-ci 2.1.42, via
 * the page oracle). A file is a component when the corpus index says so, which on this corpus is exactly
 * the files with `"component": true` (checked below); a page built with Component() would also say so,
 * and none is in the corpus.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { windowShape } from '../src/app/window.js';
import { validateComponentJson } from '../src/component/validate.js';
import type { Diagnostic, ValidationResult } from '../src/diagnostics.js';
import { validatePageJson } from '../src/page/validate.js';

type Kind = 'page' | 'component';
interface Verdict { kind: Kind; fixture: string; verdict: 'ok' | 'error'; message: string; warning: string }

const dirOf = (kind: Kind) => fileURLToPath(new URL(`./fixtures/corpus/${kind}/`, import.meta.url));

function readVerdicts(kind: Kind): Verdict[] {
  return readFileSync(`${dirOf(kind)}verdicts.tsv`, 'utf8').trim().split('\n').slice(1).map((line) => {
    const [fixture = '', verdict = '', message = '', warning = ''] = line.split('\t');
    return { kind, fixture, verdict: verdict as Verdict['verdict'], message, warning };
  });
}

const verdicts = [...readVerdicts('page'), ...readVerdicts('component')];
const textOf = (v: Verdict) => readFileSync(dirOf(v.kind) + v.fixture, 'utf8');
const validate = (v: Verdict): ValidationResult<unknown> => (v.kind === 'page' ? validatePageJson : validateComponentJson)(textOf(v));

function parses(text: string): boolean {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return true;
  } catch {
    return false;
  }
}

/** WeChat's "invalid page.json a["b"]、page.json ["c"]" warnings as dotted paths: a.b, c. */
function wechatUnknownKeys(warning: string): string[] {
  return [...warning.matchAll(/page\.json (\S*?)\["([^"]+)"\]/g)].map(([, prefix = '', key = '']) => (prefix ? `${prefix}.${key}` : key));
}

/*
 * Keys WeChat warns about although we accept them. Each entry says why.
 */
const WE_ACCEPT: Record<string, string> = {
  $schema: 'editor-only key this package documents (weapp-vite projects point it at their own JSON Schema)',
};

/*
 * Keys we warn about although WeChat says nothing. WeChat checks a component json with its page schema,
 * so window keys pass there; in a component they have no effect (see src/component/schema.ts).
 */
const windowKeys = new Set(Object.keys(windowShape));
const weAloneWarn = (v: Verdict, path: string) => v.kind === 'component' && windowKeys.has(path);

const errors = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error');
/** Keys WeChat does not know there: unknown anywhere, or known only to another kind of file. */
const UNKNOWN_KEY_CODES = new Set(['unknown-key', 'app-key-in-page', 'page-key-in-component']);
const unknownKeyPaths = (diagnostics: Diagnostic[]) =>
  diagnostics.filter((d) => d.severity === 'warning' && UNKNOWN_KEY_CODES.has(d.code)).map((d) => d.path.join('.'));

describe('corpus: page and component json', () => {
  it('covers the corpus, and every file that is JSON gets a verdict from us', () => {
    expect(verdicts.filter((v) => v.kind === 'page')).toHaveLength(445);
    expect(verdicts.filter((v) => v.kind === 'component')).toHaveLength(229);
    for (const v of verdicts) {
      const result = validate(v);
      expect(typeof result.valid, v.fixture).toBe('boolean');
      if (parses(textOf(v))) expect(result.valid, v.fixture).toBe(v.verdict === 'ok');
    }
  });

  it('classifies a file as a component exactly when it says "component": true', () => {
    for (const v of verdicts.filter((x) => parses(textOf(x)))) {
      const value = JSON.parse(textOf(v).replace(/^\uFEFF/, '')) as { component?: unknown };
      expect(value.component === true ? 'component' : 'page', v.fixture).toBe(v.kind);
    }
  });
});

describe('corpus: files WeChat accepts', () => {
  const accepted = verdicts.filter((v) => v.verdict === 'ok');

  it('has the expected number of accepted files', () => {
    expect(accepted).toHaveLength(672);
  });

  it.each(accepted.map((v) => [`${v.kind}/${v.fixture}`, v] as const))('%s: no error', (_name, v) => {
    expect(errors(validate(v).diagnostics)).toEqual([]);
  });

  it.each(accepted.filter((v) => v.warning).map((v) => [`${v.kind}/${v.fixture}`, v] as const))(
    '%s: every key WeChat warns about is one of our unknown-key warnings',
    (_name, v) => {
      const warned = wechatUnknownKeys(v.warning);
      expect(warned.length).toBeGreaterThan(0);
      const ours = unknownKeyPaths(validate(v).diagnostics);
      for (const path of warned.filter((p) => !(p in WE_ACCEPT))) expect(ours).toContain(path);
      for (const path of warned.filter((p) => p in WE_ACCEPT)) expect(ours).not.toContain(path);
    },
  );

  it.each(accepted.map((v) => [`${v.kind}/${v.fixture}`, v] as const))('%s: WeChat warns about every key we warn about', (_name, v) => {
    const warned = new Set(wechatUnknownKeys(v.warning));
    const extra = unknownKeyPaths(validate(v).diagnostics).filter((path) => !warned.has(path) && !weAloneWarn(v, path));
    expect(extra).toEqual([]);
  });
});

describe('corpus: files WeChat rejects', () => {
  const rejected = verdicts.filter((v) => v.verdict === 'error');

  it('are the two files with unresolved merge-conflict markers', () => {
    expect(rejected.map((v) => v.fixture)).toHaveLength(2);
    for (const v of rejected) expect(v.message).toMatch(/Expecting .*got INVALID/);
  });

  it.each(rejected.map((v) => [`${v.kind}/${v.fixture}`, v] as const))('%s: a JSON syntax error', (_name, v) => {
    const result = validate(v);
    expect(result.valid).toBe(false);
    expect(errors(result.diagnostics).map((d) => d.code)).toContain('json-merge-conflict');
  });
});
