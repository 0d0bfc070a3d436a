/**
 * Finds the mini program code root as WeChat does: `miniprogramRoot` of project.config.json when set,
 * else the folder of project.config.json itself. Only a folder without project.config.json (a code root
 * checked on its own) is searched: the folder, then a conventional sub-folder holding app.json.
 */
import type { ProjectContext } from './context.js';
import type { JsonFile } from './json-file.js';
import { joinInside } from '../primitives/paths.js';

/** Sub-folders tried, in order, when nothing says where app.json is (and suggested when WeChat would not find it). */
const CONVENTIONAL_ROOTS = ['miniprogram', 'src', 'client'];

/** Sets `ctx.mpRoot` and `ctx.compilerPlugins`; returns `false` (after reporting why) when no code root can be found. */
export async function findMiniprogramRoot(ctx: ProjectContext): Promise<boolean> {
  const folder = await ctx.fs.entry('');
  if (folder.kind !== 'directory') {
    ctx.report('project-not-found', { file: '.' }, { target: ctx.fs.projectRoot, detail: folder.kind === 'file' ? 'ENOTDIR' : 'ENOENT' });
    return false;
  }
  const config = (await ctx.fs.isFile('project.config.json')) ? await ctx.readJson('project.config.json') : undefined;
  if (config) ctx.compilerPlugins = compilerPlugins(config);
  const configured = config ? await configuredRoot(ctx, config) : undefined;
  if (configured === false) return false;
  if (configured !== undefined) {
    ctx.mpRoot = configured;
    return true;
  }
  if (await hasAppJson(ctx, '')) return true;
  const found = await firstConventionalRoot(ctx);
  if (found !== undefined && !config) {
    ctx.mpRoot = found;
    return true;
  }
  // With a project.config.json, WeChat looks for app.json in its folder only: so do we, and say where it is.
  ctx.report('app-json-missing', { file: 'app.json' }, { target: ctx.fs.projectRoot, ...(found !== undefined ? { to: `${found}/` } : {}) });
  return false;
}

/** The root project.config.json names; `undefined` when it names none, `false` when it names a wrong one. */
async function configuredRoot(ctx: ProjectContext, config: JsonFile): Promise<string | undefined | false> {
  const root = config.objectAt([])?.miniprogramRoot;
  if (typeof root !== 'string' || root.trim() === '') return undefined;
  const inside = joinInside(root.trim());
  if (inside !== undefined && (await hasAppJson(ctx, inside))) return inside;
  ctx.report('miniprogram-root-missing', { file: config, path: ['miniprogramRoot'] }, { target: root });
  return false;
}

async function firstConventionalRoot(ctx: ProjectContext): Promise<string | undefined> {
  for (const candidate of CONVENTIONAL_ROOTS) if (await hasAppJson(ctx, candidate)) return candidate;
  return undefined;
}

function hasAppJson(ctx: ProjectContext, root: string): Promise<boolean> {
  return ctx.fs.isFile(joinInside(root, 'app.json') ?? 'app.json');
}

/** `setting.useCompilerPlugins`: `["typescript", "less"]` (WeChat accepts only names, or `false`). */
function compilerPlugins(config: JsonFile): ReadonlySet<string> {
  const plugins = config.objectAt(['setting'])?.useCompilerPlugins;
  return new Set(Array.isArray(plugins) ? plugins.filter((plugin): plugin is string => typeof plugin === 'string') : []);
}
