/** Every page of app.json (main package and subpackages): its json and its script and template. */
import { validatePageJson } from '../page/index.js';
import type { ThemeVariables } from '../validate/theme.js';
import { type ComponentWalker, dirOf } from './components.js';
import type { Place, ProjectContext } from './context.js';
import type { JsonFile } from './json-file.js';
import { subpackageEntries } from './packages.js';
import { joinInside } from '../primitives/paths.js';
import { hasScript, scriptExtensions, shown, sourceFiles, TEMPLATE_EXTENSION } from './source-files.js';

export interface PageRef {
  /** Page path relative to the code root, without extension. */
  page: string;
  /** The entry in app.json that lists it. */
  place: Place;
}

/**
 * Pages listed in `pages` and in every `subpackages[].pages` (or the `subPackages` spelling), once each.
 * Pages of a subpackage whose root folder is missing are left out: that root is the one error.
 */
export function listPages(app: JsonFile, missingRoots: ReadonlySet<string> = new Set()): PageRef[] {
  const refs: PageRef[] = [];
  const seen = new Set<string>();
  const add = (root: string, entry: unknown, place: Place) => {
    if (typeof entry !== 'string') return;
    const page = joinInside(root, entry.trim());
    if (page === undefined || page === '' || seen.has(page)) return;
    seen.add(page);
    refs.push({ page, place });
  };
  const value = app.objectAt([]) ?? {};
  if (Array.isArray(value.pages)) value.pages.forEach((entry, i) => add('', entry, { file: app, path: ['pages', i] }));
  for (const { path, value: { root, pages } } of subpackageEntries(app)) {
    if (typeof root !== 'string' || !Array.isArray(pages) || missingRoots.has(root)) continue;
    pages.forEach((entry, i) => add(root, entry, { file: app, path: [...path, 'pages', i] }));
  }
  return refs;
}

export async function checkPage(ctx: ProjectContext, walker: ComponentWalker, ref: PageRef, theme: ThemeVariables | undefined): Promise<void> {
  const files = await sourceFiles(ctx, ref.page);
  const target = ctx.inCode(ref.page) ?? ref.page;
  if (!hasScript(ctx, files)) {
    if (files.hasTs) ctx.report('page-script-typescript-only', ref.place, { target, tried: shown(ctx, ref.page, ['.ts']) });
    else ctx.report('page-script-missing', ref.place, { target, tried: shown(ctx, ref.page, scriptExtensions(ctx)) });
  }
  if (!files.hasTemplate) ctx.report('page-template-missing', ref.place, { target, tried: shown(ctx, ref.page, [TEMPLATE_EXTENSION]) });
  if (!files.hasJson) {
    ctx.done(target);
    return;
  }
  const jsonPath = ctx.inCode(`${ref.page}.json`)!;
  const file = await ctx.readJson(jsonPath);
  if (file) ctx.add(ctx.validate(file, validatePageJson, theme ? { theme } : {}));
  ctx.done(jsonPath);
  if (file) await walker.checkUsing(file, dirOf(ref.page));
}
