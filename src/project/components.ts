/**
 * Follows `usingComponents` from app.json, pages and components, checking every component once:
 * that it exists, its json (validateComponentJson, page-only keys) and its script and template.
 */
import path from 'node:path';
import { validateComponentJson } from '../component/index.js';
import type { JsonPath } from '../diagnostics.js';
import type { ThemeVariables } from '../validate/theme.js';
import type { Place, ProjectContext } from './context.js';
import type { JsonFile } from './json-file.js';
import { relocateMisplacedKeys } from './misplaced-keys.js';
import { mayUse, type PackageInfo, packageName, packageOf } from './packages.js';
import { applyAlias, componentCandidates } from './resolve-component.js';
import { SCRIPT_EXTENSIONS, shown, sourceFiles, TEMPLATE_EXTENSION } from './source-files.js';

/** What a `usingComponents` path leads to: nothing to check, an error, or a component's base path. */
type Target =
  | { kind: 'skipped' }
  | { kind: 'outside' }
  | { kind: 'missing'; tried: string }
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
   * `componentGenerics`; `ownerDir` is the owner's folder, relative to the code root.
   */
  async checkUsing(owner: JsonFile, ownerDir: string): Promise<void> {
    const references: Array<[JsonPath, string, unknown]> = [];
    for (const [tag, request] of Object.entries(owner.objectAt(['usingComponents']) ?? {})) {
      references.push([['usingComponents', tag], tag, request]);
    }
    for (const [name, generic] of Object.entries(owner.objectAt(['componentGenerics']) ?? {})) {
      const request = (generic as { default?: unknown } | null)?.default;
      if (request !== undefined) references.push([['componentGenerics', name, 'default'], name, request]);
    }
    await Promise.all(references.map(([path, tag, request]) =>
      typeof request === 'string' && request !== '' ? this.checkReference({ file: owner, path }, ownerDir, tag, request) : undefined));
  }

  /** Checks the component at a known base path (e.g. `custom-tab-bar/index`); `false` when it is absent. */
  async checkAt(base: string, place: Place): Promise<boolean> {
    if (!(await this.exists(base))) return false;
    await this.checkOnce(base, place);
    return true;
  }

  private async checkReference(place: Place & { file: JsonFile; path: JsonPath }, ownerDir: string, tag: string, request: string): Promise<void> {
    const target = await this.resolve(request, ownerDir);
    if (target.kind === 'skipped') return;
    if (target.kind === 'outside') {
      this.ctx.report('component-outside-root', place, { target: request, key: tag });
    } else if (target.kind === 'missing') {
      this.ctx.report('component-missing', place, { target: request, key: tag, tried: target.tried });
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
    if (resolution.kind !== 'candidates') return resolution;
    const found = await Promise.all(resolution.bases.map((base) => sourceFiles(this.ctx, base)));
    // WeChat takes the first candidate with both a json and a wxml; when none has both, the first
    // one with any file is checked so the message names what is missing there.
    const complete = found.findIndex((files) => files.hasJson && files.hasTemplate);
    const partial = found.findIndex((files) => files.hasJson || files.hasScript || files.hasTemplate);
    const chosen = resolution.bases[complete >= 0 ? complete : partial];
    if (chosen !== undefined) return { kind: 'found', base: chosen };
    return { kind: 'missing', tried: resolution.bases.map((base) => shown(this.ctx, base, ['.json'])).join(', ') };
  }

  private checkBoundary(place: Place & { file: JsonFile }, ownerDir: string, tag: string, request: string, base: string): void {
    const subpackages = this.options.subpackages ?? [];
    const from = packageOf(ownerDir, subpackages);
    const to = packageOf(base, subpackages);
    if (mayUse(from, to) || place.file.objectAt(['componentPlaceholder'])?.[tag] !== undefined) return;
    this.ctx.report('component-in-other-package', place, { target: request, key: tag, from: packageName(from), to: packageName(to) });
  }

  private async exists(base: string): Promise<boolean> {
    const files = await sourceFiles(this.ctx, base);
    return files.hasJson || files.hasScript || files.hasTemplate;
  }

  /**
   * Each component is inspected once. A later reference does not wait for that inspection: the
   * first referrer does, and waiting here would deadlock on a cycle (A uses B uses A).
   */
  private checkOnce(base: string, place: Place): Promise<void> {
    if (this.checked.has(base)) return Promise.resolve();
    this.checked.add(base);
    this.ctx.expect();
    return this.inspect(base, place);
  }

  private async inspect(base: string, place: Place): Promise<void> {
    const { ctx } = this;
    const files = await sourceFiles(ctx, base);
    const target = ctx.inCode(base) ?? base;
    if (!files.hasScript) ctx.report('component-script-missing', place, { target, tried: shown(ctx, base, SCRIPT_EXTENSIONS) });
    if (!files.hasTemplate) ctx.report('component-template-missing', place, { target, tried: shown(ctx, base, [TEMPLATE_EXTENSION]) });
    if (!files.hasJson) {
      ctx.report('component-json-missing', place, { target, tried: shown(ctx, base, ['.json']) });
      ctx.done(target);
      return;
    }
    const jsonPath = ctx.inCode(`${base}.json`)!;
    const file = await ctx.readJson(jsonPath);
    if (file) {
      const diagnostics = ctx.validate(file, validateComponentJson, this.options.theme ? { theme: this.options.theme } : {});
      ctx.add(relocateMisplacedKeys('component', file.value, diagnostics, { locale: ctx.locale, file: jsonPath, position: (p, a) => file.position(p, a) }));
    }
    ctx.done(jsonPath);
    if (file) await this.checkUsing(file, dirOf(base));
  }
}

export function dirOf(base: string): string {
  const dir = path.posix.dirname(base);
  return dir === '.' ? '' : dir;
}
