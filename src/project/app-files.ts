/** Files app.json points to besides pages and components: theme, sitemap, workers, custom tab bar, app.js. */
import { validateSitemapJson } from '../sitemap/index.js';
import { validateThemeJson } from '../theme/index.js';
import type { ThemeVariables } from '../validate/theme.js';
import type { ComponentWalker } from './components.js';
import type { Place, ProjectContext } from './context.js';
import type { JsonFile } from './json-file.js';
import { subpackageEntries } from './packages.js';
import { appModel } from '../primitives/app-model.js';
import { joinInside } from '../primitives/paths.js';
import { hasScript, shown, sourceFiles } from './source-files.js';

const DEFAULT_SITEMAP = 'sitemap.json';

/** Reads and validates the theme file app.json names; its variables then resolve `@name` values. */
export async function checkTheme(ctx: ProjectContext, app: JsonFile): Promise<JsonFile | undefined> {
  const location = appModel(app.value).themeLocation;
  if (location === undefined || location.trim() === '') return undefined;
  const file = await existingFile(ctx, location);
  if (!file) {
    ctx.report('theme-file-missing', { file: app, path: ['themeLocation'] }, { target: location });
    return undefined;
  }
  ctx.expect();
  const theme = await ctx.readJson(file);
  if (theme) ctx.add(ctx.validate(theme, validateThemeJson));
  ctx.done(file);
  return theme;
}

export function themeVariables(theme: JsonFile | undefined): ThemeVariables | undefined {
  const value = theme?.objectAt([]);
  if (!value) return undefined;
  const mode = (name: string) => theme!.objectAt([name]);
  return { ...(mode('light') ? { light: mode('light') } : {}), ...(mode('dark') ? { dark: mode('dark') } : {}) };
}

/**
 * sitemap.json: the one `sitemapLocation` names (it must exist), else `sitemap.json` when present.
 * A rule for a page the app does not declare matches nothing, silently: that is worth a warning.
 */
export async function checkSitemap(ctx: ProjectContext, app: JsonFile, pages: ReadonlySet<string>): Promise<void> {
  const location = appModel(app.value).sitemapLocation;
  const configured = location !== undefined && location.trim() !== '';
  const file = await existingFile(ctx, configured ? location : DEFAULT_SITEMAP);
  if (!file) {
    if (configured) ctx.report('sitemap-file-missing', { file: app, path: ['sitemapLocation'] }, { target: location });
    return;
  }
  ctx.expect();
  const sitemap = await ctx.readJson(file);
  if (sitemap) {
    ctx.add(ctx.validate(sitemap, validateSitemapJson));
    checkSitemapPages(ctx, sitemap, pages);
  }
  ctx.done(file);
}

function checkSitemapPages(ctx: ProjectContext, sitemap: JsonFile, pages: ReadonlySet<string>): void {
  const rules = sitemap.objectAt([])?.rules;
  if (!Array.isArray(rules)) return;
  rules.forEach((rule: unknown, i) => {
    const page = (rule as { page?: unknown } | null)?.page;
    if (typeof page !== 'string' || page === '*' || page === '') return;
    if (!pages.has(joinInside(page) ?? page)) ctx.report('sitemap-page-unknown', { file: sitemap, path: ['rules', i, 'page'] }, { target: page });
  });
}

/** `workers`: a folder name, or `{ path }` (lib 2.27.3). */
export async function checkWorkers(ctx: ProjectContext, app: JsonFile): Promise<void> {
  const workers = app.objectAt([])?.workers;
  const folder = typeof workers === 'string' ? workers : (workers as { path?: unknown } | undefined)?.path;
  if (typeof folder !== 'string' || folder.trim() === '') return;
  const inside = ctx.inCode(joinInside(folder.trim()) ?? folder);
  if (inside === undefined || !(await ctx.fs.isDirectory(inside))) {
    ctx.report('workers-missing', { file: app, path: typeof workers === 'string' ? ['workers'] : ['workers', 'path'] }, { target: folder });
  }
}

/**
 * Every subpackage `root` must be a folder (WeChat: "field needs to be Directory"). Returns the roots
 * (as written) that are not, so their pages are not reported one by one.
 */
export async function checkSubpackageRoots(ctx: ProjectContext, app: JsonFile): Promise<Set<string>> {
  const missing = new Set<string>();
  for (const { path, value: { root } } of subpackageEntries(app)) {
    if (typeof root !== 'string' || root.trim() === '') continue; // the schema reports it
    const folder = ctx.inCode(joinInside(root.trim()) ?? root);
    if (folder !== undefined && (await ctx.fs.isDirectory(folder))) continue;
    missing.add(root);
    ctx.report('subpackage-root-missing', { file: app, path: [...path, 'root'] }, { target: folder ?? root });
  }
  return missing;
}

/** `subpackages[].entry`: a script relative to the subpackage root (`.js` may be left out). */
export async function checkSubpackageEntries(ctx: ProjectContext, app: JsonFile): Promise<void> {
  await Promise.all(subpackageEntries(app).map(({ path, value: { root, entry } }) =>
    typeof root === 'string' && typeof entry === 'string' && entry !== '' ? checkEntry(ctx, { file: app, path: [...path, 'entry'] }, root, entry) : undefined));
}

async function checkEntry(ctx: ProjectContext, place: Place, root: string, entry: string): Promise<void> {
  const file = joinInside(root, entry);
  const candidates = file === undefined ? [] : /\.(js|ts)$/.test(file) ? [file] : [file, `${file}.js`, `${file}.ts`];
  for (const candidate of candidates) {
    const inside = ctx.inCode(candidate);
    if (inside !== undefined && (await ctx.fs.isFile(inside))) return;
  }
  ctx.report('subpackage-entry-missing', place, { target: ctx.inCode(file ?? entry) ?? entry });
}

/**
 * `tabBar.custom: true` and `appBar` name components WeChat loads by a fixed path, when their json exists
 * (`AppConf.load` in miniprogram-ci's summer compiler): then their json and what it uses are checked.
 * Without them WeChat builds, and simply shows no bar: a warning naming the missing files.
 */
export async function checkAppBars(ctx: ProjectContext, app: JsonFile, walker: ComponentWalker): Promise<void> {
  const bars: Array<[string, Place, 'custom-tab-bar-missing' | 'app-bar-missing']> = [];
  if (app.objectAt(['tabBar'])?.custom === true) bars.push(['custom-tab-bar/index', { file: app, path: ['tabBar', 'custom'] }, 'custom-tab-bar-missing']);
  if (app.objectAt([])?.appBar) bars.push(['app-bar/index', { file: app, path: ['appBar'] }, 'app-bar-missing']);
  await Promise.all(bars.map(async ([base, place, code]) => {
    const files = await sourceFiles(ctx, base);
    const missing = [...(files.hasJson ? [] : ['.json']), ...(hasScript(ctx, files) ? [] : ['.js']), ...(files.hasTemplate ? [] : ['.wxml'])];
    if (missing.length > 0) ctx.report(code, place, { tried: shown(ctx, base, missing) });
    if (files.hasJson) await walker.checkAt(base, place);
  }));
}

export async function checkAppScript(ctx: ProjectContext, app: JsonFile): Promise<void> {
  if (!hasScript(ctx, await sourceFiles(ctx, 'app'))) ctx.report('app-script-missing', { file: app });
}

async function existingFile(ctx: ProjectContext, location: string): Promise<string | undefined> {
  const file = ctx.inCode(joinInside(location.trim()) ?? location);
  return file !== undefined && (await ctx.fs.isFile(file)) ? file : undefined;
}
