/** Test helper: every field of a schema carries bilingual docs, a doc link, and one doc per enum value. */
import { expect } from 'vitest';
import { defOf, metaOf, type Schema as AnySchema, unwrap } from '../zod-adapter.js';

/** The enum values a field takes, looking through `themeable()` unions. */
function enumValues(schema: AnySchema): unknown[] | undefined {
  const def = defOf(unwrap(schema));
  if (def.type === 'enum') return Object.values(def.entries);
  if (def.type === 'union') return def.options.map(enumValues).find((v) => v !== undefined);
  return undefined;
}

/** Walks the object shapes below `schema` and checks the docs of every field. */
export function expectDocumented(schema: AnySchema, where = ''): void {
  const def = defOf(unwrap(schema));
  if (def.type === 'object') {
    for (const [key, child] of Object.entries(def.shape)) {
      const path = where ? `${where}.${key}` : key;
      const meta = metaOf(child) ?? metaOf(unwrap(child));
      expect(meta?.zh, `${path}: zh`).toMatch(/\S/);
      expect(meta?.en, `${path}: en`).toMatch(/\S/);
      if (key !== '$schema') expect(meta?.docUrl, `${path}: docUrl`).toMatch(/^https:\/\/developers\.weixin\.qq\.com\//);
      const values = enumValues(child);
      if (values) expect(Object.keys(meta?.values ?? {}), `${path}: values`).toEqual(values);
      expectDocumented(child, path);
    }
  } else if (def.type === 'union') {
    for (const option of def.options) expectDocumented(option, where);
  } else if (def.type === 'array') {
    expectDocumented(def.element, `${where}[]`);
  } else if (def.type === 'record') {
    expectDocumented(def.valueType, `${where}.*`);
  }
}
