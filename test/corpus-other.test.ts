/**
 * Every real sitemap.json, theme.json, project.config.json and project.private.config.json of the corpus
 * (copied into test/fixtures/corpus/), each with a verdict. Real files must produce no errors; the few
 * that are truly wrong are listed below with the reason. Each folder's official-verdicts.tsv holds what
 * WeChat's own validator (miniprogram-ci) says, and our verdict must agree with it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, ValidationResult } from '../src/diagnostics.js';
import { validateProjectConfigJson, validateProjectPrivateConfigJson } from '../src/project-config/index.js';
import { validateSitemapJson } from '../src/sitemap/index.js';
import { validateThemeJson } from '../src/theme/index.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/corpus/', import.meta.url));

type Validator = (text: string, options: { fileName: string }) => ValidationResult<unknown>;

const KINDS: Record<string, (file: string) => Validator> = {
  sitemap: () => validateSitemapJson,
  theme: () => validateThemeJson,
  'project-config': (file) => (file.includes('project.private.config') ? validateProjectPrivateConfigJson : validateProjectConfigJson),
};

/** The truly wrong files and the error codes they must get. */
const BROKEN: Record<string, string[]> = {
  // Historical versions saved mid-edit: not JSON at all.
  'EastWorld__wechat-app-mall__sitemap.at-49c4cad5.json': ['json-syntax'],
  'EastWorld__wechat-app-mall__project.config.at-afb13359.json': ['json-syntax'],
  'TDesignOteam__tdesign-miniprogram-starter__project.config.at-0c5d5ec2.json': ['json-syntax'],
  'wechat-miniprogram__miniprogram-demo__project.private.config.at-fef90e89.json': ['json-syntax', 'json-trailing-comma'],
  // Committed with unresolved git merge-conflict markers.
  'TDesignOteam__tdesign-miniprogram-starter__project.private.config.at-4c878353.json': ['json-merge-conflict'],
  'linlinjava__litemall__litemall-wx__project.config.at-6a307c24.json': ['json-merge-conflict'],
  // libVersion "dev" is neither a version nor a keyword; WeChat's own validator rejects it too.
  'wechat-miniprogram__miniprogram-offline-demo__miniprogram__project.config.json': ['invalid-format'],
};

/** Files with warnings worth pinning down: what we warn about, and why it is right. */
const WARNED: Record<string, string[]> = {
  // A page's json (pages/theme/theme.json), not a DarkMode theme: no light/dark, page keys unknown here.
  'iamxjb__winxin-app-watch-life.net__pages__theme__theme.json': ['theme-mode-missing', 'theme-mode-missing', 'unknown-key', 'unknown-key'],
  // "document" is not a sitemap key (a misspelt "desc"?); WeChat ignores it.
  'Mr-k-bear__mini-dlpu-v3__miniprogram__sitemap.json': ['unknown-key'],
};

/**
 * Warnings real projects may carry: DevTools itself wrote unequal es6/enhance pairs (11 files), and
 * some private files keep a libVersion keyword that has no effect there (3 files). Every other file
 * gets no warning at all, in particular no unknown-key warning for the keys DevTools writes.
 */
const ADVICE = new Set(['es6-enhance-mismatch', 'private-lib-version-keyword']);

function officialVerdicts(kind: string): Map<string, string> {
  const lines = readFileSync(`${FIXTURES}${kind}/official-verdicts.tsv`, 'utf8').trim().split('\n').filter((l) => !l.startsWith('#')).slice(1);
  return new Map(lines.map((line) => {
    const [file = '', verdict = ''] = line.split('\t');
    return [file, verdict];
  }));
}

const codes = (diagnostics: Diagnostic[], severity: Diagnostic['severity']) =>
  diagnostics.filter((d) => d.severity === severity).map((d) => d.code).sort();

for (const [kind, validatorFor] of Object.entries(KINDS)) {
  const files = readdirSync(`${FIXTURES}${kind}`).filter((f) => f.endsWith('.json')).sort();
  const official = officialVerdicts(kind);

  describe(`corpus ${kind} (${files.length} files)`, () => {
    it.each(files)('%s', (file) => {
      const text = readFileSync(`${FIXTURES}${kind}/${file}`, 'utf8');
      const result = validatorFor(file)(text, { fileName: file });
      expect([...new Set(codes(result.diagnostics, 'error'))]).toEqual([...(BROKEN[file] ?? [])].sort());
      const warnings = codes(result.diagnostics, 'warning');
      if (WARNED[file]) expect(warnings).toEqual([...WARNED[file]].sort());
      else expect(warnings.filter((code) => !ADVICE.has(code))).toEqual([]);
      expect(result.valid).toBe(official.get(file) === 'ok');
      for (const d of result.diagnostics) {
        expect(d.file).toBe(file);
        expect(d.line).toBeGreaterThan(0);
      }
    });
  });
}
