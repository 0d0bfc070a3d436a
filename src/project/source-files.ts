/** The files that make up a page or a component besides its json. */
import type { ProjectContext } from './context.js';

export const SCRIPT_EXTENSIONS = ['.js', '.ts'];
export const TEMPLATE_EXTENSION = '.wxml';

export interface SourceFiles {
  hasJson: boolean;
  hasScript: boolean;
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
    found = { hasJson: exists('.json'), hasScript: SCRIPT_EXTENSIONS.some(exists), hasTemplate: exists(TEMPLATE_EXTENSION) };
    ctx.sourceFiles.set(base, found);
  }
  return found;
}

/** How the expected files are shown in messages: project-relative, e.g. `miniprogram/pages/a/a.js`. */
export function shown(ctx: ProjectContext, base: string, extensions: string[]): string {
  return extensions.map((ext) => `"${ctx.inCode(base + ext) ?? base + ext}"`).join(', ');
}
