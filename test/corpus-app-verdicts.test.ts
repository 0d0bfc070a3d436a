/**
 * validateAppJson (schema + cross-field rules) against WeChat's own verdicts:
 * - the 69 real app.json files of the corpus (fixtures copied from /work/shared/corpus);
 * - hand-made app.json files, one or more per cross-field check of WeChat's `checkAppFields`
 *   (test/fixtures/app-rules/oracle-cases.json).
 * Verdicts come from WeChat's validator (miniprogram-ci 2.1.42, /work/shared/tools/official-oracle).
 *
 * For every file, "has an error" must agree; for every file WeChat rejects, the first error it reports
 * (it stops there) must be among ours at the same path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateAppJson } from '../src/app/validate.js';
import type { Diagnostic, JsonPath } from '../src/diagnostics.js';

const CORPUS = fileURLToPath(new URL('./fixtures/corpus/app/', import.meta.url));
const ORACLE_CASES = fileURLToPath(new URL('./fixtures/app-rules/oracle-cases.json', import.meta.url));

interface Verdict { name: string; verdict: 'ok' | 'error'; message: string }

/*
 * Where we knowingly disagree with WeChat's verdict. The oracle stubs every file an app.json names,
 * so it "finds" `pages/a/a.js.wxml`; in a real project WeChat fails on the missing page (or component)
 * file. We report the malformed path itself (page-path-format, component-path-format) as the error it leads to.
 */
const EXPECTED_DISAGREEMENTS: Record<string, string> = {
  pageExt: 'page path with an extension: WeChat fails later, on the missing "pages/a/a.js.wxml"',
  pageQuery: 'page path with a "?query": WeChat fails later, on the missing "pages/a/a?x=1.wxml"',
  compExt: 'component path with an extension: WeChat fails later, on the missing "/comp/a.js.json"',
  compEmpty: 'empty component path: WeChat fails later, finding no component for ""',
  // WeChat checks useExtendedLib only while resolving a component (of app.json here, of any page in a
  // real project), so a project that uses any component fails on these; see extLibComp.
  extLib: 'unknown useExtendedLib key: WeChat fails once any component is resolved',
  extLibSub: 'unknown subpackage useExtendedLib key: WeChat fails once a component of that subpackage is resolved',
};

/* WeChat messages that name no JSON path, and the path where we report the same problem. */
const PATHLESS_MESSAGES: [RegExp, JsonPath][] = [
  [/add "lazyCodeLoading"/, ['renderer']],
  [/add "rendererOptions" field/, ['renderer']],
  [/add "skyline" configuration in the rendererOptions/, ['rendererOptions']],
  [/independent subpackage defined with the value \["AccountCardPackage"\]\["root"\]/, ['accountCardPackage', 'root']],
  [/No entry page defined in .* is found in entryPagePath/, ['entryPagePath']],
  [/^app\.json: requiredPrivateInfos /, ['requiredPrivateInfos']],
  [/in resolveAlias field/, ['resolveAlias']],
  [/^app\.json: (\w+) is not allowed in \["useExtendedLib"\]/, ['useExtendedLib']],
];

const bracketPath = (text: string): JsonPath =>
  [...text.matchAll(/\["([^"]*)"\]|\[(\d+)\]/g)].map(([, key, index]) => (key ?? Number(index)));

/**
 * The JSON path of WeChat's (first) error: `["a"]["b"][0] …`, `a.b field …`, `"x" is repeated in ["a"]`,
 * a table entry, or [] for broken JSON.
 */
export function wechatErrorPath(message: string): JsonPath | undefined {
  const text = message.replace(/^app\.json: /, '');
  if (/^app\.json Expecting|Unexpected token|Empty file/.test(text)) return [];
  // "[a] should not contain [b]" (nested subpackage roots): the contained one is the problem.
  const contained = /should not contain (\[\S+\])/.exec(text)?.[1];
  const bracketed = contained ?? /^(\[[^\s:]+\])/.exec(text)?.[1] ?? /(?:declared at app\.json:|is repeated in )(\[\S+\])/.exec(text)?.[1];
  if (bracketed) return bracketPath(bracketed);
  const dotted = /^([\w.]+) (?:field needs to be|should not be empty)/.exec(text)?.[1];
  if (dotted) return dotted.split('.');
  for (const [pattern, path] of PATHLESS_MESSAGES) if (pattern.test(message)) return path;
  if (/Should not exist in \w+$/.test(text)) return [];
  return undefined;
}

/** WeChat renames `subpackages` to `subPackages` before checking, and reports tab items without "list". */
function canonical(path: JsonPath): string[] {
  const out = path.map((p) => (p === 'subPackages' ? 'subpackages' : String(p)));
  if (out[0] === 'tabBar' && /^\d+$/.test(out[1] ?? '')) out.splice(1, 0, 'list');
  return out;
}

/**
 * Same place: one path contains the other (WeChat names a subpackage item where we name its root, or
 * names a missing key where we name its parent). Broken JSON must be one of our json-* errors, and
 * "@t Should not exist in text" names only the key.
 */
function matchesWeChat(d: Diagnostic, message: string, path: JsonPath): boolean {
  const key = /Should not exist in (\w+)$/.exec(message)?.[1];
  if (key) return d.path[d.path.length - 1] === key;
  if (path.length === 0) return d.code.startsWith('json-');
  const [a, b] = [canonical(d.path), canonical(path)];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 0 && short.every((part, i) => part === long[i]);
}

function checkAgreement(v: Verdict, diagnostics: Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const summary = errors.map((d) => `${d.code}@${d.path.join('.')}`);
  if (v.name in EXPECTED_DISAGREEMENTS) {
    expect(errors.length > 0, summary.join(', ')).toBe(v.verdict === 'ok');
    return;
  }
  expect(errors.length > 0 ? 'error' : 'ok', summary.join(', ')).toBe(v.verdict);
  if (v.verdict === 'ok') return;
  const path = wechatErrorPath(v.message);
  expect(path, `no path in WeChat's message: ${v.message}`).toBeDefined();
  expect(errors.some((d) => matchesWeChat(d, v.message, path!)), `${JSON.stringify(path)} not in ${summary.join(', ')}`).toBe(true);
}

describe.skipIf(!existsSync(`${CORPUS}verdicts.tsv`))('corpus: our app.json verdicts agree with WeChat', () => {
  const verdicts: Verdict[] = existsSync(`${CORPUS}verdicts.tsv`)
    ? readFileSync(`${CORPUS}verdicts.tsv`, 'utf8').trim().split('\n').slice(1).map((line) => {
      const [name = '', verdict = '', message = ''] = line.split('\t');
      return { name, verdict: verdict as Verdict['verdict'], message };
    })
    : [];

  it('covers all 69 corpus files, 9 of them rejected', () => {
    expect(verdicts).toHaveLength(69);
    expect(verdicts.filter((v) => v.verdict === 'error')).toHaveLength(9);
  });

  it.each(verdicts.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const text = readFileSync(CORPUS + v.name, 'utf8');
    const themeFile = CORPUS + v.name.replace(/\.json$/, '__theme.json');
    const theme = existsSync(themeFile) ? JSON.parse(readFileSync(themeFile, 'utf8')) : undefined;
    checkAgreement(v, validateAppJson(text, theme ? { theme } : {}).diagnostics);
  });
});

describe('hand-made app.json files: each WeChat cross-field check', () => {
  const { cases } = JSON.parse(readFileSync(ORACLE_CASES, 'utf8')) as { cases: (Verdict & { app: unknown })[] };

  it('has both verdicts and every expected disagreement', () => {
    expect(cases.filter((c) => c.verdict === 'error').length).toBeGreaterThan(40);
    for (const name of Object.keys(EXPECTED_DISAGREEMENTS)) expect(cases.map((c) => c.name)).toContain(name);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    checkAgreement(c, validateAppJson(JSON.stringify(c.app, null, 2)).diagnostics);
  });
});

describe('wechatErrorPath', () => {
  it('reads the path forms of WeChat\'s messages', () => {
    expect(wechatErrorPath('app.json: ["plugins"]["hello-plugin"]["version"] cannot be dev')).toEqual(['plugins', 'hello-plugin', 'version']);
    expect(wechatErrorPath('app.json: ["subpackages"][1] and ["subpackages"][0] have same "root"')).toEqual(['subpackages', 1]);
    expect(wechatErrorPath('app.json: ["subpackages"][0]["root"] should not contain ["subpackages"][1]["root"]')).toEqual(['subpackages', 1, 'root']);
    expect(wechatErrorPath('app.json: "x" is repeated in ["subpackages"][0]')).toEqual(['subpackages', 0]);
    expect(wechatErrorPath('app.json: window.enablePullDownRefresh field needs to be boolean')).toEqual(['window', 'enablePullDownRefresh']);
    expect(wechatErrorPath('app.json: app.json Expecting \'STRING\', got INVALID')).toEqual([]);
    expect(wechatErrorPath('app.json: something new')).toBeUndefined();
  });
});
