// Bundlers building for browsers pick the `browser` condition of the root export: that build must
// bundle without any `node:` module and offer exactly the root's names.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as browserEntry from '../src/index.browser.js';
import * as nodeEntry from '../src/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('browser build of the root entry', () => {
  it('bundles for the browser, dependencies included, without node: modules', async () => {
    const result = await build({
      entryPoints: ['src/index.browser.ts'],
      absWorkingDir: ROOT,
      bundle: true,
      write: false,
      metafile: true,
      platform: 'browser',
      format: 'esm',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    // The code catalogue (codes, rule-codes, messages, read-refusals) is plain data; nothing else of project/.
    expect(inputs.filter((path) => /^node:|src\/project\/(?!(unavailable|types|messages|codes|rule-codes|read-refusals)\.ts)|image-size/.test(path))).toEqual([]);
    expect(inputs.some((path) => path.includes('node_modules/zod/'))).toBe(true);
  });

  it('exports the same names as the Node entry', () => {
    expect(Object.keys(browserEntry).sort()).toEqual(Object.keys(nodeEntry).sort());
  });

  it('validates in the browser build, and checkProject says why it is unavailable', async () => {
    expect(browserEntry.validateAppJson('{"pages":["pages/index/index"]}').valid).toBe(true);
    await expect(browserEntry.checkProject('.')).rejects.toThrow(/validateAppJson/);
  });

  it('is what package.json serves under the browser condition', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.exports['.'].import).toEqual({ types: './dist/index.d.ts', browser: './dist/index.browser.js', default: './dist/index.js' });
  });
});
