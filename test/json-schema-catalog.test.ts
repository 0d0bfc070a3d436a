/** schemastore/catalog-entry.json stays ready to submit: one entry per exported schema, URLs = `$id`s. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_KINDS } from '../src/kinds.js';
import { committedSchema } from './json-schema-support.js';

const catalog = JSON.parse(readFileSync(new URL('../schemastore/catalog-entry.json', import.meta.url), 'utf8')) as Array<Record<string, unknown>>;

describe('SchemaStore catalog entry', () => {
  it('lists every exported schema by its published URL', () => {
    expect(catalog.map((entry) => entry.url)).toEqual(CONFIG_KINDS.map((kind) => committedSchema('en', kind.id).$id));
  });

  it('has a name and a description for each, and claims no file names', () => {
    for (const entry of catalog) {
      expect(Object.keys(entry).sort()).toEqual(['description', 'name', 'url']);
      expect(String(entry.name)).toMatch(/^WeChat Mini Program /);
    }
  });
});
