/** Shared by the JSON Schema tests: the committed editor schemas and the corpus app.json fixtures. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../src/meta.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));

export type JsonSchemaDocument = Record<string, unknown> & { $id: string };

export function committedSchema(locale: Locale, kind: string): JsonSchemaDocument {
  return JSON.parse(readFileSync(`${REPO}schemas/${locale}/${kind}.schema.json`, 'utf8')) as JsonSchemaDocument;
}

export interface CorpusFile {
  fixture: string;
  /** Schema kind: app, page, component, sitemap, theme, project.config, project.private.config. */
  kind: string;
  text: string;
  /** WeChat's verdict: `ok` or `error`. */
  verdict: string;
  /** WeChat's warning text (names the keys it does not know, as `["key"]`). */
  warning: string;
}

const CORPUS_DIRS = ['app', 'page', 'component', 'sitemap', 'theme', 'project-config'];

function kindOf(dir: string, fixture: string): string {
  if (dir !== 'project-config') return dir;
  return fixture.includes('project.private.config') ? 'project.private.config' : 'project.config';
}

/** Corpus fixtures that have a WeChat verdict (test/fixtures/corpus/<kind>/); empty when absent. */
export function corpusFiles(): CorpusFile[] {
  return CORPUS_DIRS.flatMap((dir) => {
    const folder = `${REPO}test/fixtures/corpus/${dir}/`;
    const verdicts = ['verdicts.tsv', 'official-verdicts.tsv'].map((name) => folder + name).find(existsSync);
    if (!verdicts) return [];
    const present = new Set(readdirSync(folder));
    return readFileSync(verdicts, 'utf8').split('\n').filter((line) => line && !line.startsWith('#')).slice(1).flatMap((line) => {
      const [fixture = '', verdict = '', , warning = ''] = line.split('\t');
      if (!present.has(fixture)) return [];
      return [{ fixture, kind: kindOf(dir, fixture), verdict, warning, text: readFileSync(folder + fixture, 'utf8') }];
    });
  });
}

/** The corpus app.json fixtures. */
export function corpusApps(): CorpusFile[] {
  return corpusFiles().filter((file) => file.kind === 'app');
}

/** Parses JSON the way WeChat reads app.json (a BOM is tolerated); undefined when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}
