/** The files that make up a page or a component besides its json. */
import type { ProjectContext } from './context.js';

export const TEMPLATE_EXTENSION = '.wxml';

export interface SourceFiles {
  hasJson: boolean;
  hasJs: boolean;
  /** A `.ts` beside it: a script only when the TypeScript compiler plugin is on (see `hasScript`). */
  hasTs: boolean;
  hasTemplate: boolean;
}

/**
 * Which files exist for a code-root relative base path (`pages/index/index`). Answered once per base
 * and project: a component used by a hundred pages is looked up for each of its references.
 */
export async function sourceFiles(ctx: ProjectContext, base: string): Promise<SourceFiles> {
  let found = ctx.sourceFiles.get(base);
  if (!found) {
    const exists = (ext: string) => {
      const file = ctx.inCode(base + ext);
      return file !== undefined && ctx.fs.kind(file) === 'file';
    };
    found = { hasJson: exists('.json'), hasJs: exists('.js'), hasTs: exists('.ts'), hasTemplate: exists(TEMPLATE_EXTENSION) };
    ctx.sourceFiles.set(base, found);
  }
  return found;
}

/**
 * WeChat's compile wants the `.js`; a `.ts` stands in for it only when project.config.json
 * `setting.useCompilerPlugins` includes "typescript" (its compiler then makes the `.js`).
 * Style files are never required (checked with WeChat's compile: a page with only a `.less` builds).
 */
export function hasScript(ctx: ProjectContext, files: SourceFiles): boolean {
  return files.hasJs || (files.hasTs && typescriptCompiled(ctx));
}

export function scriptExtensions(ctx: ProjectContext): string[] {
  return typescriptCompiled(ctx) ? ['.js', '.ts'] : ['.js'];
}

function typescriptCompiled(ctx: ProjectContext): boolean {
  return ctx.compilerPlugins.has('typescript');
}

/** How the expected files are shown in messages: project-relative, e.g. `miniprogram/pages/a/a.js`. */
export function shown(ctx: ProjectContext, base: string, extensions: string[]): string {
  return extensions.map((ext) => `"${ctx.inCode(base + ext) ?? base + ext}"`).join(', ');
}
