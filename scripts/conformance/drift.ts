/**
 * `npm run conformance:drift [-- --fail-on-drift]`: installs the newest miniprogram-ci into a cache
 * folder outside the repository (MPCI_DRIFT_DIR, default ~/.cache/miniprogram-ci-drift; MPCI_DRIFT_VERSION
 * picks another version, installed only when missing), reads the JSON
 * Schemas its checker uses (dist/schema/dist/*.js) and reports
 *  - what changed since the version our conformance fixtures were judged with (the baseline summary
 *    committed beside this script): keys, enum values and types that are new or gone;
 *  - where WeChat's schema and ours (derived from the zod schemas) differ, for information.
 * Exits 0 with the report; with --fail-on-drift, 1 when WeChat changed since the baseline.
 * `--write-baseline` rewrites the baseline from the installed version (after regenerating the fixtures).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as z from 'zod';
import * as api from '../../src/index.js';
import { branches } from '../../src/validate/schema-walk.js';

type Json = Record<string, unknown>;
/** One schema flattened: path (`a.b[].*`) → JSON types and enum values. */
type Summary = Record<string, { types: string[]; enum?: string[] }>;

const BASELINE = fileURLToPath(new URL('./wechat-schema-baseline.json', import.meta.url));
const KINDS: { wechat: string; ours: () => z.core.$ZodType }[] = [
  { wechat: 'app', ours: () => api.appJsonSchema },
  { wechat: 'page', ours: () => api.pageJsonSchema },
  { wechat: 'sitemap', ours: () => api.sitemapJsonSchema },
  { wechat: 'theme', ours: () => api.themeJsonSchema },
  { wechat: 'projectconfig', ours: () => api.projectConfigJsonSchema },
];
const MAX_DEPTH = 6;

function install(): { dir: string; version: string } {
  const dir = process.env.MPCI_DRIFT_DIR ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'miniprogram-ci-drift');
  const wanted = process.env.MPCI_DRIFT_VERSION ?? 'latest';
  const installed = (): string | undefined => {
    const file = path.join(dir, 'node_modules', 'miniprogram-ci', 'package.json');
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
  };
  if (installed() !== wanted) {
    mkdirSync(dir, { recursive: true });
    if (!existsSync(path.join(dir, 'package.json'))) writeFileSync(path.join(dir, 'package.json'), '{"private":true}\n');
    execFileSync('npm', ['install', '--silent', '--no-audit', '--no-fund', '--ignore-scripts', `miniprogram-ci@${wanted}`], { cwd: dir, stdio: 'inherit' });
  }
  return { dir, version: installed() ?? wanted };
}

/** WeChat's JSON Schema, flattened. */
function summariseJsonSchema(schema: Json): Summary {
  const out: Summary = {};
  const definitions = (schema.definitions ?? {}) as Record<string, Json>;
  const visit = (node: unknown, at: string, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > MAX_DEPTH) return;
    let n = node as Json;
    if (typeof n.$ref === 'string' && n.$ref.startsWith('#/definitions/')) n = { ...definitions[n.$ref.slice(14)], ...n, $ref: undefined };
    const entry = (out[at] ??= { types: [] });
    const types = Array.isArray(n.type) ? n.type : n.type ? [n.type] : [];
    for (const t of types) if (!entry.types.includes(String(t))) entry.types.push(String(t));
    if (Array.isArray(n.enum)) entry.enum = [...new Set([...(entry.enum ?? []), ...n.enum.map(String)])];
    for (const list of [n.anyOf, n.oneOf]) if (Array.isArray(list)) for (const b of list) visit(b, at, depth);
    if (n.properties && typeof n.properties === 'object') for (const [k, v] of Object.entries(n.properties)) visit(v, join(at, k), depth + 1);
    if (n.items && typeof n.items === 'object') visit(n.items, `${at}[]`, depth + 1);
    if (n.additionalProperties && typeof n.additionalProperties === 'object') visit(n.additionalProperties, join(at, '*'), depth + 1);
    if (n.patternProperties && typeof n.patternProperties === 'object') for (const v of Object.values(n.patternProperties)) visit(v, join(at, '*'), depth + 1);
  };
  visit(schema, '', 0);
  delete out[''];
  return sorted(out);
}

/** Our zod schema, flattened the same way. */
function summariseZod(schema: z.core.$ZodType): Summary {
  const out: Summary = {};
  const visit = (s: z.core.$ZodType, at: string, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    const entry = (out[at] ??= { types: [] });
    const add = (t: string) => { if (!entry.types.includes(t)) entry.types.push(t); };
    for (const branch of branches(s)) {
      const def = branch._zod.def as unknown as Json & { type: string };
      if (def.type === 'object') {
        add('object');
        for (const [k, v] of Object.entries(def.shape as Record<string, z.core.$ZodType>)) visit(v, join(at, k), depth + 1);
      } else if (def.type === 'record') {
        add('object');
        visit(def.valueType as z.core.$ZodType, join(at, '*'), depth + 1);
      } else if (def.type === 'array') {
        add('array');
        visit(def.element as z.core.$ZodType, `${at}[]`, depth + 1);
      } else if (def.type === 'enum') {
        add('string');
        entry.enum = [...new Set([...(entry.enum ?? []), ...Object.values(def.entries as Json).map(String)])];
      } else if (def.type === 'literal') {
        for (const v of def.values as unknown[]) add(typeof v);
      } else {
        add(def.type);
      }
    }
  };
  visit(schema, '', 0);
  delete out[''];
  return sorted(out);
}

const join = (at: string, key: string) => (at ? `${at}.${key}` : key);

function sorted(summary: Summary): Summary {
  for (const entry of Object.values(summary)) {
    entry.types.sort();
    entry.enum?.sort();
  }
  return Object.fromEntries(Object.entries(summary).sort(([a], [b]) => a.localeCompare(b)));
}

/** Lines describing how `next` differs from `prev`. */
function diff(prev: Summary, next: Summary, labels: { added: string; removed: string }): string[] {
  const lines: string[] = [];
  for (const key of Object.keys(next)) if (!prev[key]) lines.push(`  ${labels.added} key ${key}`);
  for (const key of Object.keys(prev)) if (!next[key]) lines.push(`  ${labels.removed} key ${key}`);
  for (const [key, entry] of Object.entries(next)) {
    const before = prev[key];
    if (!before) continue;
    const newTypes = entry.types.filter((t) => !before.types.includes(t) && !(t === 'number' && before.types.includes('integer')));
    if (entry.types.length > 0 && before.types.length > 0 && newTypes.length > 0) lines.push(`  type of ${key}: ${before.types.join('|')} → ${entry.types.join('|')}`);
    const added = (entry.enum ?? []).filter((v) => before.enum && !before.enum.includes(v));
    const removed = (before.enum ?? []).filter((v) => entry.enum && !entry.enum.includes(v));
    if (added.length) lines.push(`  ${labels.added} values of ${key}: ${added.join(', ')}`);
    if (removed.length) lines.push(`  ${labels.removed} values of ${key}: ${removed.join(', ')}`);
  }
  return lines;
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const { dir, version } = install();
  const load = createRequire(path.join(dir, 'package.json'));
  const baseline = existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, 'utf8')) as { version: string; schemas: Record<string, Summary> } : undefined;
  const current: Record<string, Summary> = {};
  let drift = false;
  console.log(`miniprogram-ci ${version} (installed in ${dir}); baseline ${baseline?.version ?? 'none'}`);
  for (const kind of KINDS) {
    const file = path.join(dir, 'node_modules', 'miniprogram-ci', 'dist', 'schema', 'dist', `${kind.wechat}.js`);
    if (!existsSync(file)) {
      console.log(`\n${kind.wechat}: no schema file in this version`);
      drift = true;
      continue;
    }
    const wechat = summariseJsonSchema(load(file) as Json);
    current[kind.wechat] = wechat;
    const sinceBaseline = baseline?.schemas[kind.wechat] ? diff(baseline.schemas[kind.wechat]!, wechat, { added: 'new', removed: 'gone' }) : [];
    const vsOurs = diff(summariseZod(kind.ours()), wechat, { added: 'WeChat only:', removed: 'ours only:' });
    if (sinceBaseline.length) drift = true;
    console.log(`\n${kind.wechat}: ${sinceBaseline.length} change(s) in WeChat since ${baseline?.version ?? 'the baseline'}`);
    for (const line of sinceBaseline) console.log(line);
    console.log(`${kind.wechat}: ${vsOurs.length} difference(s) between WeChat's schema and ours`);
    for (const line of vsOurs) console.log(line);
  }
  if (args.has('--write-baseline')) {
    writeFileSync(BASELINE, JSON.stringify({ version, schemas: current }, null, 1) + '\n');
    console.log(`\nbaseline written: ${BASELINE}`);
  }
  console.log(drift
    ? '\nWeChat\'s schemas changed: regenerate the fixtures (npm run conformance:generate with this version) and review.'
    : '\nNo change in WeChat\'s schemas since the baseline.');
  if (drift && args.has('--fail-on-drift')) process.exitCode = 1;
}

main();
