/**
 * Read-only, cached access to the files of one project. Nothing here ever writes, and errors (missing
 * files, permissions, symlink loops) become values, never exceptions.
 *
 * The methods return promises, but the work is synchronous on purpose: a check touches thousands of
 * paths, and each fs/promises call costs a file handle and a trip through the thread pool (profiled:
 * most of a 500-page check). Existence is answered from one `readdir` per folder instead of a `stat`
 * per candidate; names therefore match case-sensitively, as they do on the phone.
 */
import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export type EntryKind = 'file' | 'directory' | 'missing';

export interface ReadResult {
  /** The text, or `undefined` when the file could not be read. */
  text?: string;
  /** Node's error code when reading failed (`ENOENT`, `EACCES`, `ELOOP`, `EISDIR`…). */
  error?: string;
}

export class ProjectFs {
  private readonly kinds = new Map<string, EntryKind>();
  /** Folder listings by project-relative path; `null` when the folder cannot be listed. */
  private readonly listings = new Map<string, Map<string, Dirent> | null>();
  private readonly texts = new Map<string, ReadResult>();
  /** Files actually read, relative to the project root. */
  readonly read = new Set<string>();

  /** A normalized root without a trailing separator: clean relative paths can simply be appended. */
  private readonly rootIsClean: boolean;

  constructor(readonly projectRoot: string) {
    this.rootIsClean = path.normalize(projectRoot) === projectRoot && !projectRoot.endsWith(path.sep);
  }

  /** Absolute path of a project-relative POSIX path. */
  absolute(relative: string): string {
    // Paths from joinInside are already clean: gluing them on is enough (path.join normalizes the
    // whole string again, for every file and folder of the project).
    if (this.rootIsClean && relative !== '' && !relative.startsWith('/') && !NEEDS_NORMALIZING.test(relative)) {
      return this.projectRoot + path.sep + (path.sep === '/' ? relative : relative.replaceAll('/', path.sep));
    }
    return path.join(this.projectRoot, ...relative.split('/'));
  }

  entry(relative: string): Promise<{ kind: EntryKind }> {
    return Promise.resolve({ kind: this.kind(relative) });
  }

  /** The synchronous answer behind {@link entry}, for callers that ask many times per page. */
  kind(relative: string): EntryKind {
    let kind = this.kinds.get(relative);
    if (kind === undefined) {
      kind = this.kindOf(relative);
      this.kinds.set(relative, kind);
    }
    return kind;
  }

  async isFile(relative: string): Promise<boolean> {
    return (await this.entry(relative)).kind === 'file';
  }

  async isDirectory(relative: string): Promise<boolean> {
    return (await this.entry(relative)).kind === 'directory';
  }

  /** Size in bytes of a file, 0 when it cannot be inspected. */
  size(relative: string): Promise<number> {
    try {
      return Promise.resolve(statSync(this.absolute(relative)).size);
    } catch {
      return Promise.resolve(0);
    }
  }

  /** Reads a UTF-8 text file once; later calls share the result. */
  text(relative: string): Promise<ReadResult> {
    let found = this.texts.get(relative);
    if (!found) {
      this.read.add(relative);
      try {
        found = { text: readFileSync(this.absolute(relative), 'utf8') };
      } catch (error) {
        found = { error: (error as NodeJS.ErrnoException).code ?? 'EIO' };
      }
      this.texts.set(relative, found);
    }
    return Promise.resolve(found);
  }

  bytes(relative: string): Promise<Uint8Array | undefined> {
    this.read.add(relative);
    try {
      return Promise.resolve(readFileSync(this.absolute(relative)));
    } catch {
      return Promise.resolve(undefined);
    }
  }

  private kindOf(entry: string): EntryKind {
    const relative = entry.replace(/\/+$/, '');
    const slash = relative.lastIndexOf('/');
    const listing = relative === '' ? null : this.listing(slash < 0 ? '' : relative.slice(0, slash));
    const dirent = listing?.get(relative.slice(slash + 1));
    if (listing && !dirent) return 'missing';
    if (dirent?.isFile()) return 'file';
    if (dirent?.isDirectory()) return 'directory';
    return this.statKind(relative); // the root, symlinks, and folders that cannot be listed
  }

  private listing(folder: string): Map<string, Dirent> | null {
    let listing = this.listings.get(folder);
    if (listing === undefined) {
      try {
        listing = new Map(readdirSync(this.absolute(folder), { withFileTypes: true }).map((d) => [d.name, d]));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        listing = code === 'ENOENT' || code === 'ENOTDIR' ? new Map() : null;
      }
      this.listings.set(folder, listing);
    }
    return listing;
  }

  private statKind(relative: string): EntryKind {
    try {
      const s = statSync(this.absolute(relative));
      return s.isDirectory() ? 'directory' : s.isFile() ? 'file' : 'missing';
    } catch (error) {
      // Only "not there" is missing. An entry that exists but cannot be inspected (a symlink loop,
      // a folder without permission) counts as a file, so that reading it reports why it failed.
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'file';
    }
  }
}

/** Joins POSIX path segments and resolves `.` and `..`; `undefined` when the result leaves the root. */
export function joinInside(...parts: string[]): string | undefined {
  const joined = parts.length === 1 ? parts[0]! : parts.filter((part) => part !== '').join('/');
  // A check joins thousands of paths that are already clean; only the others need normalizing.
  return NEEDS_NORMALIZING.test(joined) ? normalizeInside(joined) : joined.replace(LEADING_SLASHES, '');
}

/** Backslashes, empty segments, `.` and `..` segments, or a trailing slash. */
const NEEDS_NORMALIZING = /\\|\/\/|(?:^|\/)\.\.?(?:\/|$)|\/$/;
const LEADING_SLASHES = /^\/+/;

/** The general case of {@link joinInside}. */
export function normalizeInside(joined: string): string | undefined {
  const clean = path.posix.normalize(joined.replace(/\\/g, '/')).replace(LEADING_SLASHES, '');
  if (clean === '..' || clean.startsWith('../')) return undefined;
  return clean === '.' ? '' : clean;
}
