/**
 * Hand-made minimal projects, one per class of project-level disagreement with WeChat found on real
 * projects (issue 11). Each folder in test/fixtures/projects holds WeChat's verdict on it
 * (wechat-verdict.json: its compile, as preview and upload run it, and its file checks; recorded offline
 * with `node scripts/record-project-verdicts.mjs`, miniprogram-ci 2.1.42). `check` must agree: errors
 * exactly where WeChat's compile fails, in the file WeChat names; and each class gets the diagnostic
 * written below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/project/index.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/projects', import.meta.url));

interface WechatVerdict {
  compile: { ok: boolean; message?: string };
}

/** What `check` reports on each fixture (severity and code; WeChat's verdict is asserted separately). */
const EXPECTED: Record<string, string[]> = {
  // 2. WeChat builds without custom-tab-bar/index: apps hide the native bar on purpose.
  'custom-tab-bar-missing': ['warning custom-tab-bar-missing'],
  // 3. A component json without "component": true builds; a listed page used as a component is a page.
  'component-without-flag': ['warning component-flag-missing'],
  // 4. The compile never reads sitemapLocation.
  'sitemap-location-missing': ['warning sitemap-file-missing'],
  // 5. With project.config.json and no miniprogramRoot, app.json must be beside it.
  'root-not-configured': ['error app-json-missing'],
  // 6. Relative paths load from the referencing file; the root lookup is only the check's fallback.
  'relative-path-from-referrer': ['error component-missing'],
  'relative-path-root-fallback': ['error component-relative-missing'],
  // 7. appBar: app-bar/index is loaded and checked when its json exists; without it WeChat builds.
  'app-bar-component': ['error component-missing'],
  'app-bar-missing': ['warning app-bar-missing'],
  // 8. One error for a missing subpackage root, none per page.
  'subpackage-root-missing': ['error subpackage-root-missing'],
  // 10. .ts stands for .js only with useCompilerPlugins "typescript"; styles are never required.
  'typescript-without-plugin': ['warning app-script-missing', 'error page-script-typescript-only'],
  'typescript-with-plugin': [],
  'less-without-plugin': [],
  'less-with-plugin': [],
  // 11. A "../" path in app.json usingComponents fails the compile of every page that inherits it.
  'app-relative-using-components': ['error component-outside-root'],
  // Issue 12: with both spellings, subpackages wins, in the rules and in the project check alike.
  'subpackages-both-spellings': ['warning subpackages-both-spellings'],
};

const fixtures = readdirSync(FIXTURES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

function verdictOf(fixture: string): WechatVerdict {
  return JSON.parse(readFileSync(path.join(FIXTURES, fixture, 'wechat-verdict.json'), 'utf8')) as WechatVerdict;
}

/** The files WeChat's first error names: `file.json: …`, or the page a component is loaded from. */
function filesWechatBlames(message: string): string[] {
  const named = /^([^\s:]+\.json): /.exec(message);
  if (named) return [named[1]!];
  const loadedFrom = /relative to '([^']+)'/.exec(message);
  // A path app.json's usingComponents gives every page is reported by WeChat at the page, by us at app.json.
  if (loadedFrom) return [`${loadedFrom[1]}.json`, 'app.json'];
  return [];
}

describe('hand-made projects: the same verdict as WeChat, class by class', () => {
  it('has an expectation for every fixture folder', () => {
    expect(fixtures).toEqual(Object.keys(EXPECTED).sort());
  });

  describe.each(fixtures)('%s', (fixture) => {
    const verdict = verdictOf(fixture);

    it(`${verdict.compile.ok ? 'builds in WeChat: no error' : 'fails in WeChat: an error in the file WeChat names'}`, async () => {
      const report = await checkProject(path.join(FIXTURES, fixture));
      expect(report.errorCount > 0).toBe(!verdict.compile.ok);
      if (!verdict.compile.ok) {
        const ours = new Set(report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
        expect(filesWechatBlames(verdict.compile.message!).some((file) => ours.has(file))).toBe(true);
      }
    });

    it('reports the diagnostic of its class', async () => {
      const report = await checkProject(path.join(FIXTURES, fixture));
      expect(report.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(EXPECTED[fixture]);
    });
  });
});
