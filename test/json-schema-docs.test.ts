/** Every property of every exported schema is documented for the editor, in both locales. */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../scripts/gen-schemas.js';
import { CONFIG_KINDS } from '../src/kinds.js';
import { committedSchema } from './json-schema-support.js';

type Node = Record<string, unknown>;

/** Property paths without a description of their own or of the named definition they refer to. */
function undocumented(schema: Node): string[] {
  const definitions = (schema.definitions ?? {}) as Record<string, Node>;
  const documented = (node: Node) => {
    const target = typeof node.$ref === 'string' && node.$ref !== '#' ? definitions[node.$ref.split('/').pop()!] ?? node : node;
    return typeof target.description === 'string' && typeof target.markdownDescription === 'string';
  };
  const missing: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((child) => walk(child, path));
    if (typeof node !== 'object' || node === null) return;
    const n = node as Node;
    for (const [key, child] of Object.entries((n.properties ?? {}) as Record<string, Node>)) {
      if (!documented(child)) missing.push(`${path}.${key}`);
      walk(child, `${path}.${key}`);
    }
    // allOf holds the rule keywords of scripts/gen-schemas-rules.ts: constraints, not documentation.
    for (const key of ['items', 'additionalProperties', 'anyOf', 'oneOf']) walk(n[key], path);
  };
  walk(schema, '');
  for (const [name, definition] of Object.entries(definitions)) walk(definition, `#${name}`);
  return missing;
}

describe('exported schemas are documented', () => {
  for (const kind of CONFIG_KINDS) {
    for (const locale of LOCALES) {
      it(`${locale}/${kind.id}: every property has description and markdownDescription`, () => {
        const schema = committedSchema(locale, kind.id);
        expect(schema.title).toEqual(expect.any(String));
        expect(undocumented(schema)).toEqual([]);
      });
    }
  }
});
