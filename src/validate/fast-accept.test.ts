/**
 * The compiled yes/no check must agree with zod exactly: "yes" exactly when zod reports no issue.
 * Checked on every corpus fixture, on mutations of them, and on arbitrary JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { appJsonSchema, componentJsonSchema, pageJsonSchema, projectConfigJsonSchema, sitemapJsonSchema, themeJsonSchema } from '../index.js';
import { fastAccept, unknownKeysOnly } from './fast-accept.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/corpus/', import.meta.url));

function fixtures(folder: string): unknown[] {
  let files: string[] = [];
  try {
    files = readdirSync(FIXTURES + folder).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  return files.flatMap((f) => {
    try {
      return [JSON.parse(readFileSync(FIXTURES + folder + '/' + f, 'utf8').replace(/^\uFEFF/, ''))];
    } catch {
      return [];
    }
  });
}

const KINDS: Array<[string, z.ZodType, unknown[]]> = [
  ['app', appJsonSchema as z.ZodType, fixtures('app')],
  ['page', pageJsonSchema as z.ZodType, [{}, { navigationBarTitleText: 'x', usingComponents: { a: '/c/a' } }]],
  ['component', componentJsonSchema as z.ZodType, [{ component: true }, { component: true, usingComponents: { a: '../a' }, styleIsolation: 'shared' }]],
  ['sitemap', sitemapJsonSchema as z.ZodType, fixtures('sitemap')],
  ['theme', themeJsonSchema as z.ZodType, fixtures('theme')],
  ['project.config', projectConfigJsonSchema as z.ZodType, fixtures('project-config')],
];

function agrees(schema: z.ZodType, value: unknown): void {
  const zod = schema.safeParse(value);
  const context = `${JSON.stringify(zod.error?.issues)} for ${JSON.stringify(value).slice(0, 300)}`;
  expect(fastAccept(schema)(value), context).toBe(zod.success);
  // "Only unknown keys": exactly zod's unrecognized_keys issues, in order, or undefined when zod has others.
  const issues = zod.error?.issues ?? [];
  const onlyUnknown = issues.every((issue) => issue.code === 'unrecognized_keys');
  const collected = unknownKeysOnly(schema)(value);
  if (onlyUnknown) {
    expect(collected?.map(({ path, keys }) => ({ path, keys })), context)
      .toEqual(issues.map((issue) => ({ path: issue.path, keys: (issue as { keys: string[] }).keys })));
  } else {
    expect(collected, context).toBeUndefined();
  }
}

/** Adds a key no schema knows to one object of a sample. */
function addUnknownKey(sample: unknown, pick: number): unknown {
  const copy = structuredClone(sample);
  const objects: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    if (!Array.isArray(node)) objects.push(node as Record<string, unknown>);
    for (const child of Object.values(node)) walk(child);
  };
  walk(copy);
  const target = objects[pick % Math.max(1, objects.length)];
  if (target) target[`zz_unknown_${pick % 7}`] = pick;
  return copy;
}

/** Replaces one nested value of a sample with something else. */
function mutate(sample: unknown, pick: number, replacement: unknown): unknown {
  const copy = structuredClone(sample);
  const slots: Array<[Record<string | number, unknown>, string | number]> = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      slots.push([node as Record<string, unknown>, Array.isArray(node) ? Number(key) : key]);
      walk((node as Record<string, unknown>)[key]);
    }
  };
  walk(copy);
  if (slots.length === 0) return copy;
  const [parent, key] = slots[pick % slots.length] as [Record<string | number, unknown>, string | number];
  if (replacement === undefined) delete parent[key];
  else parent[key] = replacement;
  return copy;
}

describe.each(KINDS)('fastAccept agrees with zod: %s', (_kind, schema, samples) => {
  it('on every sample', () => {
    for (const sample of samples) agrees(schema, sample);
  });

  it('on samples with one value replaced, renamed or removed', () => {
    if (samples.length === 0) return;
    const replacement = fc.oneof(
      fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('#fff', '#ffffff', '@var', 'black', 'white', 'all', 'wifi', true, 0, -1, 1.5, [], {}),
    );
    fc.assert(fc.property(fc.nat({ max: samples.length - 1 }), fc.nat(), replacement, (which, pick, value) => {
      agrees(schema, mutate(samples[which], pick, value));
    }), { numRuns: 400 });
  });

  it('on samples with unknown keys added (one or two places, plus one other change)', () => {
    if (samples.length === 0) return;
    fc.assert(fc.property(fc.nat({ max: samples.length - 1 }), fc.nat(), fc.nat(), fc.boolean(), fc.jsonValue({ maxDepth: 1 }), (which, a, b, alsoBreak, replacement) => {
      let value = addUnknownKey(addUnknownKey(samples[which], a), b);
      agrees(schema, value);
      if (alsoBreak) {
        value = mutate(value, a + b, replacement);
        agrees(schema, value);
      }
    }), { numRuns: 300 });
  });

  it('on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => agrees(schema, value)), { numRuns: 100 });
  });
});

describe('fastAccept on zod constructs', () => {
  it.each([
    ['regex, length and numeric checks', z.strictObject({ s: z.string().regex(/^a+$/g).min(2).max(3), n: z.number().int().min(0).lt(10) }),
      [{ s: 'aa', n: 0 }, { s: 'aaa', n: 9 }, { s: 'a', n: 1 }, { s: 'aaaa', n: 1 }, { s: 'ab', n: 1 }, { s: 'aa', n: 10 }, { s: 'aa', n: 1.5 }, { s: 'aa', n: -1 }]],
    ['strict, loose and stripping objects', z.object({ a: z.strictObject({ b: z.boolean().optional() }), c: z.looseObject({}) }),
      [{ a: {}, c: { x: 1 } }, { a: { b: true }, c: {} }, { a: { z: 1 }, c: {} }, { a: {}, c: [] }, { a: {}, c: {}, extra: 1 }, {}]],
    ['records, enums, literals, unions, catchall', z.strictObject({
      r: z.record(z.string().regex(/^k/), z.enum(['x', 'y'])).optional(),
      l: z.union([z.literal(1), z.array(z.string()).min(1)]).optional(),
      e: z.record(z.enum(['p', 'q']), z.number()).optional(),
      c: z.object({ fixed: z.null() }).catchall(z.number()).optional(),
    }), [{}, { r: { k1: 'x' } }, { r: { z: 'x' } }, { r: { k: 'z' } }, { l: 1 }, { l: 2 }, { l: ['a'] }, { l: [] },
      { e: { p: 1, q: 2 } }, { e: { p: 1 } }, { c: { fixed: null, n: 1 } }, { c: { fixed: null, n: 's' } }, { c: { n: 1 } }]],
    ['refinements fall back to zod', z.strictObject({ v: z.string().refine((s) => s.startsWith('v')) }), [{ v: 'v1' }, { v: 'x' }, { v: 1 }]],
    ['prototype keys', z.strictObject({ a: z.string().optional() }), [JSON.parse('{"__proto__":{"a":1}}'), JSON.parse('{"constructor":1}'), { a: 'x' }]],
  ])('%s', (_name, schema, values) => {
    for (const value of values) agrees(schema as z.ZodType, value);
  });

  it('handles recursive schemas', () => {
    type Node = { children?: Node[] };
    const node: z.ZodType<Node> = z.lazy(() => z.strictObject({ children: z.array(node).optional() }));
    for (const value of [{}, { children: [{ children: [] }] }, { children: [{ child: 1 }] }]) agrees(node as z.ZodType, value);
  });
});
