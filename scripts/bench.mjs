#!/usr/bin/env node
/**
 * Benchmarks against the anchors (issue 7): validator vs JSON.parse and ajv on real app.json files,
 * the CLI as a cold process (vs node itself and WeChat's checker), type cost, bundle cost.
 * Every figure is a median over repeated runs; every comparison is a ratio measured in this run.
 *
 * Hostile inputs (issue 10) at the sizes that once took seconds to minutes: each must stay near-linear.
 *
 *   node scripts/bench.mjs [--dist DIR] [--out FILE] [--only corpus,accept,cli,hostile,types,bundle] [--quick]
 *   (env BENCH_DIST works like --dist; default dist/, as `npm run bench` builds it)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, homedir, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generate as generateProject, SHAPE } from './gen-bench-project.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = parseArgs(process.argv.slice(2));
const DIST = path.resolve(ROOT, args.dist ?? process.env.BENCH_DIST ?? 'dist');
const OUT = path.resolve(ROOT, args.out ?? 'bench/results.json');
const WORK = path.join(ROOT, '.tmp', 'bench');
const QUICK = Boolean(args.quick);
const SECTIONS = new Set(String(args.only ?? 'corpus,accept,cli,hostile,types,bundle').split(','));
const SHARED_CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const FIXTURE_CORPUS = path.join(ROOT, 'test', 'fixtures', 'corpus', 'app');
const ORACLE_DIR = process.env.MPCI_DIR ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'miniprogram-ci-oracle');

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (argv[i + 1] && !argv[i + 1].startsWith('--')) out[name] = argv[++i];
    else out[name] = true;
  }
  return out;
}

// ── statistics and output ────────────────────────────────────────────────────────────────────────

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const round = (x, digits = 3) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);

function table(title, header, rows) {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, c) => Math.max(...cells.map((row) => row[c].length)));
  const line = (row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  console.log(`\n${title}\n${line(cells[0])}\n${widths.map((w) => '─'.repeat(w)).join('  ')}`);
  for (const row of cells.slice(1)) console.log(line(row));
}

/** Median wall time of a spawned command, in ms. */
function timeProcess(command, argv, runs) {
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    last = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { ms: median(times), runs: times.map((t) => round(t, 1)), status: last.status, stdout: last.stdout, stderr: last.stderr };
}

// ── 1. per real app.json: JSON.parse vs validateAppJson vs ajv ─────────────────────────────────────

function corpusFiles() {
  if (existsSync(path.join(SHARED_CORPUS, 'INDEX.tsv'))) {
    const rows = readFileSync(path.join(SHARED_CORPUS, 'INDEX.tsv'), 'utf8').trim().split('\n').slice(1);
    return { source: SHARED_CORPUS, files: rows.map((r) => r.split('\t')).filter((c) => c[3] === 'app').map((c) => path.join(SHARED_CORPUS, c[0])) };
  }
  if (existsSync(FIXTURE_CORPUS)) {
    return { source: FIXTURE_CORPUS, files: readdirSync(FIXTURE_CORPUS).filter((f) => f.endsWith('.json')).map((f) => path.join(FIXTURE_CORPUS, f)) };
  }
  return { source: undefined, files: [] };
}

async function loadAjv(schemaFile) {
  if (!existsSync(schemaFile)) return undefined;
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  const draft = String(schema.$schema ?? '');
  const module = draft.includes('2020-12') ? 'ajv/dist/2020.js' : draft.includes('2019-09') ? 'ajv/dist/2019.js' : 'ajv';
  const { default: Ajv } = await import(module);
  const ajv = new Ajv({ strict: false, allErrors: false, logger: false });
  return ajv.compile(schema);
}

/**
 * Runs each candidate in interleaved rounds (so machine noise hits all of them alike); each round
 * repeats a candidate enough times to last about `batchMs`. Returns the median time per call, in µs.
 */
function race(candidates, { rounds, batchMs }) {
  const iterations = candidates.map(([, fn]) => {
    let n = 1;
    for (;;) {
      const started = performance.now();
      for (let i = 0; i < n; i++) fn();
      if (performance.now() - started >= batchMs || n >= 1 << 20) return n;
      n *= 2;
    }
  });
  const samples = candidates.map(() => []);
  for (let r = 0; r < rounds; r++) {
    candidates.forEach(([, fn], c) => {
      const n = iterations[c];
      const started = performance.now();
      for (let i = 0; i < n; i++) fn();
      samples[c].push(((performance.now() - started) * 1000) / n);
    });
  }
  return Object.fromEntries(candidates.map(([name], c) => [name, median(samples[c])]));
}

async function benchCorpus() {
  const { source, files } = corpusFiles();
  if (!source) return { skipped: `no corpus: neither ${SHARED_CORPUS} nor ${FIXTURE_CORPUS} exists` };
  const { validateAppJson } = await import(pathToFileURL(path.join(DIST, 'index.js')).href);
  const schemaFile = path.join(ROOT, 'schemas', 'en', 'app.schema.json');
  const ajvValidate = await loadAjv(schemaFile);
  const texts = new Map();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    try {
      JSON.parse(text);
      if (![...texts.values()].includes(text)) texts.set(file, text);
    } catch {
      // Only files that parse: the comparison is about checking, not about syntax errors.
    }
  }
  const rows = [];
  for (const [file, text] of texts) {
    const value = JSON.parse(text);
    const candidates = [
      ['parse', () => JSON.parse(text)],
      ['validateText', () => validateAppJson(text)],
      ['validateValue', () => validateAppJson(value)],
    ];
    if (ajvValidate) candidates.push(['ajv', () => ajvValidate(JSON.parse(text))]);
    const us = race(candidates, { rounds: QUICK ? 5 : 15, batchMs: QUICK ? 2 : 5 });
    const result = validateAppJson(text);
    rows.push({
      file: path.relative(source, file), bytes: Buffer.byteLength(text), valid: result.valid, diagnostics: result.diagnostics.length,
      ajvValid: ajvValidate ? ajvValidate(value) : undefined,
      us: Object.fromEntries(Object.entries(us).map(([k, v]) => [k, round(v, 2)])),
      vsParse: round(us.validateText / us.parse, 2),
      vsAjv: ajvValidate ? round(us.validateText / us.ajv, 2) : undefined,
    });
  }
  const total = (key) => rows.reduce((sum, r) => sum + (r.us[key] ?? 0), 0);
  const summary = {
    files: rows.length, source, schema: ajvValidate ? path.relative(ROOT, schemaFile) : 'missing (ajv skipped)',
    medianVsParse: round(median(rows.map((r) => r.vsParse)), 2),
    worstVsParse: round(Math.max(...rows.map((r) => r.vsParse)), 2),
    totalVsParse: round(total('validateText') / total('parse'), 2),
    withDiagnosticsVsParse: rows.some((r) => r.diagnostics > 0) ? round(median(rows.filter((r) => r.diagnostics > 0).map((r) => r.vsParse)), 2) : undefined,
    withoutDiagnosticsVsParse: rows.some((r) => r.diagnostics === 0) ? round(median(rows.filter((r) => r.diagnostics === 0).map((r) => r.vsParse)), 2) : undefined,
    medianVsAjv: ajvValidate ? round(median(rows.map((r) => r.vsAjv)), 2) : undefined,
    worstVsAjv: ajvValidate ? round(Math.max(...rows.map((r) => r.vsAjv)), 2) : undefined,
    totalVsAjv: ajvValidate ? round(total('validateText') / total('ajv'), 2) : undefined,
    targets: { vsParse: 3, vsAjv: 1 },
  };
  table(
    `validateAppJson on ${rows.length} real app.json files (µs per call, median of rounds)`,
    ['file', 'bytes', 'diags', 'JSON.parse', 'validate(text)', 'validate(value)', 'parse+ajv', '×parse', '×ajv'],
    rows.map((r) => [r.file.slice(0, 48), r.bytes, r.diagnostics, r.us.parse, r.us.validateText, r.us.validateValue, r.us.ajv ?? '–', r.vsParse, r.vsAjv ?? '–']),
  );
  console.log(`median ×parse ${summary.medianVsParse} (worst ${summary.worstVsParse}, total ${summary.totalVsParse}; target ≤ 3)` +
    (ajvValidate ? `; median ×ajv ${summary.medianVsAjv} (worst ${summary.worstVsAjv}, total ${summary.totalVsAjv}; target ≤ 1)` : ''));
  return { summary, rows };
}

// ── 1b. the yes/no acceptance check: our compiled check vs zod's own JIT (z.compile) vs safeParse ────

/**
 * validate/fast-accept.ts answers "would zod report no issue?" before zod runs. zod 4.6 ships
 * `z.compile` (a generated fast path, falling back to the runtime parser on failure): the check is
 * kept only while it is clearly faster. Values are pre-parsed; the compile cost is measured once.
 */
async function benchAccept() {
  const { source, files } = corpusFiles();
  if (!source) return { skipped: 'no corpus' };
  const z = await import('zod');
  const zodVersion = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'zod', 'package.json'), 'utf8')).version;
  if (typeof z.compile !== 'function') return { skipped: `zod ${zodVersion} has no compile()` };
  const { appJsonSchema } = await import(pathToFileURL(path.join(DIST, 'index.js')).href);
  const { fastAccept } = await import(pathToFileURL(path.join(DIST, 'validate', 'fast-accept.js')).href);
  const values = [];
  for (const file of files) {
    try {
      values.push(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      // Syntax errors are not about the schema check.
    }
  }
  let started = performance.now();
  const ours = fastAccept(appJsonSchema);
  ours(values[0]);
  const oursFirstCallMs = performance.now() - started;
  started = performance.now();
  const compiled = z.compile(appJsonSchema);
  compiled.safeParse(values[0]);
  const compileMs = performance.now() - started;
  const disagreements = values.filter((v) => ours(v) !== appJsonSchema.safeParse(v).success || compiled.safeParse(v).success !== appJsonSchema.safeParse(v).success).length;
  const groups = { valid: values.filter((v) => appJsonSchema.safeParse(v).success), invalid: values.filter((v) => !appJsonSchema.safeParse(v).success) };
  const rows = [];
  for (const [name, group] of Object.entries(groups)) {
    if (group.length === 0) continue;
    const us = race([
      ['fastAccept', () => { for (const v of group) ours(v); }],
      ['z.compile', () => { for (const v of group) compiled.safeParse(v); }],
      ['safeParse', () => { for (const v of group) appJsonSchema.safeParse(v); }],
    ], { rounds: QUICK ? 5 : 15, batchMs: QUICK ? 5 : 20 });
    const perFile = Object.fromEntries(Object.entries(us).map(([k, v]) => [k, round(v / group.length, 2)]));
    rows.push({ files: name, count: group.length, us: perFile, compileOverOurs: round(perFile['z.compile'] / perFile.fastAccept, 2) });
  }
  const result = { zod: zodVersion, files: values.length, disagreements, oursFirstCallMs: round(oursFirstCallMs, 1), compileMs: round(compileMs, 1), rows };
  table(`Is an app.json valid? (${values.length} real files, µs per file, median of rounds)`,
    ['files', 'n', 'fastAccept', 'z.compile', 'safeParse', 'z.compile ÷ ours'],
    rows.map((r) => [r.files, r.count, r.us.fastAccept, r.us['z.compile'], r.us.safeParse, r.compileOverOurs]));
  console.log(`one-time cost: fastAccept ${result.oursFirstCallMs} ms, z.compile ${result.compileMs} ms; disagreements with safeParse: ${disagreements}`);
  return result;
}

// ── 2. the CLI as a cold process ───────────────────────────────────────────────────────────────────

const ORACLE_TIMER = `
const path = require('path');
const started = process.hrtime.bigint();
const req = (m) => require(path.join(process.env.MPCI_DIR, 'node_modules', m));
const log = console.log; console.log = () => {};
const ci = req('miniprogram-ci');
const base = 'miniprogram-ci/dist/modules/corecompiler/original/json';
const { tryToGetReactiveProject } = req(base + '/reactiveCache');
const { getAppJSON } = req(base + '/app/appJSON');
const loaded = process.hrtime.bigint();
let verdict = 'ok';
try {
  const project = new ci.Project({ appid: 'wx1234567890abcdef', type: 'miniProgram', projectPath: process.argv[1], privateKey: 'none' });
  getAppJSON(tryToGetReactiveProject(project));
} catch (e) { verdict = 'error: ' + String((e && e.message) || e).slice(0, 200); }
log(JSON.stringify({ verdict, loadMs: Number(loaded - started) / 1e6, checkMs: Number(process.hrtime.bigint() - loaded) / 1e6 }));
`;

function benchCli() {
  const cli = path.join(DIST, 'cli.js');
  if (!existsSync(cli)) return { skipped: `${cli} does not exist` };
  const project = generateProject(path.join(WORK, 'project'));
  const runs = QUICK ? 3 : 10;
  const floor = timeProcess(process.execPath, ['-e', '0'], runs);
  const ours = timeProcess(process.execPath, [cli, 'check', project], runs);
  const result = {
    project: { pages: SHAPE.mainPages + SHAPE.subpackages * SHAPE.pagesPerSubpackage, subpackages: SHAPE.subpackages, components: SHAPE.components, tabIcons: SHAPE.tabs * 2 },
    nodeFloorMs: round(floor.ms, 1),
    cliMs: round(ours.ms, 1), cliRuns: ours.runs, cliExit: ours.status,
    cliOutput: `${ours.stdout}${ours.stderr}`.trim().split('\n').slice(-3).join('\n'),
    targetMs: 250,
  };
  const rows = [['node -e 0', result.nodeFloorMs, ''], [`node dist/cli.js check (exit ${ours.status})`, result.cliMs, round(ours.ms / floor.ms, 2)]];
  if (existsSync(path.join(ORACLE_DIR, 'node_modules', 'miniprogram-ci'))) {
    const oracleRuns = QUICK ? 2 : 5;
    const env = { ...process.env, MPCI_DIR: ORACLE_DIR };
    const times = [];
    const inside = [];
    for (let i = 0; i < oracleRuns; i++) {
      const started = process.hrtime.bigint();
      const run = spawnSync(process.execPath, ['-e', ORACLE_TIMER, project], { encoding: 'utf8', env });
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      try {
        inside.push(JSON.parse(run.stdout.trim().split('\n').pop()));
      } catch {
        inside.push({ verdict: `no output: ${run.stderr.slice(0, 200)}` });
      }
    }
    result.oracle = {
      ms: round(median(times), 1), runs: times.map((t) => round(t, 1)), verdict: inside[0]?.verdict,
      loadMs: round(median(inside.map((x) => x.loadMs ?? NaN)), 1), checkMs: round(median(inside.map((x) => x.checkMs ?? NaN)), 1),
    };
    result.oracleOverCli = round(result.oracle.ms / result.cliMs, 2);
    rows.push([`WeChat getAppJSON (${result.oracle.verdict})`, result.oracle.ms, round(result.oracle.ms / floor.ms, 2)]);
    rows.push(['  of which loading miniprogram-ci', result.oracle.loadMs, '']);
  } else {
    result.oracle = { skipped: `${ORACLE_DIR} has no miniprogram-ci` };
  }
  table(`CLI cold process on ${result.project.pages} pages / ${SHAPE.subpackages} subpackages / ${SHAPE.components} components (ms, median of ${runs})`,
    ['command', 'wall ms', '×node'], rows);
  console.log(`target ≤ ${result.targetMs} ms${result.oracleOverCli ? `; WeChat's checker takes ${result.oracleOverCli}× as long` : ''}`);
  return result;
}

// ── 3. type cost ──────────────────────────────────────────────────────────────────────────────────

/** A consumer project with the packed tarball installed (as `npm install` would), beside this repo's zod. */
function installPacked(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
  if (packed.status !== 0) return { error: `npm pack failed: ${packed.stderr.slice(0, 300)}` };
  const [{ filename }] = JSON.parse(packed.stdout);
  const pkg = path.join(dir, 'node_modules', 'miniprogram-schema');
  mkdirSync(pkg, { recursive: true });
  const untar = spawnSync('tar', ['-xzf', path.join(dir, filename), '-C', pkg, '--strip-components=1'], { encoding: 'utf8' });
  if (untar.status !== 0) return { error: `tar failed: ${untar.stderr.slice(0, 300)}` };
  for (const dep of ['zod', '@types']) symlinkSync(path.join(ROOT, 'node_modules', dep), path.join(dir, 'node_modules', dep), 'dir');
  return { pkg, tarball: filename };
}

/** Each entry point (`miniprogram-schema/<name>`, `index` for the root) and its declaration file in dist/. */
const ENTRY_FILES = { index: 'index', code2session: 'code2session', errcodes: 'errcodes', types: 'config-types' };

/** `import` lines and uses of every exported type and function of each entry, read from its declarations. */
async function consumerSources(pkg, entries) {
  const { default: ts } = await import('typescript');
  const files = entries.map((entry) => path.join(pkg, 'dist', `${ENTRY_FILES[entry]}.d.ts`));
  const program = ts.createProgram(files, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true });
  const checker = program.getTypeChecker();
  return entries.map((entry, e) => {
    const source = program.getSourceFile(files[e]);
    const symbol = source && checker.getSymbolAtLocation(source);
    const names = [];
    const uses = [];
    for (const exported of symbol ? checker.getExportsOfModule(symbol) : []) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const name = exported.getName();
      const alias = `${entry}_${name}`;
      if (target.flags & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface)) {
        const declaration = target.declarations?.[0];
        const params = declaration && 'typeParameters' in declaration ? declaration.typeParameters?.length ?? 0 : 0;
        names.push(`type ${name} as ${alias}`);
        uses.push(`export declare const use_${alias}: ${alias}${params ? `<${Array(params).fill('any').join(', ')}>` : ''};`);
      } else if (target.flags & ts.SymbolFlags.Function) {
        names.push(`${name} as ${alias}`);
        // Validators are called as users call them; other functions are referenced (their declared type is resolved).
        uses.push(/^validate/.test(name) ? `export const call_${alias} = ${alias}('{}').value;` : `export const ref_${alias} = ${alias};`);
      }
    }
    const specifier = entry === 'index' ? 'miniprogram-schema' : `miniprogram-schema/${entry}`;
    return { entry, types: names.filter((n) => n.startsWith('type ')).length, imports: `import { ${names.join(', ')} } from '${specifier}';`, uses };
  });
}

async function benchTypes() {
  const entries = Object.keys(ENTRY_FILES).filter((e) => existsSync(path.join(DIST, `${ENTRY_FILES[e]}.d.ts`)));
  if (entries.length === 0) return { skipped: `no declarations in ${DIST}` };
  const dir = path.join(WORK, 'types');
  const installed = installPacked(dir);
  if (installed.error) return { error: installed.error };
  const sources = await consumerSources(installed.pkg, entries);
  const write = (name, text) => writeFileSync(path.join(dir, `${name}.ts`), text);
  write('empty', 'export {};\n');
  // Every public type and function of every entry (the root, the server entries and /types).
  write('consumer', `${sources.map((s) => s.imports).join('\n')}\n\n${sources.flatMap((s) => s.uses).join('\n')}\n`);
  for (const s of sources) write(`consumer-${s.entry}`, `${s.imports}\n\n${s.uses.join('\n')}\n`);
  // What a client project writes: `import type` of every config type from the zero-import entry.
  const typesOnly = sources.find((s) => s.entry === 'types');
  if (typesOnly) write('types-only', `${typesOnly.imports.replace('import {', 'import type {').replace(/type (\w+ as)/g, '$1')}\n\n${typesOnly.uses.join('\n')}\n`);
  const measure = (file, skipLibCheck) => {
    const compilerOptions = { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck, types: ['node'] };
    const config = path.join(dir, `tsconfig.${file}.${skipLibCheck ? 'skip' : 'full'}.json`);
    writeFileSync(config, JSON.stringify({ compilerOptions, files: [`${file}.ts`] }));
    const samples = [];
    for (let i = 0; i < (QUICK ? 2 : 5); i++) {
      const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'lib', 'tsc.js'), '-p', config, '--extendedDiagnostics'], { encoding: 'utf8' });
      const stat = (label) => Number((run.stdout.match(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm')) ?? [])[1]);
      if (run.status !== 0) return { error: run.stdout.split('\n').filter((l) => l.includes('error')).slice(0, 5).join('\n') };
      samples.push({ instantiations: stat('Instantiations'), types: stat('Types'), checkMs: stat('Check time') * 1000, totalMs: stat('Total time') * 1000, files: stat('Files') });
    }
    return {
      instantiations: samples[0].instantiations, types: samples[0].types, files: samples[0].files,
      checkMs: round(median(samples.map((s) => s.checkMs)), 0), totalMs: round(median(samples.map((s) => s.totalMs)), 0),
    };
  };
  const added = (m, base) => ({ ...m, addedInstantiations: m.instantiations - base.instantiations, addedCheckMs: m.checkMs - base.checkMs, addedTotalMs: m.totalMs - base.totalMs });
  const emptySkip = measure('empty', true);
  const emptyFull = measure('empty', false);
  const errors = [emptySkip, emptyFull].filter((m) => m.error);
  if (errors.length) return { error: errors[0].error };
  const result = {
    tarball: installed.tarball,
    typesUsed: sources.reduce((sum, s) => sum + s.types, 0),
    empty: { skipLibCheck: emptySkip, full: emptyFull },
    typesEntry: typesOnly ? added(measure('types-only', false), emptyFull) : { skipped: 'no types entry' },
    consumer: added(measure('consumer', true), emptySkip),
    consumerFull: added(measure('consumer', false), emptyFull),
    entries: sources.map((s) => ({ entry: s.entry, ...added(measure(`consumer-${s.entry}`, true), emptySkip) })),
    targets: { typesEntryInstantiations: 2000, consumerInstantiations: 5000, consumerCheckMs: 50 },
  };
  const row = (name, m, base) => (m.error ? [name, 'error', '', '', '', ''] : [name, m.files - base.files, m.types - base.types, m.addedInstantiations, m.addedCheckMs, m.addedTotalMs]);
  table(`Type cost against the packed tarball (${installed.tarball}), added over an empty project (median of ${QUICK ? 2 : 5} tsc runs)`,
    ['', 'files', 'types', 'instantiations', 'check ms', 'total ms'],
    [
      ...(typesOnly ? [row(`import type of all ${typesOnly.types} types from /types (skipLibCheck false)`, result.typesEntry, emptyFull)] : []),
      row(`every public type of every entry, ${result.typesUsed} (skipLibCheck true)`, result.consumer, emptySkip),
      row('  the same, skipLibCheck false', result.consumerFull, emptyFull),
      ...result.entries.map((e) => row(`  of which '${e.entry}' alone (skipLibCheck true)`, e, emptySkip)),
    ]);
  console.log('targets: /types ≤ 2000 instantiations; every type ≤ 5000 instantiations and ≤ 50 ms check time (skipLibCheck true)');
  return result;
}

// ── 4. bundle cost ────────────────────────────────────────────────────────────────────────────────

const VALIDATORS = [
  'validateAppJson', 'validatePageJson', 'validateComponentJson', 'validateSitemapJson', 'validateThemeJson',
  'validateProjectConfigJson', 'validateProjectPrivateConfigJson',
];

async function benchBundle() {
  if (!existsSync(path.join(DIST, 'index.js'))) return { skipped: `${DIST}/index.js does not exist` };
  const esbuild = await import('esbuild');
  // A throwaway install of the package as a consumer would see it: package.json + dist + schemas.
  const dir = path.join(WORK, 'bundle');
  rmSync(dir, { recursive: true, force: true });
  const pkg = path.join(dir, 'node_modules', 'miniprogram-schema');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(path.join(pkg, 'package.json'), readFileSync(path.join(ROOT, 'package.json')));
  symlinkSync(DIST, path.join(pkg, 'dist'), 'dir');
  if (existsSync(path.join(ROOT, 'schemas'))) symlinkSync(path.join(ROOT, 'schemas'), path.join(pkg, 'schemas'), 'dir');
  const cases = [
    ['import type { AppJson }', "import type { AppJson } from 'miniprogram-schema';\nexport const config: AppJson = { pages: ['pages/index/index'] };\n"],
    ["import schema from '…/schemas/en/app.schema.json'", "import schema from 'miniprogram-schema/schemas/en/app.schema.json';\nexport default schema;\n"],
    // One row per kind: each validator should pull only its own schemas and rules.
    ...VALIDATORS.map((name) => [`import { ${name} }`, `import { ${name} } from 'miniprogram-schema';\nexport const check = (text) => ${name}(text);\n`]),
  ];
  const rows = [];
  for (const [name, code] of cases) {
    const entry = path.join(dir, `entry-${rows.length}.ts`);
    writeFileSync(entry, code);
    try {
      const built = await esbuild.build({
        entryPoints: [entry], bundle: true, write: false, minify: true, format: 'esm', platform: 'browser', metafile: true, logLevel: 'silent',
      });
      const output = built.outputFiles[0].contents;
      const inputs = Object.keys(built.metafile.inputs);
      rows.push({ name, bytes: output.length, gzipBytes: gzipSync(output).length, includesZod: inputs.some((i) => /node_modules\/zod\//.test(i)), inputs: inputs.length });
    } catch (error) {
      rows.push({ name, error: String(error.message ?? error).split('\n').slice(0, 3).join(' ') });
    }
  }
  table('Bundle cost (esbuild, minified ESM, platform browser)', ['import', 'bytes', 'gzip', 'zod?'],
    rows.map((r) => [r.name, r.bytes ?? r.error, r.gzipBytes ?? '', r.error ? '' : r.includesZod ? 'yes' : 'no']));
  return { rows, requirement: 'the first two must not include zod' };
}

// ── hostile input: sizes that were super-linear before (issue 10, item 4) ─────────────────────────

async function benchHostile() {
  const { validateAppJson, validateProjectConfigJson } = await import(pathToFileURL(path.join(DIST, 'index.js')).href);
  const runs = QUICK ? 1 : 3;
  const timeCall = (run) => {
    const times = [];
    let last;
    for (let i = 0; i < runs; i++) {
      const started = process.hrtime.bigint();
      last = run();
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return { ms: round(median(times), 1), diagnostics: last?.diagnostics?.length };
  };
  const many = (n, f) => Array.from({ length: n }, (_, i) => f(i));
  const cases = [
    ['page path "p" + 100k "?" (and a newline)', () => validateAppJson({ pages: [`p${'?'.repeat(1e5)}`, `p${'?'.repeat(1e5)}\nx`] })],
    ['pluginRoot with 100k slashes', () => validateProjectConfigJson({ compileType: 'plugin', pluginRoot: `a${'/'.repeat(1e5)}x`, miniprogramRoot: `a${'/'.repeat(1e5)}y` })],
    ['40k subpackages, half nested, 40k main pages in them', (() => {
      const text = JSON.stringify({ pages: many(40000, (i) => `r${i}/p`), subpackages: many(40000, (i) => ({ root: i % 2 ? `r${i - 1}/in` : `r${i}`, pages: ['x'] })) });
      return () => validateAppJson(text, { maxPerCode: Infinity });
    })()],
    ['50k duplicate pages, every position', (() => {
      const text = JSON.stringify({ pages: Array(50000).fill('a') }, null, 2);
      return () => validateAppJson(text, { maxPerCode: Infinity });
    })()],
    ['100k duplicate pages, every position', (() => {
      const text = JSON.stringify({ pages: Array(100000).fill('a') }, null, 2);
      return () => validateAppJson(text, { maxPerCode: Infinity });
    })()],
    ['130k duplicate pages, default cap', (() => {
      const text = JSON.stringify({ pages: Array(130000).fill('a') });
      return () => validateAppJson(text);
    })()],
  ];
  const rows = cases.map(([name, run]) => ({ name, ...timeCall(run) }));
  const cli = path.join(DIST, 'cli.js');
  if (existsSync(cli)) {
    const workspace = path.join(WORK, 'hostile-vscode');
    rmSync(workspace, { recursive: true, force: true });
    mkdirSync(workspace, { recursive: true });
    writeFileSync(path.join(workspace, 'project.config.json'), JSON.stringify({ miniprogramRoot: `a${'/'.repeat(1e5)}x` }));
    const run = timeProcess(process.execPath, [cli, 'init', 'vscode', workspace], runs);
    rows.push({ name: `init vscode, 100 KB miniprogramRoot (process, exit ${run.status})`, ms: round(run.ms, 1) });
  }
  table(`Hostile input (ms, median of ${runs})`, ['input', 'ms', 'diagnostics'], rows.map((r) => [r.name, r.ms, r.diagnostics ?? '']));
  return { rows };
}

// ── run ───────────────────────────────────────────────────────────────────────────────────────────

const results = {
  date: new Date().toISOString(), node: process.version, cpu: `${cpus()[0]?.model ?? 'unknown'} ×${cpus().length}`,
  dist: path.relative(ROOT, DIST) || '.', quick: QUICK, loadAverageAtStart: loadavg().map((x) => round(x, 2)),
};
mkdirSync(WORK, { recursive: true });
if (SECTIONS.has('corpus')) results.corpus = await benchCorpus();
if (SECTIONS.has('accept')) results.accept = await benchAccept();
if (SECTIONS.has('cli')) results.cli = benchCli();
if (SECTIONS.has('hostile')) results.hostile = await benchHostile();
if (SECTIONS.has('types')) results.types = await benchTypes();
if (SECTIONS.has('bundle')) results.bundle = await benchBundle();
mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${path.relative(process.cwd(), OUT)}`);
