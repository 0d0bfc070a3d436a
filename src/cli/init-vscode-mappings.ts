/**
 * Which files of a workspace get which schema: the `json.schemas` entries `init vscode` writes.
 *
 * VS Code's JSON service matches a `fileMatch` pattern as `**​/<pattern>` inside the workspace folder
 * whose settings hold it. So every pattern starts with the path of the mini program root
 * (project folder + `miniprogramRoot` of project.config.json): an Expo `app.json` or a WordPress
 * `theme.json` elsewhere in the folder does not end in that path and is left alone.
 * Page and component files are found by folder: the first folder of every page path and every
 * subpackage root (pages), folders named components/component and the usingComponents targets
 * (components); miniprogram_npm and node_modules are excluded (built output nobody edits).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'jsonc-parser';
import { KIND_IDS, type KindId, schemaFilePath } from '../kinds.js';
import type { Locale } from '../meta.js';
import { cdnUrl } from '../links.js';
import { MAX_CONFIG_BYTES, readRegularFile } from '../project/project-fs.js';
import { appModel } from '../primitives/app-model.js';
import { joinInside, toSlashes, trimLeadingDotSlashes, trimLeadingSlashes, trimTrailingSlashes } from '../primitives/paths.js';

export type SchemaKind = KindId;

export interface SchemaMapping {
  kind: SchemaKind;
  fileMatch: string[];
  url: string;
}

/** One mini program found in the workspace, paths relative to the workspace folder ('' = the folder itself). */
export interface MiniProgram {
  project: string;
  root: string;
}

const SKIPPED_DIRS = new Set(['node_modules', 'miniprogram_npm', '.git', 'dist', '.vscode']);
const BUILT_OUTPUT = ['!**/node_modules/**', '!**/miniprogram_npm/**'];
const COMPONENT_DIRS = ['**/components/**', '**/component/**'];

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    // Never blocks on a FIFO, never reads a giant file.
    const text = readRegularFile(file, MAX_CONFIG_BYTES).bytes?.toString('utf8') ?? '';
    const value: unknown = parse(text.replace(/^\uFEFF/, ''), [], { allowTrailingComma: true });
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** `a/b/` from `./a/b`, `/a/b/`, `a\\b`; '' for the folder itself. */
function folderPrefix(...parts: string[]): string {
  const joined = parts.map((p) => trimTrailingSlashes(trimLeadingDotSlashes(toSlashes(p)))).filter((p) => p && p !== '.').join('/');
  return joined ? `${joined}/` : '';
}

/** Project folders (with project.config.json) up to three levels down; the folder itself when it holds app.json. */
export function findMiniPrograms(workspace: string): MiniProgram[] {
  const found: MiniProgram[] = [];
  const visit = (relative: string, depth: number) => {
    const absolute = path.join(workspace, relative);
    const config = path.join(absolute, 'project.config.json');
    if (existsSync(config)) {
      const miniprogramRoot = readJson(config)?.miniprogramRoot;
      found.push({ project: folderPrefix(relative), root: folderPrefix(relative, typeof miniprogramRoot === 'string' ? miniprogramRoot : '') });
      return;
    }
    if (depth === 3) return;
    let entries: string[] = [];
    try {
      entries = readdirSync(absolute, { withFileTypes: true }).filter((e) => e.isDirectory() && !SKIPPED_DIRS.has(e.name)).map((e) => e.name).sort();
    } catch {
      return;
    }
    for (const name of entries) visit(relative ? `${relative}/${name}` : name, depth + 1);
  };
  visit('', 0);
  if (found.length === 0 && existsSync(path.join(workspace, 'app.json'))) found.push({ project: '', root: '' });
  return found;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function firstFolder(pagePath: string): string | undefined {
  const parts = trimLeadingSlashes(pagePath).split('/');
  return parts.length > 1 ? parts[0] : undefined;
}

/** fileMatch patterns of one mini program, per kind. */
export function patternsFor(workspace: string, program: MiniProgram): Record<SchemaKind, string[]> {
  const app = readJson(path.join(workspace, program.root, 'app.json')) ?? {};
  const r = program.root;
  const model = appModel(app);
  const subpackages = model.subpackages.map((sub) => sub.item); // WeChat's list: `subpackages` wins
  const pageFolders = new Set<string>(['pages']);
  for (const page of strings(app.pages)) {
    const folder = firstFolder(page);
    if (folder) pageFolders.add(folder);
  }
  for (const sub of subpackages) if (typeof sub.root === 'string' && folderPrefix(sub.root)) pageFolders.add(folderPrefix(sub.root).slice(0, -1));
  const pagePaths = [...strings(app.pages), ...subpackages.flatMap((sub) => strings(sub.pages).map((page) => `${typeof sub.root === 'string' ? folderPrefix(sub.root) : ''}${page}`))];
  const usingComponents = [...componentTargets(app, ''), ...pagePaths.flatMap((page) => componentTargets(readJson(path.join(workspace, r, `${page}.json`)), path.posix.dirname(page)))]
    .map((base) => `${r}${base}.json`);
  const location = (written: string | undefined, fallback: string) => `${r}${written === undefined ? fallback : trimLeadingSlashes(written)}`;
  return {
    app: [`${r}app.json`],
    page: [...[...pageFolders].sort().map((folder) => `${r}${folder}/**/*.json`), ...COMPONENT_DIRS.map((d) => `!${d}`), ...usingComponents.map((file) => `!${file}`), ...BUILT_OUTPUT],
    component: [
      `${r}**/components/**/*.json`, `${r}**/component/**/*.json`, `${r}custom-tab-bar/*.json`, ...usingComponents, ...BUILT_OUTPUT,
    ],
    sitemap: [location(model.sitemapLocation, 'sitemap.json')],
    theme: [location(model.themeLocation, 'theme.json')],
    'project.config': [`${program.project}project.config.json`],
    'project.private.config': [`${program.project}project.private.config.json`],
  };
}

/**
 * Code-root relative bases (no extension) of the components a json lists in `usingComponents`:
 * `/a/b` from the code root, `./a` and `../a` from `fromDir` (the json's folder), a bare `a/b` from
 * `fromDir` too. Plugins, npm packages (built output) and paths leaving the code root are skipped.
 */
function componentTargets(json: Record<string, unknown> | undefined, fromDir: string): string[] {
  const using = json?.usingComponents;
  if (typeof using !== 'object' || using === null) return [];
  const dir = fromDir === '.' ? '' : fromDir;
  const out: string[] = [];
  for (const request of Object.values(using)) {
    if (typeof request !== 'string' || request === '' || request.includes('://') || request.startsWith('plugin:')) continue;
    const isRelative = /^\.\.?\//.test(request);
    if (!isRelative && !request.startsWith('/') && !request.includes('/')) continue; // a bare npm package name
    const joined = request.startsWith('/') ? joinInside(request) : joinInside(dir, request);
    if (joined) out.push(joined); // not when it leaves the code root
  }
  return out;
}

/** Includes first, then exclusions: VS Code lets the last matching pattern decide. */
function ordered(patterns: string[]): string[] {
  const unique = [...new Set(patterns)];
  return [...unique.filter((p) => !p.startsWith('!')), ...unique.filter((p) => p.startsWith('!'))];
}

/**
 * The schema file for a kind: the installed package's copy when the workspace has one (works offline,
 * matches the installed version), the jsDelivr URL (same as the schema's `$id`) otherwise.
 */
export function schemaUrl(workspace: string, locale: Locale, kind: SchemaKind, version: string): string {
  const file = schemaFilePath(locale, kind);
  const local = `node_modules/miniprogram-schema/${file}`;
  if (existsSync(path.join(workspace, local))) return `./${local}`;
  return cdnUrl(version, file);
}

export function mappingsFor(workspace: string, programs: MiniProgram[], locale: Locale, version: string): SchemaMapping[] {
  const perProgram = programs.map((program) => patternsFor(workspace, program));
  return KIND_IDS.map((kind) => ({
    kind,
    fileMatch: ordered(perProgram.flatMap((patterns) => patterns[kind])),
    url: schemaUrl(workspace, locale, kind, version),
  }));
}

/** Our own entry, whatever locale or source it was written with. */
export function isOurSchemaUrl(url: unknown, kind: SchemaKind): boolean {
  return typeof url === 'string' && url.includes('miniprogram-schema') && url.endsWith(`/${kind}.schema.json`);
}
