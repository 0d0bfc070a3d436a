/**
 * The one module that reads zod's internals (`_zod.def`, the metadata registry, `~standard`). Everything
 * else walks schemas through these typed helpers, so a zod upgrade that moves an internal touches this
 * file alone. Read-only: nothing here changes a schema.
 */
import * as z from 'zod';

/** A zod schema, classic or core; `Input` is the type of value it accepts (its zod input type). */
export type Schema<Input = unknown> = z.core.$ZodType<unknown, Input>;
/** A schema's definition, discriminated by `type` (`object`, `array`, `union`…). */
export type SchemaDef = z.core.$ZodTypes['_zod']['def'];
/** A check's definition (`min_length`, `string_format`…), discriminated by `check`. */
export type CheckDef = z.core.$ZodChecks['_zod']['def'];
export type Issue = z.core.$ZodIssue;
export type Meta = z.GlobalMeta;

/** The definition of a schema. Every zod schema is one of `$ZodTypes`; this is the one place that says so. */
export function defOf(schema: Schema): SchemaDef {
  return (schema as z.core.$ZodTypes)._zod.def;
}

/** The checks (`.min()`, `.regex()`…) a schema carries, as definitions. */
export function checkDefsOf(schema: Schema): CheckDef[] {
  return (defOf(schema).checks ?? []).map((check) => (check as z.core.$ZodChecks)._zod.def);
}

/** The metadata `.meta()` registered for a schema (what `.meta()` with no argument returns). */
export function metaOf(schema: Schema): Meta | undefined {
  return z.globalRegistry.get(schema);
}

/** Strips wrappers that do not change what a value looks like (optional, nullable, default, lazy, pipe). */
export function unwrap(schema: Schema): Schema {
  let current = schema;
  for (let i = 0; i < 32; i++) {
    const def = defOf(current);
    switch (def.type) {
      case 'optional': case 'nullable': case 'default': case 'readonly': case 'nonoptional': case 'prefault': case 'catch':
        current = def.innerType;
        break;
      case 'lazy':
        current = def.getter();
        break;
      case 'pipe':
        current = def.in;
        break;
      default:
        return current;
    }
  }
  return current;
}

/** zod's issues for a value, `[]` when it is valid. */
export function issuesOf(schema: Schema, value: unknown): Issue[] {
  return z.safeParse(schema, value).error?.issues ?? [];
}

/** Whether zod reports no issue at all, without building an error (the Standard Schema entry point). */
export function acceptsAll(schema: Schema, value: unknown): boolean {
  const result = schema['~standard'].validate(value);
  return !(result instanceof Promise) && !result.issues;
}
