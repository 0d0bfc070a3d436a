/** Small read-only helpers over zod 4 schema definitions. */
import type * as z from 'zod';

type AnySchema = z.core.$ZodType;
type Def = { type: string; [k: string]: unknown };

const defOf = (schema: AnySchema): Def => schema._zod.def as unknown as Def;

/** Strips wrappers that do not change what a value looks like (optional, nullable, default, lazy, pipe). */
export function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let i = 0; i < 32; i++) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'readonly' || def.type === 'nonoptional' || def.type === 'prefault' || def.type === 'catch') {
      current = def.innerType as AnySchema;
    } else if (def.type === 'lazy') {
      current = (def.getter as () => AnySchema)();
    } else if (def.type === 'pipe') {
      current = def.in as AnySchema;
    } else {
      return current;
    }
  }
  return current;
}

/** The branches a value at this schema may take (a union's options, or the schema itself). */
export function branches(schema: AnySchema): AnySchema[] {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'union') return (def.options as AnySchema[]).flatMap(branches);
  return [inner];
}

/** The schema of a child: object property, array element or record value. */
export function childSchema(schema: AnySchema, key: string | number): AnySchema | undefined {
  for (const branch of branches(schema)) {
    const def = defOf(branch);
    if (def.type === 'object' && typeof key === 'string') {
      const shape = def.shape as Record<string, AnySchema>;
      if (Object.hasOwn(shape, key)) return shape[key];
    } else if (def.type === 'array' && typeof key === 'number') {
      return def.element as AnySchema;
    } else if (def.type === 'record' && typeof key === 'string') {
      return def.valueType as AnySchema;
    } else if (def.type === 'tuple' && typeof key === 'number') {
      return (def.items as AnySchema[])[key] ?? (def.rest as AnySchema | undefined);
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
    if (def.type === 'object') keys.push(...Object.keys(def.shape as object));
  }
  return keys;
}

export function kindOf(schema: AnySchema): string {
  return defOf(unwrap(schema)).type;
}

export function metaOf(schema: AnySchema): z.GlobalMeta | undefined {
  return (schema as unknown as { meta?: () => z.GlobalMeta | undefined }).meta?.();
}

/** Every path (with `*` for array items and record values) whose schema carries metadata matching `test`. */
export function collectPaths(
  root: AnySchema,
  test: (meta: z.GlobalMeta) => boolean,
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
    if (def.type === 'union') for (const option of def.options as AnySchema[]) visit(option, path);
    else if (def.type === 'object') {
      for (const [key, child] of Object.entries(def.shape as Record<string, AnySchema>)) visit(child, [...path, key]);
    } else if (def.type === 'array') visit(def.element as AnySchema, [...path, '*']);
    else if (def.type === 'record') visit(def.valueType as AnySchema, [...path, '*']);
    seen.delete(inner);
  };
  visit(root, []);
  return found;
}
