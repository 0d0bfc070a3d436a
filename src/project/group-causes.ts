/**
 * One cause, one diagnostic. When many references fail for one reason (npm packages not built, a
 * components folder that does not exist), the report names that reason once,
 * with the fix and how many references it explains; the per-reference diagnostics move to
 * `ProjectReport.explained` (shown by `--verbose` and in `--format json`). Runs over the finished
 * diagnostics: every error stays an error, so the exit code is the same. (A subpackage root that does
 * not exist is reported once where it is found: `checkSubpackageRoots`.)
 */
import path from 'node:path';
import { type Diagnostic, formatPath, type JsonPath } from '../diagnostics.js';
import type { ProjectContext } from './context.js';
import { JsonFile } from './json-file.js';
import { type ProjectMessageCode, projectMessage, projectSeverity } from './messages.js';
import { joinInside, trimTrailingSlashes } from '../primitives/paths.js';
import { applyAlias, componentCandidates, withIndex } from './resolve-component.js';
import type { ExplainedDiagnostic } from './types.js';

/** Folders where fewer references than this fail are left as they are (one wrong path is not a cause). */
const MIN_FOLDER_GROUP = 2;
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;

interface Cause {
  code: Extract<ProjectMessageCode, 'npm-not-built' | 'folder-missing'>;
  /** The package name or the folder, as shown. */
  target: string;
  /** Where the cause diagnostic points. */
  place: Pick<Diagnostic, 'file' | 'path' | 'line' | 'column'>;
  /** The folder that would have to exist (for the message). */
  expected?: string;
  members: Diagnostic[];
}

export interface GroupedDiagnostics {
  diagnostics: Diagnostic[];
  explained: ExplainedDiagnostic[];
}

/**
 * `verbose: false` also shortens each remaining `component-missing` to the best candidate path (where
 * the reference most likely meant); `verbose: true` keeps every path tried.
 */
export async function groupCauses(ctx: ProjectContext, diagnostics: Diagnostic[], options: { verbose?: boolean } = {}): Promise<GroupedDiagnostics> {
  const finder = new CauseFinder(ctx);
  const causes = new Map<string, Cause>();
  const rest: Diagnostic[] = [];
  for (const d of diagnostics) {
    const cause = await finder.causeOf(d);
    if (!cause) {
      rest.push(options.verbose ? d : finder.compact(d));
      continue;
    }
    const key = `${cause.code}\u0000${cause.target}`;
    const existing = causes.get(key);
    if (existing) existing.members.push(d);
    else causes.set(key, { ...cause, members: [d] });
  }
  const explained: ExplainedDiagnostic[] = [];
  for (const cause of causes.values()) {
    if (cause.code === 'folder-missing' && cause.members.length < MIN_FOLDER_GROUP) {
      rest.push(...cause.members.map((d) => (options.verbose ? d : finder.compact(d))));
      continue;
    }
    rest.push(causeDiagnostic(ctx, cause));
    for (const member of cause.members) explained.push({ ...member, explainedBy: { code: cause.code, target: cause.target } });
  }
  return { diagnostics: rest, explained };
}

function causeDiagnostic(ctx: ProjectContext, cause: Cause): Diagnostic {
  const params = { target: cause.target, count: cause.members.length, tried: cause.expected ?? cause.target, field: cause.place.path?.length ? formatPath(cause.place.path) : undefined };
  return {
    severity: projectSeverity(cause.code),
    code: cause.code,
    message: projectMessage(ctx.locale, cause.code, params),
    path: cause.place.path ?? [],
    file: cause.place.file,
    line: cause.place.line ?? 1,
    column: cause.place.column ?? 1,
  };
}

type Found = Omit<Cause, 'members'>;

class CauseFinder {
  private readonly files = new Map<string, JsonFile | undefined>();
  private manifest?: { file: JsonFile; dependencies: Map<string, JsonPath> } | null;

  constructor(private readonly ctx: ProjectContext) {}

  async causeOf(d: Diagnostic): Promise<Found | undefined> {
    if (d.file === undefined || d.code !== 'component-missing') return undefined;
    await this.load(d.file);
    return this.componentCause(d);
  }

  /** Reads what the checks below look at (the files are cached by ProjectFs: no second read). */
  private async load(file: string): Promise<void> {
    const wanted = [file, this.ctx.inCode('app.json'), this.ctx.inCode('package.json'), 'package.json'];
    for (const name of wanted) {
      if (name === undefined || this.files.has(name)) continue;
      const { text } = this.ctx.fs.kind(name) === 'file' ? await this.ctx.fs.text(name) : { text: undefined };
      this.files.set(name, text === undefined ? undefined : new JsonFile(name, text, this.ctx.locale));
    }
  }

  private componentCause(d: Diagnostic): Found | undefined {
    const reference = this.reference(d);
    if (!reference) return undefined;
    if (!/^\.{0,2}\//.test(reference.aliased)) return this.npmCause(reference.aliased, reference.ownerDir);
    const best = this.bestCandidate(reference);
    if (best === undefined) return undefined;
    // `../../miniprogram_npm/pkg/x` written out by hand: the same unbuilt package.
    const viaNpmFolder = /(?:^|\/)miniprogram_npm\/((?:@[^/]+\/)?[^/]+)/.exec(best);
    return (viaNpmFolder && this.npmCause(viaNpmFolder[1]!, reference.ownerDir)) || this.missingFolderCause(best, d);
  }

  /** The request a `component-missing` is about, after `resolveAlias`, and the folder it is written in. */
  private reference(d: Diagnostic): { request: string; aliased: string; ownerDir: string } | undefined {
    const owner = d.file === undefined ? undefined : this.files.get(d.file);
    const request = owner && valueAt(owner.value, d.path);
    const ownerDir = d.file === undefined ? undefined : this.codeDir(d.file);
    if (typeof request !== 'string' || ownerDir === undefined) return undefined;
    return { request, aliased: applyAlias(request, this.app()?.objectAt(['resolveAlias'])), ownerDir };
  }

  /**
   * Where the reference most likely meant (code-root relative base) and every place WeChat looks: a
   * `.`-relative path from the referencing file, a bare name in the code root's miniprogram_npm when it
   * is a declared package, else the first place looked at.
   */
  private candidates(reference: { aliased: string; ownerDir: string }): { best: string; all: string[] } | undefined {
    const resolution = componentCandidates(reference.aliased, reference.ownerDir);
    if (resolution.kind === 'relative') {
      if (resolution.relative === undefined) return undefined;
      const all = [...new Set([...withIndex(resolution.relative), ...(resolution.fromRoot ? withIndex(resolution.fromRoot) : [])])];
      return { best: resolution.relative, all };
    }
    if (resolution.kind !== 'candidates' || resolution.bases.length === 0) return undefined;
    const name = /^\.{0,2}\//.test(reference.aliased) ? undefined : packageName(reference.aliased);
    const npm = name && this.dependencies()?.dependencies.has(name) ? joinInside('miniprogram_npm', reference.aliased) : undefined;
    return { best: npm ?? resolution.bases[0]!, all: resolution.bases };
  }

  private bestCandidate(reference: { aliased: string; ownerDir: string }): string | undefined {
    return this.candidates(reference)?.best;
  }

  /** A `component-missing` naming the best candidate path instead of every path tried. */
  compact(d: Diagnostic): Diagnostic {
    if (d.code !== 'component-missing') return d;
    const reference = this.reference(d);
    const candidates = reference && this.candidates(reference);
    const tag = d.path[d.path.length - 1];
    if (!reference || !candidates || typeof tag !== 'string') return d;
    const bestFile = `"${this.ctx.inCode(`${candidates.best}.json`) ?? `${candidates.best}.json`}"`;
    const others = candidates.all.filter((base) => base !== candidates.best).length;
    const tried = others === 0 ? bestFile : this.ctx.locale === 'zh-CN' ? `${bestFile} 等 ${others + 1} 处（--verbose 列出全部）` : `${bestFile} and ${others} other place${others === 1 ? '' : 's'} (--verbose lists them)`;
    return { ...d, message: projectMessage(this.ctx.locale, 'component-missing', { target: reference.request, key: tag, tried, field: formatPath(d.path) }) };
  }

  /** A bare request whose package is a declared dependency that no miniprogram_npm folder holds. */
  private npmCause(request: string, ownerDir: string): Found | undefined {
    const name = packageName(request);
    const declared = name && this.dependencies()?.dependencies.get(name);
    if (!name || !declared) return undefined;
    for (let dir: string | undefined = ownerDir; dir !== undefined; dir = parentOf(dir)) {
      const built = this.ctx.inCode(joinInside(dir, 'miniprogram_npm', name) ?? '');
      if (built !== undefined && this.ctx.fs.kind(built) === 'directory') return undefined;
    }
    const manifest = this.dependencies()!.file;
    return {
      code: 'npm-not-built', target: name, expected: this.ctx.inCode(`miniprogram_npm/${name}`) ?? name,
      place: { file: manifest.file, path: declared, ...manifest.position(declared, 'key') },
    };
  }

  /** The outermost missing folder on the way to `base` (code-root relative). */
  private missingFolderCause(base: string, d: Diagnostic): Found | undefined {
    const segments = base.split('/').slice(0, -1);
    for (let i = 1; i <= segments.length; i++) {
      const folder = this.ctx.inCode(segments.slice(0, i).join('/'));
      if (folder === undefined) return undefined;
      const kind = this.ctx.fs.kind(folder);
      if (kind === 'missing') return { code: 'folder-missing', target: folder, place: { file: d.file, path: d.path, line: d.line, column: d.column } };
      if (kind !== 'directory') return undefined;
    }
    return undefined;
  }

  private app(): JsonFile | undefined {
    const file = this.ctx.inCode('app.json');
    return file === undefined ? undefined : this.files.get(file);
  }

  /** The package.json npm builds from: the code root's, else the project root's. */
  private dependencies(): { file: JsonFile; dependencies: Map<string, JsonPath> } | undefined {
    if (this.manifest === undefined) {
      this.manifest = null;
      for (const candidate of new Set([this.ctx.inCode('package.json'), 'package.json'])) {
        const file = candidate === undefined ? undefined : this.files.get(candidate);
        if (!file) continue;
        const dependencies = new Map<string, JsonPath>();
        for (const field of DEPENDENCY_FIELDS) {
          for (const name of Object.keys(file.objectAt([field]) ?? {})) if (!dependencies.has(name)) dependencies.set(name, [field, name]);
        }
        this.manifest = { file, dependencies };
        break;
      }
    }
    return this.manifest ?? undefined;
  }

  /** The folder of a project-relative file, relative to the code root. */
  private codeDir(file: string): string | undefined {
    const root = trimTrailingSlashes(joinInside(this.ctx.mpRoot) ?? ''); // mpRoot is kept as written (`miniprogram/`)
    const relative = root === '' ? file : file.startsWith(`${root}/`) ? file.slice(root.length + 1) : undefined;
    if (relative === undefined) return undefined;
    const dir = path.posix.dirname(relative);
    return dir === '.' ? '' : dir;
  }
}

/** `@scope/name/x/y` → `@scope/name`; `name/x` → `name`. */
function packageName(request: string): string | undefined {
  const parts = request.split('/');
  const name = request.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return name && !name.endsWith('/') ? name : undefined;
}

function valueAt(value: unknown, path: JsonPath): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function parentOf(dir: string): string | undefined {
  if (dir === '') return undefined;
  const parent = path.posix.dirname(dir);
  return parent === '.' ? '' : parent;
}
