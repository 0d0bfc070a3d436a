/**
 * The exported JSON Schemas and the zod schemas give the same verdict — on every corpus file and on
 * generated configs — for everything the JSON Schema expresses: the zod schema itself plus the
 * cross-field rules listed in scripts/gen-schemas-rules.ts. Unknown keys are compared separately:
 * an error for ajv (additionalProperties), a warning for zod.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPRESSIBLE_RULES } from '../scripts/gen-schemas-rules.js';
import { CONFIG_KINDS } from '../src/kinds.js';
import type { Rule } from '../src/validate/rule.js';
import { validateConfig } from '../src/validate/validate.js';
import { committedSchema, corpusFiles, parseJson } from './json-schema-support.js';

type Json = Record<string, unknown>;
/** The shared corpus beside the clone; `MPS_SHARED_DIR` points elsewhere (e.g. a missing folder, to see the tests skip). */
const SHARED = process.env.MPS_SHARED_DIR ?? fileURLToPath(new URL('../../shared', import.meta.url));

/** The same schema with every object open: what remains is everything but the unknown-key check. */
function opened(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(opened);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key, v]) => !(key === 'additionalProperties' && v === false)).map(([key, v]) => [key, opened(v)]));
}

interface Judge {
  kind: string;
  ajvOpen: ValidateFunction;
  ajvClosed: ValidateFunction;
  zod: (value: unknown) => { valid: boolean; unknownKeys: string[] };
}

function judgeFor(kind: (typeof CONFIG_KINDS)[number]): Judge | undefined {
  const schema = kind.schema;
  if (!existsSync(fileURLToPath(new URL(`../schemas/en/${kind.id}.schema.json`, import.meta.url)))) return undefined;
  const exported = committedSchema('en', kind.id);
  const ajv = new Ajv({ strict: false, allErrors: true });
  const definitionNames = new Set(Object.keys((exported.definitions as Json | undefined) ?? {}).concat(kind.typeName));
  const rules = [...new Set(EXPRESSIBLE_RULES.filter((entry) => definitionNames.has(entry.definition)).flatMap((entry) => entry.rules))] as Rule<unknown>[];
  return {
    kind: kind.id,
    ajvOpen: ajv.compile({ ...(opened(exported) as Json), $id: `${exported.$id}#open` }),
    ajvClosed: ajv.compile(exported),
    zod: (value) => {
      const result = validateConfig({ schema, rules }, value);
      return {
        valid: result.valid,
        unknownKeys: result.diagnostics.filter((d) => d.code === 'unknown-key').map((d) => pointer(d.path)).sort(),
      };
    },
  };
}

/** JSON Pointer, as ajv reports instance paths. */
function pointer(path: ReadonlyArray<string | number>): string {
  return path.map((key) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function unknownKeysOf(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).filter((e) => e.keyword === 'additionalProperties')
    .map((e) => `${e.instancePath}${pointer([(e.params as { additionalProperty: string }).additionalProperty])}`).sort();
}

/** Both verdicts, in a shape whose difference reads well in a failure. */
function verdicts(judge: Judge, value: unknown) {
  const zod = judge.zod(value);
  const ajvValid = judge.ajvOpen(value);
  judge.ajvClosed(value);
  return {
    zod: { valid: zod.valid, unknownKeys: zod.unknownKeys },
    ajv: { valid: ajvValid, unknownKeys: [...new Set(unknownKeysOf(judge.ajvClosed.errors))], errors: ajvValid ? [] : judge.ajvOpen.errors?.map((e) => `${e.instancePath} ${e.message}`) },
  };
}

function expectAgreement(judge: Judge, value: unknown): void {
  const { zod, ajv } = verdicts(judge, value);
  expect({ valid: ajv.valid, unknownKeys: ajv.unknownKeys }, JSON.stringify({ value, zod, ajv }).slice(0, 2000)).toEqual(zod);
}

const judges = CONFIG_KINDS.map(judgeFor).filter((judge): judge is Judge => judge !== undefined);
const judgeOf = (kind: string) => judges.find((judge) => judge.kind === kind);

// ---------------------------------------------------------------------------------------------------
// Corpus

function sharedCorpus(): Array<{ kind: string; file: string; value: unknown }> {
  const index = `${SHARED}/corpus/INDEX.tsv`;
  if (!existsSync(index)) return [];
  return readFileSync(index, 'utf8').split('\n').slice(1).filter(Boolean).flatMap((line) => {
    const [file = '', , path = '', kind = ''] = line.split('\t');
    const ours = kind === 'project' ? (path.endsWith('project.private.config.json') ? 'project.private.config' : 'project.config') : kind;
    const value = parseJson(readFileSync(`${SHARED}/corpus/${file}`, 'utf8'));
    return value === undefined ? [] : [{ kind: ours, file, value }];
  });
}

describe('ajv and zod agree on the corpus fixtures', () => {
  const files = corpusFiles().map((file) => ({ ...file, value: parseJson(file.text) })).filter((file) => file.value !== undefined && judgeOf(file.kind));
  it.skipIf(files.length === 0).each(files.map((file) => [`${file.kind}: ${file.fixture}`, file] as const))('%s', (_name, file) => {
    expectAgreement(judgeOf(file.kind)!, file.value);
  });
});

describe('ajv and zod agree on every shared corpus file', () => {
  const files = sharedCorpus().filter((file) => judgeOf(file.kind));
  // Without the corpus, one test is reported as skipped rather than none generated.
  it.skipIf(files.length === 0)(`finds the shared corpus at ${SHARED}/corpus`, () => {
    expect(files.length).toBeGreaterThan(0);
  });
  it.each(files.map((file) => [`${file.kind}: ${file.file}`, file] as const))('%s', (_name, file) => {
    expectAgreement(judgeOf(file.kind)!, file.value);
  });
});

// ---------------------------------------------------------------------------------------------------
// Generated configs: a valid base with one value replaced somewhere the schema describes

function resolve(schema: Json, node: Json): Json {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const target = ref === '#' ? schema : (schema.definitions as Record<string, Json>)[ref.replace('#/definitions/', '')];
  return target ? resolve(schema, target) : node;
}

/** Property paths the schema documents (array items as index 0), with the schema node at each. */
function describedPaths(schema: Json, node: Json = schema, path: Array<string | number> = [], depth = 0): Array<{ path: Array<string | number>; node: Json }> {
  const here = resolve(schema, node);
  if (depth > 4) return [];
  const found: Array<{ path: Array<string | number>; node: Json }> = [];
  const branches = [here, ...((here.anyOf as Json[] | undefined) ?? [])].map((b) => resolve(schema, b));
  for (const branch of branches) {
    for (const [key, child] of Object.entries((branch.properties as Record<string, Json> | undefined) ?? {})) {
      if (key === '$schema') continue;
      found.push({ path: [...path, key], node: child }, ...describedPaths(schema, child, [...path, key], depth + 1));
    }
    // A record (additionalProperties schema): a value under a made-up key.
    if (branch.additionalProperties && typeof branch.additionalProperties === 'object') {
      const child = branch.additionalProperties as Json;
      found.push({ path: [...path, 'some/key'], node: child }, ...describedPaths(schema, child, [...path, 'some/key'], depth + 1));
    }
    if (branch.items && typeof branch.items === 'object' && !Array.isArray(branch.items)) {
      found.push({ path: [...path, 0], node: branch.items as Json }, ...describedPaths(schema, branch.items as Json, [...path, 0], depth + 1));
    }
  }
  return found;
}

/** Values the node itself suggests (enum, const, default, examples) plus near misses of every kind. */
function valuesFor(schema: Json, node: Json): fc.Arbitrary<unknown> {
  const here = resolve(schema, node);
  const suggested = [here, ...((here.anyOf as Json[] | undefined) ?? [])].flatMap((b) => [
    ...((b.enum as unknown[] | undefined) ?? []), ...(b.const !== undefined ? [b.const] : []), ...(b.default !== undefined ? [b.default] : []),
  ]);
  const nearMisses: unknown[] = [
    '#fff', '#FFFFFF', '#12345678', '#ggg', 'red', '@bg', '@', '', 'true', true, false, 0, 1, -1, 1.5, 100, null, [], ['a'], [1], {}, { a: 1 },
    // paths and values the expressed rules look at
    'pages/a/a', '/pages/a', './a', 'a/../b', 'a//b', 'a\\b', ' a', 'a?x=1', 'pages/a.js', 'pages/a.WXML', 'a.b/c', 'a.png', 'a.PNG', '/a.jpg', 'a/.png',
    '__APP__', 'a/*', './a/*', 'a//b/*', 'skyline', 'webview', 'getFuzzyLocation', 'getLocation', ['getFuzzyLocation', 'getLocation'], ['pages/a.js'], { 'a/*': 'b/*' }, { x: './b/*' },
  ];
  return fc.oneof(
    ...(suggested.length ? [fc.constantFrom(...suggested)] : []),
    fc.constantFrom(...nearMisses),
    fc.string({ maxLength: 6 }),
    fc.integer({ min: -5, max: 20 }),
  );
}

function setAt(base: unknown, path: Array<string | number>, value: unknown): unknown {
  const root = structuredClone(base) as Json;
  let cursor: Record<string | number, unknown> = root;
  path.forEach((key, i) => {
    if (i === path.length - 1) cursor[key] = value;
    else {
      const next = cursor[key];
      const wanted = typeof path[i + 1] === 'number' ? [] : {};
      if (typeof next !== 'object' || next === null || Array.isArray(next) !== Array.isArray(wanted)) cursor[key] = wanted;
      cursor = cursor[key] as Record<string | number, unknown>;
    }
  });
  return root;
}

const MINIMAL: Record<string, unknown> = { app: { pages: ['pages/index/index'] } };

function basesFor(judge: Judge): unknown[] {
  const corpus = corpusFiles().filter((file) => file.kind === judge.kind).map((file) => parseJson(file.text));
  return [MINIMAL[judge.kind] ?? {}, ...corpus.slice(0, 20)].filter((value) => value !== undefined && judge.zod(value).valid);
}

describe('ajv and zod agree on generated configs', () => {
  for (const judge of judges) {
    const schema = committedSchema('en', judge.kind);
    const paths = describedPaths(schema);
    const bases = basesFor(judge);
    it.skipIf(bases.length === 0 || paths.length === 0)(`${judge.kind}: one value replaced at any documented path`, () => {
      const config = fc.tuple(fc.constantFrom(...bases), fc.constantFrom(...paths))
        .chain(([base, { path, node }]) => valuesFor(schema, node).map((value) => setAt(base, path, value)));
      const seen = { valid: 0, invalid: 0 };
      fc.assert(fc.property(config, (value) => {
        expectAgreement(judge, value);
        seen[judge.zod(value).valid ? 'valid' : 'invalid'] += 1;
      }), { numRuns: 400, seed: 20261126 });
      // Both verdicts occur, so the agreement is not trivially about one of them.
      expect(seen.valid).toBeGreaterThan(20);
      expect(seen.invalid).toBeGreaterThan(20);
    });
  }

  it.skipIf(!judgeOf('app'))('app: tab lists of 0 to 12 tabs, with and without a custom tab bar', () => {
    const tabs = fc.array(fc.record({ pagePath: fc.constantFrom('pages/a/index', 'pages/b/index'), text: fc.constantFrom('A', 'B') }), { maxLength: 12 });
    const config = fc.record({ list: tabs, custom: fc.option(fc.boolean(), { nil: undefined }) })
      .map(({ list, custom }) => ({ pages: ['pages/a/index', 'pages/b/index'], tabBar: custom === undefined ? { list } : { list, custom } }));
    fc.assert(fc.property(config, (value) => expectAgreement(judgeOf('app')!, value)), { numRuns: 200, seed: 20261126 });
  });
});
