/**
 * Read-only, cached access to the files of one project. Every lookup is a promise so that pages and
 * components are read in parallel; nothing here ever writes. Errors (missing files, permissions,
 * symlink loops) become values, never exceptions.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export type EntryKind = 'file' | 'directory' | 'missing';

export interface ReadResult {
  /** The text, or `undefined` when the file could not be read. */
  text?: string;
  /** Node's error code when reading failed (`ENOENT`, `EACCES`, `ELOOP`, `EISDIR`…). */
  error?: string;
}

export class ProjectFs {
  private readonly kinds = new Map<string, Promise<{ kind: EntryKind; size: number }>>();
  private readonly texts = new Map<string, Promise<ReadResult>>();
  /** Files actually read, relative to the project root. */
  readonly read = new Set<string>();

  constructor(readonly projectRoot: string) {}

  /** Absolute path of a project-relative POSIX path. */
  absolute(relative: string): string {
    return path.join(this.projectRoot, ...relative.split('/'));
  }

  entry(relative: string): Promise<{ kind: EntryKind; size: number }> {
    let found = this.kinds.get(relative);
    if (!found) {
      found = stat(this.absolute(relative)).then(
        (s) => ({ kind: s.isDirectory() ? 'directory' as const : s.isFile() ? 'file' as const : 'missing' as const, size: s.size }),
        // Only "not there" is missing. An entry that exists but cannot be inspected (a symlink loop,
        // a folder without permission) counts as a file, so that reading it reports why it failed.
        (error: NodeJS.ErrnoException) => ({ kind: error.code === 'ENOENT' || error.code === 'ENOTDIR' ? 'missing' as const : 'file' as const, size: 0 }),
      );
      this.kinds.set(relative, found);
    }
    return found;
  }

  async isFile(relative: string): Promise<boolean> {
    return (await this.entry(relative)).kind === 'file';
  }

  async isDirectory(relative: string): Promise<boolean> {
    return (await this.entry(relative)).kind === 'directory';
  }

  /** Reads a UTF-8 text file once; later calls share the same promise. */
  text(relative: string): Promise<ReadResult> {
    let found = this.texts.get(relative);
    if (!found) {
      this.read.add(relative);
      found = readFile(this.absolute(relative), 'utf8').then(
        (text) => ({ text }),
        (error: NodeJS.ErrnoException) => ({ error: error.code ?? 'EIO' }),
      );
      this.texts.set(relative, found);
    }
    return found;
  }

  async bytes(relative: string): Promise<Uint8Array | undefined> {
    this.read.add(relative);
    try {
      return await readFile(this.absolute(relative));
    } catch {
      return undefined;
    }
  }
}

/** Joins POSIX path segments and resolves `.` and `..`; `undefined` when the result leaves the root. */
export function joinInside(...parts: string[]): string | undefined {
  const joined = path.posix.normalize(path.posix.join(...parts.map((p) => p.replace(/\\/g, '/'))));
  const clean = joined.replace(/^\/+/, '');
  if (clean === '..' || clean.startsWith('../')) return undefined;
  return clean === '.' ? '' : clean;
}
