/**
 * Finds the mini program code root: `miniprogramRoot` of project.config.json when set, else the
 * checked folder when it holds app.json, else a conventional sub-folder that does.
 */
import type { ProjectContext } from './context.js';
import { joinInside } from './project-fs.js';

/** Sub-folders tried, in order, when nothing says where app.json is. */
const CONVENTIONAL_ROOTS = ['miniprogram', 'src', 'client'];

/** Sets `ctx.mpRoot`; returns `false` (after reporting why) when no code root can be found. */
export async function findMiniprogramRoot(ctx: ProjectContext): Promise<boolean> {
  const folder = await ctx.fs.entry('');
  if (folder.kind !== 'directory') {
    ctx.report('project-not-found', { file: '.' }, { target: ctx.fs.projectRoot, detail: folder.kind === 'file' ? 'ENOTDIR' : 'ENOENT' });
    return false;
  }
  const configured = await configuredRoot(ctx);
  if (configured === false) return false;
  if (configured !== undefined) {
    ctx.mpRoot = configured;
    return true;
  }
  for (const candidate of ['', ...CONVENTIONAL_ROOTS]) {
    if (await ctx.fs.isFile(joinInside(candidate, 'app.json') ?? 'app.json')) {
      ctx.mpRoot = candidate;
      return true;
    }
  }
  ctx.report('app-json-missing', { file: 'app.json' }, { target: ctx.fs.projectRoot });
  return false;
}

/** The root project.config.json names; `undefined` when it names none, `false` when it names a wrong one. */
async function configuredRoot(ctx: ProjectContext): Promise<string | undefined | false> {
  if (!(await ctx.fs.isFile('project.config.json'))) return undefined;
  const config = await ctx.readJson('project.config.json');
  const root = config?.objectAt([])?.miniprogramRoot;
  if (typeof root !== 'string' || root.trim() === '') return undefined;
  const inside = joinInside(root.trim());
  if (inside !== undefined && (await ctx.fs.isFile(joinInside(inside, 'app.json') ?? 'app.json'))) return inside;
  ctx.report('miniprogram-root-missing', { file: config!, path: ['miniprogramRoot'] }, { target: root });
  return false;
}
