#!/usr/bin/env node
/**
 * Imports in src/ point down the layers of ARCHITECTURE.md, and no two src/ folders import each other
 * (directly or round a loop). Tests (*.test.ts) may import anything; test helpers obey the layers but
 * are left out of the folder graph (they sit beside what they test, not in the shipped code).
 *
 *   node scripts/check-layers.mjs      (exit 1 and a list of offending imports when something is wrong)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = path.join(ROOT, 'src');

/** Low to high: a module may import its own layer and the layers before it. */
export const LAYERS = ['foundation', 'text', 'schemas', 'engine', 'rules', 'validators', 'kinds', 'project', 'config', 'entries', 'cli'];
/** Server-only entry points: they may import the two lowest layers and each other; nothing else imports them. */
const SERVER = 'server';
/** Folders of one config kind each: schema modules, then `rules.ts` or `rules/`, then `validate.ts` and `index.ts`. */
const KIND_FOLDERS = new Set(['app', 'page', 'component', 'sitemap', 'theme', 'project-config']);
const ROOT_FILES = {
  'meta.ts': 'foundation', 'diagnostics.ts': 'foundation', 'types.ts': 'foundation', 'types.generated.ts': 'foundation',
  'zod-adapter.ts': 'foundation', 'links.ts': 'foundation', 'define.ts': 'validators', 'portable.ts': 'validators', 'kinds.ts': 'kinds', 'validate-file.ts': 'kinds',
  'index.ts': 'entries', 'index.browser.ts': 'entries',
};
const FOLDERS = {
  locales: 'text', json: 'text', primitives: 'text', validate: 'engine', project: 'project', config: 'config', cli: 'cli',
  code2session: SERVER, errcodes: SERVER,
};
const TEST_HELPERS = new Set(['cli/test-support.ts', 'app/rules/rule-test-helpers.ts', 'project/test-support.ts', 'page/expect-documented.ts', 'code2session/fake-wechat.ts']);

/** The layer of a module, by its path under src/ (posix). */
export function layerOf(file) {
  const [top, ...rest] = file.split('/');
  if (rest.length === 0) return ROOT_FILES[top];
  if (KIND_FOLDERS.has(top)) {
    const name = rest.join('/');
    if (name === 'rules.ts' || name.startsWith('rules/')) return 'rules';
    if (name === 'validate.ts' || name === 'index.ts') return 'validators';
    return 'schemas';
  }
  return FOLDERS[top];
}

function mayImport(from, to) {
  if (from === SERVER || to === SERVER) return to === SERVER || to === 'foundation' || to === 'text';
  return LAYERS.indexOf(to) <= LAYERS.indexOf(from);
}

function sourceFiles(dir = SRC) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ts$/.test(entry.name) && !/\.(test|test-d)\.ts$|\.d\.ts$/.test(entry.name))
    .map((entry) => path.relative(SRC, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** Relative imports and re-exports of a module (type-only ones included), as paths under src/. */
function importsOf(file) {
  const { importedFiles } = ts.preProcessFile(readFileSync(path.join(SRC, file), 'utf8'), true, true);
  return importedFiles.map((ref) => ref.fileName).filter((name) => name.startsWith('.'))
    .map((name) => path.posix.normalize(path.posix.join(path.posix.dirname(file), name)).replace(/\.js$/, '.ts'));
}

/** A folder, or a root file on its own: the unit of the no-cycle rule. */
const unitOf = (file) => (file.includes('/') ? file.split('/')[0] : file);

/** Folder-level import cycles, each as the list of folders round the loop. */
function folderCycles(edges) {
  const graph = new Map();
  for (const { from, to } of edges) {
    const a = unitOf(from);
    const b = unitOf(to);
    if (a === b) continue;
    if (!graph.has(a)) graph.set(a, new Set());
    graph.get(a).add(b);
  }
  const cycles = [];
  const state = new Map();
  const stack = [];
  const visit = (unit) => {
    state.set(unit, 'open');
    stack.push(unit);
    for (const next of graph.get(unit) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(unit, 'done');
  };
  for (const unit of [...graph.keys()].sort()) if (!state.has(unit)) visit(unit);
  return cycles;
}

/** `{ unlayered, upward, cycles }`: files with no layer, imports that point up, folder cycles. */
export function checkLayers() {
  const files = sourceFiles();
  const unlayered = files.filter((file) => layerOf(file) === undefined);
  const edges = files.flatMap((from) => importsOf(from).map((to) => ({ from, to })));
  const upward = edges
    .filter(({ from, to }) => layerOf(from) && layerOf(to) && !mayImport(layerOf(from), layerOf(to)))
    .map(({ from, to }) => `${from} (${layerOf(from)}) → ${to} (${layerOf(to)})`);
  const cycles = folderCycles(edges.filter(({ from }) => !TEST_HELPERS.has(from))).map((loop) => loop.join(' → '));
  return { unlayered, upward, cycles };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { unlayered, upward, cycles } = checkLayers();
  const problems = [
    ...unlayered.map((file) => `no layer · 未归入任何层: ${file}`),
    ...upward.map((edge) => `upward import · 向上层的导入: ${edge}`),
    ...cycles.map((loop) => `folder cycle · 目录间循环导入: ${loop}`),
  ];
  if (problems.length) {
    console.error(`${problems.join('\n')}\nLayers, low to high · 分层（由低到高）: ${LAYERS.join(' < ')}; see ARCHITECTURE.md`);
    process.exitCode = 1;
  } else {
    console.log('Imports point down the layers; no folder cycles · 导入均指向下层，目录间无循环。');
  }
}
