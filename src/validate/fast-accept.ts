/**
 * A yes/no check compiled once per schema that answers "would zod report no issue at all for this
 * value?" without building zod's result objects. Most real config files are clean, so the validator
 * asks this first and runs zod (for its detailed issues) only when the answer is no.
 *
 * It must agree with zod exactly. Anything it does not model (refinements, transforms, exotic
 * checks or formats) is delegated to zod for that node alone, so the answer stays exact.
 *
 * zod 4.6's own `z.compile` was measured against it (`npm run bench`, section `accept`): several times
 * slower per file, and compiling app.json's schema costs about half a second of every cold CLI run
 * (and needs `new Function`, which a strict Content-Security-Policy forbids), so this one stays.
 */
import { acceptsAll, type CheckDef, checkDefsOf, defOf, type Schema as AnySchema, type SchemaDef } from '../zod-adapter.js';

type Accept = (value: unknown) => boolean;
type ObjectDef = Extract<SchemaDef, { type: 'object' }>;
type RecordDef = Extract<SchemaDef, { type: 'record' }>;

const compiled = new WeakMap<AnySchema, Accept>();

/** The compiled check for a schema (cached per schema object). */
export function fastAccept(schema: AnySchema): Accept {
  return cached(compiled, schema, compile);
}

function cached<F>(cache: WeakMap<AnySchema, F>, schema: AnySchema, build: (schema: AnySchema) => F): F {
  let found = cache.get(schema);
  if (!found) {
    found = build(schema);
    cache.set(schema, found);
  }
  return found;
}

/** Child checks are compiled on first use, so recursive schemas cannot loop at compile time. */
function lazy(schema: AnySchema): Accept {
  let accept: Accept | undefined;
  return (value) => (accept ??= fastAccept(schema))(value);
}

function byZod(schema: AnySchema): Accept {
  return (value) => acceptsAll(schema, value);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function compile(schema: AnySchema): Accept {
  const checks = checksOf(schema);
  if (!checks) return byZod(schema);
  const base = compileType(defOf(schema));
  if (!base) return byZod(schema);
  if (checks.length === 0) return base;
  return (value) => base(value) && checks.every((check) => check(value));
}

function compileType(def: SchemaDef): Accept | undefined {
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'null':
      return (value) => value === null;
    case 'unknown':
    case 'any':
      return () => true;
    case 'never':
      return () => false;
    case 'literal': {
      const values = new Set<unknown>(def.values);
      return (value) => values.has(value);
    }
    case 'enum': {
      const values = new Set<unknown>(Object.values(def.entries));
      return (value) => values.has(value);
    }
    case 'optional': {
      const inner = lazy(def.innerType);
      return (value) => value === undefined || inner(value);
    }
    case 'nullable': {
      const inner = lazy(def.innerType);
      return (value) => value === null || inner(value);
    }
    case 'array': {
      const element = lazy(def.element);
      return (value) => {
        if (!Array.isArray(value)) return false;
        // An indexed loop, not every(): zod checks the holes of a sparse array as undefined.
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
        return true;
      };
    }
    case 'union': {
      const options = def.options.map(lazy);
      return (value) => options.some((option) => option(value));
    }
    case 'lazy': {
      let inner: Accept | undefined;
      return (value) => (inner ??= fastAccept(def.getter()))(value);
    }
    case 'record':
      return compileRecord(def);
    case 'object':
      return compileObject(def);
    default:
      return undefined;
  }
}

/** An object schema's known keys and what it does with other keys (`never` for a strict object). */
function objectParts(def: ObjectDef) {
  const shape: Record<string, AnySchema> = def.shape;
  const catchall = def.catchall;
  const catchallType = catchall ? defOf(catchall).type : undefined;
  // Loose (`unknown`/`any`) and stripping (no catchall) objects never complain about other keys.
  const checksOthers = catchall !== undefined && catchallType !== 'unknown' && catchallType !== 'any';
  return { shape, keys: Object.keys(shape), catchall, strict: catchallType === 'never', checksOthers };
}

function compileObject(def: ObjectDef): Accept {
  const { shape, keys, catchall, checksOthers } = objectParts(def);
  const fields = keys.map((key) => lazy(shape[key]!));
  const extra = checksOthers && catchall ? lazy(catchall) : undefined;
  return (value) => {
    if (!isObject(value)) return false;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (!(fields[i] as Accept)(Object.hasOwn(value, key) ? value[key] : undefined)) return false;
    }
    if (!extra) return true;
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(shape, key) && !extra(value[key])) return false;
    }
    return true;
  };
}

function compileRecord(def: RecordDef): Accept | undefined {
  const keyType = def.keyType;
  // A record keyed by an enum or literal requires every key: leave that to zod.
  if (defOf(keyType).type !== 'string') return undefined;
  const keyOk = fastAccept(keyType);
  const valueOk = lazy(def.valueType);
  return (value) => {
    if (!isObject(value)) return false;
    for (const key of Object.keys(value)) if (!keyOk(key) || !valueOk(value[key])) return false;
    return true;
  };
}

/** The schema's checks as predicates, or `undefined` when one of them is not modelled. */
function checksOf(schema: AnySchema): Accept[] | undefined {
  const out: Accept[] = [];
  for (const c of checkDefsOf(schema)) {
    const predicate = checkPredicate(c);
    if (!predicate) return undefined;
    out.push(predicate);
  }
  return out;
}

/** One check as a predicate, or `undefined` when it is not modelled. */
function checkPredicate(c: CheckDef): Accept | undefined {
  switch (c.check) {
    case 'string_format': {
      const pattern = c.format === 'regex' ? c.pattern : undefined;
      if (!pattern) return undefined;
      return (value) => {
        pattern.lastIndex = 0;
        return pattern.test(value as string);
      };
    }
    case 'min_length': {
      const min = c.minimum;
      return (value) => (value as { length: number }).length >= min;
    }
    case 'max_length': {
      const max = c.maximum;
      return (value) => (value as { length: number }).length <= max;
    }
    case 'length_equals': {
      const length = c.length;
      return (value) => (value as { length: number }).length === length;
    }
    case 'number_format':
      return c.format === 'safeint' ? (value) => Number.isSafeInteger(value) : undefined;
    case 'greater_than':
    case 'less_than': {
      if (typeof c.value !== 'number') return undefined;
      const bound = c.value;
      const inclusive = c.inclusive === true;
      return c.check === 'greater_than'
        ? (value) => (inclusive ? (value as number) >= bound : (value as number) > bound)
        : (value) => (inclusive ? (value as number) <= bound : (value as number) < bound);
    }
    default:
      return undefined;
  }
}

/** An `unrecognized_keys` issue as zod reports it: the object's path and its unknown keys in order. */
export interface UnknownKeysIssue {
  code: 'unrecognized_keys';
  path: (string | number)[];
  keys: string[];
  message: string;
}

type Collect = (value: unknown, path: (string | number)[], sink: UnknownKeysIssue[]) => boolean;
const collectors = new WeakMap<AnySchema, Collect>();

/**
 * For the common "valid except for unknown keys" file: the `unrecognized_keys` issues zod would
 * report, in zod's order, or `undefined` when there is any other issue (then zod must run). Unknown
 * keys inside a union branch make the branch fail in zod, so they count as "other" here.
 */
export function unknownKeysOnly(schema: AnySchema): (value: unknown) => UnknownKeysIssue[] | undefined {
  const collect = collectorOf(schema);
  return (value) => {
    const sink: UnknownKeysIssue[] = [];
    return collect(value, [], sink) ? sink : undefined;
  };
}

function collectorOf(schema: AnySchema): Collect {
  return cached(collectors, schema, compileCollector);
}

function lazyCollector(schema: AnySchema): Collect {
  let collect: Collect | undefined;
  return (value, path, sink) => (collect ??= collectorOf(schema))(value, path, sink);
}

function compileCollector(schema: AnySchema): Collect {
  const def = defOf(schema);
  const strict = fastAccept(schema);
  const checks = checksOf(schema);
  const withChecks = (collect: Collect): Collect => {
    if (!checks || checks.length === 0) return collect;
    return (value, path, sink) => collect(value, path, sink) && checks.every((check) => check(value));
  };
  if (!checks) return (value) => strict(value);
  switch (def.type) {
    case 'optional': {
      const inner = lazyCollector(def.innerType);
      return (value, path, sink) => value === undefined || inner(value, path, sink);
    }
    case 'nullable': {
      const inner = lazyCollector(def.innerType);
      return (value, path, sink) => value === null || inner(value, path, sink);
    }
    case 'array': {
      const element = lazyCollector(def.element);
      return withChecks((value, path, sink) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!element(value[i], [...path, i], sink)) return false;
        return true;
      });
    }
    case 'record': {
      const keyType = def.keyType;
      if (defOf(keyType).type !== 'string') return (value) => strict(value);
      const keyOk = fastAccept(keyType);
      const valueOk = lazyCollector(def.valueType);
      return withChecks((value, path, sink) => {
        if (!isObject(value)) return false;
        for (const key of Object.keys(value)) if (!keyOk(key) || !valueOk(value[key], [...path, key], sink)) return false;
        return true;
      });
    }
    case 'object':
      return withChecks(objectCollector(def));
    case 'lazy': {
      let inner: Collect | undefined;
      return (value, path, sink) => (inner ??= collectorOf(def.getter()))(value, path, sink);
    }
    default:
      return (value) => strict(value);
  }
}

function objectCollector(def: ObjectDef): Collect {
  const { shape, keys, catchall, strict, checksOthers } = objectParts(def);
  const fields = keys.map((key) => lazyCollector(shape[key]!));
  const extra = checksOthers && !strict && catchall ? fastAccept(catchall) : undefined;
  return (value, path, sink) => {
    if (!isObject(value)) return false;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (!(fields[i] as Collect)(Object.hasOwn(value, key) ? value[key] : undefined, [...path, key], sink)) return false;
    }
    if (!strict && !extra) return true;
    const unknown: string[] = [];
    for (const key of Object.keys(value)) {
      if (Object.hasOwn(shape, key)) continue;
      if (extra) {
        if (!extra(value[key])) return false;
      } else unknown.push(key);
    }
    if (unknown.length > 0) sink.push({ code: 'unrecognized_keys', path, keys: unknown, message: `Unrecognized key(s): ${unknown.join(', ')}` });
    return true;
  };
}
