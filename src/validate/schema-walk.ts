/** Small read-only walks over zod schemas (their definitions are read through `zod-adapter.ts`). */
import { defOf, type Meta, metaOf, type Schema as AnySchema, unwrap } from '../zod-adapter.js';

export { metaOf, unwrap };

/** The branches a value at this schema may take (a union's options, or the schema itself). */
export function branches(schema: AnySchema): AnySchema[] {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'union') return def.options.flatMap(branches);
  return [inner];
}

/** The schema of a child: object property, array element or record value. */
export function childSchema(schema: AnySchema, key: string | number): AnySchema | undefined {
  for (const branch of branches(schema)) {
    const def = defOf(branch);
    if (def.type === 'object' && typeof key === 'string') {
      if (Object.hasOwn(def.shape, key)) return def.shape[key];
    } else if (def.type === 'array' && typeof key === 'number') {
      return def.element;
    } else if (def.type === 'record' && typeof key === 'string') {
      return def.valueType;
    } else if (def.type === 'tuple' && typeof key === 'number') {
      return def.items[key] ?? def.rest ?? undefined;
    }
  }
  return undefined;
}

export function schemaAt(schema: AnySchema, path: readonly (string | number)[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    current = childSchema(current, key);
  }
  return current;
}

/** Keys an object schema at this place knows (for did-you-mean). */
export function knownKeys(schema: AnySchema | undefined): string[] {
  if (!schema) return [];
  const keys: string[] = [];
  for (const branch of branches(schema)) {
    const def = defOf(branch);
    if (def.type === 'object') keys.push(...Object.keys(def.shape));
  }
  return keys;
}

export function kindOf(schema: AnySchema): string {
  return defOf(unwrap(schema)).type;
}

/** The values an enum or literal schema allows; `undefined` for any other schema. */
export function allowedValues(schema: AnySchema): unknown[] | undefined {
  const def = defOf(unwrap(schema));
  if (def.type === 'enum') return Object.values(def.entries);
  if (def.type === 'literal') return [...def.values];
  return undefined;
}

/** Every path (with `*` for array items and record values) whose schema carries metadata matching `test`. */
export function collectPaths(
  root: AnySchema,
  test: (meta: Meta) => boolean,
): Array<(string | '*')[]> {
  const found: Array<(string | '*')[]> = [];
  const seen = new Set<AnySchema>();
  const visit = (schema: AnySchema, path: (string | '*')[]) => {
    if (path.length > 12) return;
    const meta = metaOf(schema);
    if (meta && test(meta)) {
      found.push(path);
      return;
    }
    const inner = unwrap(schema);
    if (seen.has(inner)) return;
    seen.add(inner);
    const def = defOf(inner);
    if (def.type === 'union') for (const option of def.options) visit(option, path);
    else if (def.type === 'object') {
      for (const [key, child] of Object.entries(def.shape)) visit(child, [...path, key]);
    } else if (def.type === 'array') visit(def.element, [...path, '*']);
    else if (def.type === 'record') visit(def.valueType, [...path, '*']);
    seen.delete(inner);
  };
  visit(root, []);
  return found;
}
