/**
 * The whole-project check: every config file of a mini program, the files they point to, and the
 * rules that need more than one file. Read-only; never throws (anything unreadable is a diagnostic).
 */
import path from 'node:path';
import { validateAppJson } from '../app/index.js';
import { countBySeverity, type Diagnostic } from '../diagnostics.js';
import type { Locale } from '../meta.js';
import { checkAppBars, checkAppScript, checkSitemap, checkSubpackageEntries, checkSubpackageRoots, checkTheme, checkWorkers, themeVariables } from './app-files.js';
import { ComponentWalker } from './components.js';
import { ProjectContext } from './context.js';
import { type FileKind, validatorFor } from './file-kind.js';
import { findMiniprogramRoot } from './find-root.js';
import { PROJECT_MESSAGES, projectMessage } from './messages.js';
import { byPlace } from './order.js';
import { listSubpackages, subpackageEntries } from './packages.js';
import { checkPage, listPages } from './pages.js';
import { ProjectFs } from './project-fs.js';
import { extendedLibPackages } from './resolve-component.js';
import { checkTabIcons } from './tab-icons.js';
import { groupCauses } from './group-causes.js';
import { applyRuleSettings } from '../validate/rule-settings.js';
import { assertRuleSettings } from './rule-codes.js';
import type { CheckProjectOptions, ProjectReport } from './types.js';

const PROJECT_CONFIG_FILES = [
  ['project.config.json', 'project.config'],
  ['project.private.config.json', 'project.private.config'],
] as const satisfies ReadonlyArray<readonly [string, FileKind]>;

export async function checkProject(dir: string, givenOptions?: CheckProjectOptions | null): Promise<ProjectReport> {
  const options = givenOptions ?? {};
  const locale: Locale = options.locale === 'zh-CN' ? 'zh-CN' : 'en';
  if (options.rules) assertRuleSettings(options.rules, locale);
  const fs = new ProjectFs(path.resolve(dir));
  const ctx = new ProjectContext(fs, locale, typeof options.onProgress === 'function' ? options.onProgress : undefined);
  try {
    if (await findMiniprogramRoot(ctx)) {
      await Promise.all([checkProjectConfigs(ctx), checkMiniprogram(ctx)]);
    }
  } catch (cause) {
    ctx.diagnostics.push({
      severity: 'error', code: 'internal-error', path: [], file: '.', line: 1, column: 1,
      message: projectMessage(locale, 'internal-error', { detail: String((cause as Error)?.message ?? cause) }),
    });
  }
  return report(ctx, options);
}

async function checkProjectConfigs(ctx: ProjectContext): Promise<void> {
  await Promise.all(PROJECT_CONFIG_FILES.map(async ([name, kind]) => {
    if (!(await ctx.fs.isFile(name))) return;
    ctx.expect();
    const file = await ctx.readJson(name);
    if (file) ctx.add(ctx.validate(file, validatorFor(kind)));
    ctx.done(name);
  }));
}

async function checkMiniprogram(ctx: ProjectContext): Promise<void> {
  const appPath = ctx.inCode('app.json')!;
  ctx.expect();
  const app = await ctx.readJson(appPath);
  if (!app) return;
  const themeFile = await checkTheme(ctx, app);
  const theme = themeVariables(themeFile);
  ctx.add(ctx.validate(app, validateAppJson, theme ? { theme } : {}));
  ctx.done(appPath);
  const pages = listPages(app, await checkSubpackageRoots(ctx, app));
  ctx.pages = new Set(pages.map((p) => p.page));
  ctx.expect(pages.length);
  const walker = new ComponentWalker(ctx, {
    aliases: app.objectAt(['resolveAlias']),
    extendedLibs: extendedLibPackages(app.objectAt(['useExtendedLib']), ...subpackageEntries(app).map((pkg) => pkg.value.useExtendedLib)),
    subpackages: listSubpackages(app),
    ...(theme ? { theme } : {}),
  });
  await Promise.all([
    checkAppScript(ctx, app),
    checkSitemap(ctx, app, ctx.pages),
    checkWorkers(ctx, app),
    checkSubpackageEntries(ctx, app),
    checkTabIcons(ctx, app, themeFile),
    checkAppBars(ctx, app, walker),
    walker.checkUsing(app, '', true),
    ...pages.map((page) => checkPage(ctx, walker, page, theme)),
  ]);
}

async function report(ctx: ProjectContext, options: CheckProjectOptions): Promise<ProjectReport> {
  const grouped = await groupCauses(ctx, withoutEchoes(ctx.diagnostics), { verbose: options.verbose === true });
  const sorted = applyRuleSettings(grouped.diagnostics, options.rules).sort(byPlace);
  const explained = applyRuleSettings(grouped.explained, options.rules).sort(byPlace);
  return {
    root: ctx.fs.projectRoot, files: [...ctx.fs.read].sort(), diagnostics: sorted, ...countBySeverity(sorted),
    ...(explained.length ? { explained } : {}),
  };
}

/**
 * A path that an in-file rule already rejects (`"pages/a/a.js"`, `"/c/x.json"`) also fails to resolve
 * here; the in-file error says why, so the file-system echo at the same place is dropped.
 */
function withoutEchoes(diagnostics: Diagnostic[]): Diagnostic[] {
  const placeKey = (d: Diagnostic) => `${d.file}\u0000${JSON.stringify(d.path)}`;
  const rejected = new Set(diagnostics.filter((d) => d.severity === 'error' && !isProjectCode(d.code) && d.path.length > 0).map(placeKey));
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = JSON.stringify(d);
    if (seen.has(key)) return false; // the same file read by two checks (project.config.json) reports once
    seen.add(key);
    return !(isProjectCode(d.code) && rejected.has(placeKey(d)));
  });
}

function isProjectCode(code: string): boolean {
  return Object.hasOwn(PROJECT_MESSAGES, code);
}
