/**
 * Tree-shaking by kind: a program that imports one validator bundles that kind's schemas and rules
 * only. Checked on the sources and, after `npm run build`, on dist/ as a consumer's bundler sees it.
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST_ENTRY = `${ROOT}dist/index.browser.js`;

async function bundle(entry: string, name: string): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    stdin: { contents: `import { ${name} } from ${JSON.stringify(entry)};\nexport const check = (text) => ${name}(text);\n`, resolveDir: ROOT, loader: 'ts' },
    bundle: true, write: false, minify: true, format: 'esm', platform: 'browser', metafile: true, logLevel: 'silent',
  });
  // Modules the bundler read but dropped are listed with 0 bytes in the output.
  const kept = Object.entries(Object.values(result.metafile.outputs)[0]!.inputs).filter(([, input]) => input.bytesInOutput > 0);
  return { code: result.outputFiles[0]!.text, inputs: kept.map(([file]) => file) };
}

/** Texts only app.json's schema and rules contain. */
const APP_ONLY = ['tab-bar-item-count', 'subpackage-root-nested', 'navigationBarTitleText'];

function expectSitemapOnly({ code, inputs }: { code: string; inputs: string[] }): void {
  expect(inputs.filter((input) => /\/(app|page|component|theme|project-config|rules|project)\//.test(input))).toEqual([]);
  expect(inputs.some((input) => /\/sitemap\/schema\./.test(input))).toBe(true);
  for (const text of APP_ONLY) expect(code, text).not.toContain(text);
}

describe('a bundle of one validator', () => {
  it('from the sources: validateSitemapJson pulls no app.json schema or rule', async () => {
    expectSitemapOnly(await bundle('./src/index.browser.ts', 'validateSitemapJson'));
    const app = await bundle('./src/index.browser.ts', 'validateAppJson');
    for (const text of APP_ONLY) expect(app.code, text).toContain(text);
  });

  it.skipIf(!existsSync(DIST_ENTRY))('from dist/ (the published layout): the same', async () => {
    expectSitemapOnly(await bundle(DIST_ENTRY, 'validateSitemapJson'));
  });
});
