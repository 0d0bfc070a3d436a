/** The files that make up a page or a component besides its json. */
import type { ProjectContext } from './context.js';

export const SCRIPT_EXTENSIONS = ['.js', '.ts'];
export const TEMPLATE_EXTENSION = '.wxml';

export interface SourceFiles {
  hasJson: boolean;
  hasScript: boolean;
  hasTemplate: boolean;
}

/** Which files exist for a code-root relative base path (`pages/index/index`). */
export async function sourceFiles(ctx: ProjectContext, base: string): Promise<SourceFiles> {
  const exists = (ext: string) => {
    const file = ctx.inCode(base + ext);
    return file === undefined ? Promise.resolve(false) : ctx.fs.isFile(file);
  };
  const [hasJson, hasTemplate, scripts] = await Promise.all([
    exists('.json'), exists(TEMPLATE_EXTENSION), Promise.all(SCRIPT_EXTENSIONS.map(exists)),
  ]);
  return { hasJson, hasScript: scripts.includes(true), hasTemplate };
}

/** How the expected files are shown in messages: project-relative, e.g. `miniprogram/pages/a/a.js`. */
export function shown(ctx: ProjectContext, base: string, extensions: string[]): string {
  return extensions.map((ext) => `"${ctx.inCode(base + ext) ?? base + ext}"`).join(', ');
}
