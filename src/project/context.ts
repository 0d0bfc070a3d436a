/**
 * State shared by the parts of one project check: the read-only file access, where the mini program
 * code lives, the diagnostics found so far and the progress counter.
 */
import { type Diagnostic, formatPath, type JsonPath } from '../diagnostics.js';
import type { Locale } from '../meta.js';
import type { ValidateOptions } from '../validate/validate.js';
import { JsonFile } from './json-file.js';
import { type ProjectMessageCode, type ProjectMessageParams, projectMessage, projectSeverity, unreadableFileCode } from './messages.js';
import { joinInside } from '../primitives/paths.js';
import { MAX_CONFIG_BYTES, type ProjectFs } from './project-fs.js';
import type { SourceFiles } from './source-files.js';
import type { ConfigValidator, ProjectProgress } from './types.js';

/** Where a diagnostic points: a config file and a JSON path inside it, or a bare file. */
export interface Place {
  file: JsonFile | string;
  path?: JsonPath;
  anchor?: 'key' | 'value';
}

export class ProjectContext {
  readonly diagnostics: Diagnostic[] = [];
  /** Mini program code root, relative to the project root ('' when they are the same folder). */
  mpRoot = '';
  /** project.config.json `setting.useCompilerPlugins` (`typescript`, `less`, `sass`). */
  compilerPlugins: ReadonlySet<string> = new Set();
  /** Pages of app.json (code-root relative): a page used as a component is still checked as a page. */
  pages: ReadonlySet<string> = new Set();
  /** What `sourceFiles` found, by base path (see source-files.ts). */
  readonly sourceFiles = new Map<string, SourceFiles>();
  private checked = 0;
  private total = 0;

  constructor(
    readonly fs: ProjectFs,
    readonly locale: Locale,
    private onProgress?: (progress: ProjectProgress) => void,
  ) {}

  /** Project-relative path of a path relative to the code root; `undefined` when it leaves the root. */
  inCode(codePath: string): string | undefined {
    return joinInside(this.mpRoot, codePath);
  }

  report(code: ProjectMessageCode, place: Place, params: ProjectMessageParams = {}): void {
    const path = place.path ?? [];
    const diagnostic: Diagnostic = {
      severity: projectSeverity(code),
      code,
      message: projectMessage(this.locale, code, { field: path.length ? formatPath(path) : undefined, ...params }),
      path,
      file: typeof place.file === 'string' ? place.file : place.file.file,
      ...(typeof place.file === 'string' ? { line: 1, column: 1 } : place.file.position(path, place.anchor)),
    };
    this.diagnostics.push(diagnostic);
  }

  /** Reads a config file known to exist; reports it when it cannot be read. */
  async readJson(file: string): Promise<JsonFile | undefined> {
    const { text, error, size } = await this.fs.text(file);
    if (text === undefined) {
      this.reportUnreadable(file, error, size, MAX_CONFIG_BYTES);
      return undefined;
    }
    return new JsonFile(file, text, this.locale);
  }

  /** Reports why a file was not read (see `ProjectFs`), at `place` or else on the file itself. */
  reportUnreadable(file: string, error = 'EIO', size: number | undefined, max: number, place: Place = { file }): void {
    this.report(unreadableFileCode(error), place, { target: file, detail: error, ...(size === undefined ? {} : { size }), max });
  }

  add(diagnostics: readonly Diagnostic[]): void {
    // A loop, not `push(...diagnostics)`: spreading ~100k items overflows the call stack.
    for (const d of diagnostics) this.diagnostics.push(d);
  }

  /** Runs one of the package's validators on a file; the caller decides what to keep (see `add`). */
  validate(file: JsonFile, validator: ConfigValidator, options: Omit<ValidateOptions, 'locale' | 'fileName'> = {}): Diagnostic[] {
    const result = validator(file.text, { ...options, locale: this.locale, fileName: file.file });
    file.adoptValue(result.value);
    return result.diagnostics.map((d) => ({ ...d, file: file.file, line: d.line ?? 1, column: d.column ?? 1 }));
  }

  /** Announces files that will be checked (progress total). */
  expect(count = 1): void {
    this.total += count;
  }

  /** Marks one file as checked. */
  done(file: string): void {
    this.checked++;
    if (this.total < this.checked) this.total = this.checked;
    try {
      this.onProgress?.({ checked: this.checked, total: this.total, file });
    } catch {
      this.onProgress = undefined; // a broken progress bar must not cost the caller the report
    }
  }
}
