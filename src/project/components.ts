/**
 * Follows `usingComponents` from app.json, pages and components, checking every component once:
 * that it exists, its json (validateComponentJson, page-only keys) and its script and template.
 */
import path from 'node:path';
import { validateComponentJson } from '../component/index.js';
import { validatePageJson } from '../page/index.js';
import type { JsonPath } from '../diagnostics.js';
import type { ThemeVariables } from '../validate/theme.js';
import type { Place, ProjectContext } from './context.js';
import type { JsonFile } from './json-file.js';
import { mayUse, type PackageInfo, packageName, packageOf } from './packages.js';
import { applyAlias, componentCandidates, withIndex } from './resolve-component.js';
import { hasScript, scriptExtensions, type SourceFiles, shown, sourceFiles, TEMPLATE_EXTENSION } from './source-files.js';

/** What a `usingComponents` path leads to: nothing to check, an error, or the base path WeChat loads. */
type Target =
  | { kind: 'skipped' }
  | { kind: 'outside'; fromRoot?: string }
  | { kind: 'missing'; tried: string }
  | { kind: 'relative-missing'; loaded: string; fromRoot: string }
  | { kind: 'found'; base: string };

export class ComponentWalker {
  private readonly checked = new Set<string>();
  private readonly targets = new Map<string, Promise<Target>>();

  constructor(
    private readonly ctx: ProjectContext,
    private readonly options: {
      /** app.json `resolveAlias`. */
      aliases?: Record<string, unknown>;
      /** npm packages provided by `useExtendedLib`. */
      extendedLibs?: string[];
      /** Subpackages of app.json, for the package boundary check. */
      subpackages?: PackageInfo[];
      theme?: ThemeVariables;
    } = {},
  ) {}

  /**
   * Checks every component `owner` lists in `usingComponents`, and the default implementations of its
   * `componentGenerics`; `ownerDir` is the owner's folder, relative to the code root. app.json's
   * components (`inherited`) are resolved from the code root: WeChat rewrites them for each page and
   * component that inherits them, relative to that file, which leads to the same place.
   */
  async checkUsing(owner: JsonFile, ownerDir: string, inherited = false): Promise<void> {
    const references: Array<[JsonPath, string, unknown]> = [];
    for (const [tag, request] of Object.entries(owner.objectAt(['usingComponents']) ?? {})) {
      references.push([['usingComponents', tag], tag, request]);
    }
    for (const [name, generic] of Object.entries(owner.objectAt(['componentGenerics']) ?? {})) {
      const request = (generic as { default?: unknown } | null)?.default;
      if (request !== undefined) references.push([['componentGenerics', name, 'default'], name, request]);
    }
    await Promise.all(references.map(([path, tag, request]) =>
      typeof request === 'string' && request !== '' ? this.checkReference({ file: owner, path }, ownerDir, tag, request, inherited) : undefined));
  }

  /**
   * Checks a component WeChat loads by a fixed path when its json exists (`custom-tab-bar/index`,
   * `app-bar/index`): its json and what it uses. Its script and template are the caller's business.
   */
  async checkAt(base: string, place: Place): Promise<void> {
    await this.checkOnce(base, place, false);
  }

  private async checkReference(place: Place & { file: JsonFile; path: JsonPath }, ownerDir: string, tag: string, request: string, inherited: boolean): Promise<void> {
    const target = await this.resolve(request, ownerDir);
    if (target.kind === 'skipped') return;
    if (target.kind === 'outside') {
      this.ctx.report('component-outside-root', place, {
        target: request, key: tag, ...(inherited ? { from: 'app.json' } : {}), ...(target.fromRoot ? { to: `/${target.fromRoot}` } : {}),
      });
    } else if (target.kind === 'missing') {
      this.ctx.report('component-missing', place, { target: request, key: tag, tried: target.tried });
    } else if (target.kind === 'relative-missing') {
      this.ctx.report('component-relative-missing', place, { target: request, key: tag, tried: this.ctx.inCode(target.loaded) ?? target.loaded, to: target.fromRoot });
    } else {
      this.checkBoundary(place, ownerDir, tag, request, target.base);
      await this.checkOnce(target.base, place);
    }
  }

  /**
   * Where `request`, written in a file of `ownerDir`, leads; worked out once per request and folder,
   * and once per request when it starts from the code root (pages share their components).
   */
  private resolve(request: string, ownerDir: string): Promise<Target> {
    const aliased = applyAlias(request, this.options.aliases);
    const key = aliased.startsWith('/') ? aliased : `${ownerDir}\u0000${aliased}`;
    let target = this.targets.get(key);
    if (!target) {
      target = this.findTarget(aliased, ownerDir);
      this.targets.set(key, target);
    }
    return target;
  }

  private async findTarget(aliased: string, ownerDir: string): Promise<Target> {
    const resolution = componentCandidates(aliased, ownerDir, this.options.extendedLibs);
    if (resolution.kind === 'relative') return this.findRelative(resolution.relative, resolution.fromRoot);
    if (resolution.kind !== 'candidates') return resolution;
    return this.firstCandidate(resolution.bases);
  }

  /**
   * WeChat takes the first candidate with both a json and a wxml; when none has both, the first one
   * with any file is checked so the message names what is missing there.
   */
  private async firstCandidate(bases: string[]): Promise<Target> {
    const found = await Promise.all(bases.map((base) => sourceFiles(this.ctx, base)));
    const complete = found.findIndex(isComplete);
    const partial = found.findIndex(hasAnyFile);
    const chosen = bases[complete >= 0 ? complete : partial];
    if (chosen !== undefined) return { kind: 'found', base: chosen };
    return { kind: 'missing', tried: bases.map((base) => shown(this.ctx, base, ['.json'])).join(', ') };
  }

  /**
   * A path starting with `.`. For `../x`, WeChat's check looks for `x` (then `x/index`) from the code
   * root first and, when found, keeps the path as written (plus `/index`); its compile then loads it
   * from the referencing file, where it must have a json. Otherwise both happen from the referencing file.
   */
  private async findRelative(relative: string | undefined, fromRoot: string | undefined): Promise<Target> {
    if (fromRoot !== undefined) {
      for (const [i, rootBase] of withIndex(fromRoot).entries()) {
        if (!isComplete(await sourceFiles(this.ctx, rootBase))) continue;
        if (relative === undefined) return { kind: 'outside', fromRoot: rootBase };
        const loaded = withIndex(relative)[i]!;
        return (await sourceFiles(this.ctx, loaded)).hasJson ? { kind: 'found', base: loaded } : { kind: 'relative-missing', loaded, fromRoot: rootBase };
      }
    }
    return relative === undefined ? { kind: 'outside' } : this.firstCandidate(withIndex(relative));
  }

  private checkBoundary(place: Place & { file: JsonFile }, ownerDir: string, tag: string, request: string, base: string): void {
    const subpackages = this.options.subpackages ?? [];
    const from = packageOf(ownerDir, subpackages);
    const to = packageOf(base, subpackages);
    if (mayUse(from, to) || place.file.objectAt(['componentPlaceholder'])?.[tag] !== undefined) return;
    this.ctx.report('component-in-other-package', place, { target: request, key: tag, from: packageName(from), to: packageName(to) });
  }

  /**
   * Each component is inspected once. A later reference does not wait for that inspection: the
   * first referrer does, and waiting here would deadlock on a cycle (A uses B uses A).
   */
  private checkOnce(base: string, place: Place, reportFiles = true): Promise<void> {
    // A page used as a component is checked once, as the page it is (its page keys are in place).
    if (this.checked.has(base) || this.ctx.pages.has(base)) return Promise.resolve();
    this.checked.add(base);
    this.ctx.expect();
    return this.inspect(base, place, reportFiles);
  }

  private async inspect(base: string, place: Place, reportFiles: boolean): Promise<void> {
    const { ctx } = this;
    const files = await sourceFiles(ctx, base);
    const target = ctx.inCode(base) ?? base;
    if (reportFiles) this.reportMissingFiles(files, base, target, place);
    if (!files.hasJson) {
      ctx.done(target);
      return;
    }
    const jsonPath = ctx.inCode(`${base}.json`)!;
    const file = await ctx.readJson(jsonPath);
    if (file) this.checkJson(file, target);
    ctx.done(jsonPath);
    if (file) await this.checkUsing(file, dirOf(base));
  }

  private reportMissingFiles(files: SourceFiles, base: string, target: string, place: Place): void {
    const { ctx } = this;
    if (!hasScript(ctx, files)) ctx.report('component-script-missing', place, { target, tried: shown(ctx, base, scriptExtensions(ctx)) });
    if (!files.hasTemplate) ctx.report('component-template-missing', place, { target, tried: shown(ctx, base, [TEMPLATE_EXTENSION]) });
    if (!files.hasJson) ctx.report('component-json-missing', place, { target, tried: shown(ctx, base, ['.json']) });
  }

  /**
   * WeChat checks every component json with its page checks and builds one without `"component": true`;
   * such a file is checked as WeChat does, as a page json, with a warning for what breaks at run time.
   */
  private checkJson(file: JsonFile, target: string): void {
    const { ctx } = this;
    const options = this.options.theme ? { theme: this.options.theme } : {};
    if (file.objectAt([]) !== undefined && file.objectAt([])?.component !== true) {
      ctx.add(ctx.validate(file, validatePageJson, options));
      ctx.report('component-flag-missing', { file: file, path: ['component'], anchor: 'key' }, { target });
      return;
    }
    ctx.add(ctx.validate(file, validateComponentJson, options));
  }
}

function isComplete(files: SourceFiles): boolean {
  return files.hasJson && files.hasTemplate;
}

function hasAnyFile(files: SourceFiles): boolean {
  return files.hasJson || files.hasJs || files.hasTs || files.hasTemplate;
}

export function dirOf(base: string): string {
  const dir = path.posix.dirname(base);
  return dir === '.' ? '' : dir;
}
