#!/usr/bin/env node
/**
 * Fails when the committed generated files (schemas/**, schemastore/catalog-entry.json,
 * src/types.generated.ts, docs/rules.md,
 * src/page/misplaced-keys.generated.ts) differ from what the generators produce from the current zod schemas and
 * the registry of kinds (src/kinds.ts). Regenerates in memory only; never writes.
 * Fix: `npm run build:schemas`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { staleApiDocs } from './api-docs.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Every generated file: repo-relative path → expected text. */
export async function expectedFiles() {
  const schemas = await tsImport('./gen-schemas.ts', import.meta.url);
  const types = await tsImport('./gen-types.ts', import.meta.url);
  const config = await tsImport('./gen-config-schema.ts', import.meta.url);
  const rulesDoc = await tsImport('./gen-rules-doc.ts', import.meta.url);
  const misplaced = await tsImport('./gen-misplaced-keys.ts', import.meta.url);
  const files = schemas.generateSchemaFiles();
  files.set(config.CONFIG_SCHEMA_FILE, config.generateConfigSchema());
  files.set(rulesDoc.RULES_DOC_FILE, rulesDoc.generateRulesDoc());
  files.set(types.TYPES_FILE, await types.generateTypes());
  files.set(misplaced.MISPLACED_KEYS_FILE, misplaced.generateMisplacedKeys());
  return files;
}

function committedSchemaFiles() {
  const dir = path.join(ROOT, 'schemas');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.schema.json'))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** `{ file, problem }` for each generated file that is missing, out of date, or no longer generated. */
export async function staleFiles() {
  const expected = await expectedFiles();
  const stale = [];
  for (const [file, text] of expected) {
    const target = path.join(ROOT, file);
    if (!existsSync(target)) stale.push({ file, problem: 'missing' });
    else if (readFileSync(target, 'utf8') !== text) stale.push({ file, problem: 'outdated' });
  }
  for (const file of committedSchemaFiles()) {
    if (!expected.has(file)) stale.push({ file, problem: 'orphan' });
  }
  return stale;
}

const PROBLEMS = {
  missing: '缺失 · missing',
  outdated: '已过期 · out of date',
  orphan: '不再生成，应删除 · no longer generated, delete it',
};

export function staleReport(stale) {
  return [
    '生成的文件与 zod schema 不一致 · Generated files do not match the zod schemas:',
    ...stale.map(({ file, problem }) => `  ${file}  (${PROBLEMS[problem]})`),
    '请运行 · Run: npm run build:schemas (schemas/, types) · npm run build:api (docs/api/)',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const stale = [...(await staleFiles()), ...staleApiDocs(ROOT)];
  if (stale.length) {
    console.error(staleReport(stale));
    process.exitCode = 1;
  } else {
    console.log('生成的文件均为最新 · Generated files are up to date.');
  }
}
