/** Shared by the JSON Schema tests: the committed editor schemas and the corpus app.json fixtures. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../src/meta.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
export const CORPUS_APP_DIR = `${REPO}test/fixtures/corpus/app/`;

export type JsonSchemaDocument = Record<string, unknown> & { $id: string };

export function committedSchema(locale: Locale, kind: string): JsonSchemaDocument {
  return JSON.parse(readFileSync(`${REPO}schemas/${locale}/${kind}.schema.json`, 'utf8')) as JsonSchemaDocument;
}

export interface CorpusApp {
  fixture: string;
  text: string;
  /** WeChat's verdict: `ok` or `error`. */
  verdict: string;
  /** WeChat's warning text (names the keys it does not know). */
  warning: string;
}

/** Corpus app.json fixtures that have a WeChat verdict; empty when the fixtures are absent. */
export function corpusApps(): CorpusApp[] {
  const verdicts = `${CORPUS_APP_DIR}verdicts.tsv`;
  if (!existsSync(verdicts)) return [];
  const present = new Set(readdirSync(CORPUS_APP_DIR));
  return readFileSync(verdicts, 'utf8').split('\n').slice(1).filter(Boolean).map((line) => {
    const [fixture = '', verdict = '', , warning = ''] = line.split('\t');
    return { fixture, verdict, warning, text: present.has(fixture) ? readFileSync(CORPUS_APP_DIR + fixture, 'utf8') : '' };
  }).filter((app) => app.text !== '');
}

/** Parses JSON the way WeChat reads app.json (a BOM is tolerated); undefined when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}
