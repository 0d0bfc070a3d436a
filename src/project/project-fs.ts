/**
 * Read-only, cached access to the files of one project. Nothing here ever writes, and errors (missing
 * files, permissions, symlink loops) become values, never exceptions.
 *
 * The folder may be hostile (a pull request checked in CI): a file is read only when its real path
 * stays inside the project, it is a regular file (a FIFO would block forever, a device never ends),
 * and it is no larger than the caller's limit (see `readRegularFile`).
 *
 * The methods return promises, but the work is synchronous on purpose: a check touches thousands of
 * paths, and each fs/promises call costs a file handle and a trip through the thread pool (profiled:
 * most of a 500-page check). Existence is answered from one `readdir` per folder instead of a `stat`
 * per candidate; names therefore match case-sensitively, as they do on the phone.
 */
import { closeSync, constants, type Dirent, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

export type EntryKind = 'file' | 'directory' | 'missing';

/** Largest config file read (16 MiB; WeChat's whole main package may hold at most 2 MB). */
export const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

import { NEEDS_NORMALIZING, trimTrailingSlashes } from '../primitives/paths.js';
import { NOT_REGULAR, OUTSIDE_PROJECT, TOO_LARGE } from './read-refusals.js';

export { NOT_REGULAR, OUTSIDE_PROJECT, TOO_LARGE };

export interface ReadResult {
  /** The text, or `undefined` when the file could not be read. */
  text?: string;
  /**
   * Why reading failed: Node's error code (`ENOENT`, `EACCES`, `ELOOP`, `EISDIR`…), or
   * {@link OUTSIDE_PROJECT}, {@link NOT_REGULAR}, {@link TOO_LARGE}.
   */
  error?: string;
  /** The file's size in bytes, when it could be inspected. */
  size?: number;
}

export interface BytesResult {
  bytes?: Buffer;
  error?: string;
  size?: number;
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
  private realRoot?: string;

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

  /** Reads a UTF-8 text file once; later calls share the result. */
  text(relative: string): Promise<ReadResult> {
    return Promise.resolve(this.textSync(relative));
  }

  /** The synchronous answer behind {@link text}. */
  textSync(relative: string): ReadResult {
    let found = this.texts.get(relative);
    if (!found) {
      const { bytes, error, size } = this.bytesOf(relative, MAX_CONFIG_BYTES);
      found = bytes ? { text: bytes.toString('utf8'), size: bytes.length } : { error: error ?? 'EIO', ...(size === undefined ? {} : { size }) };
      this.texts.set(relative, found);
    }
    return found;
  }

  /** Reads a file of at most `maxBytes` (see {@link text} for what is refused). */
  bytes(relative: string, maxBytes = MAX_CONFIG_BYTES): Promise<BytesResult> {
    return Promise.resolve(this.bytesOf(relative, maxBytes));
  }

  private bytesOf(relative: string, maxBytes: number): BytesResult {
    this.read.add(relative);
    let real: string;
    try {
      real = realpathSync.native(this.absolute(relative));
    } catch (error) {
      return { error: (error as NodeJS.ErrnoException).code ?? 'EIO' };
    }
    if (!isInside(this.root(), real)) return { error: OUTSIDE_PROJECT };
    return readRegularFile(real, maxBytes);
  }

  /** The real path of the project root (resolved once: the root itself may sit behind a symlink). */
  private root(): string {
    if (this.realRoot === undefined) {
      try {
        this.realRoot = realpathSync.native(this.projectRoot);
      } catch {
        this.realRoot = this.projectRoot;
      }
    }
    return this.realRoot;
  }

  private kindOf(entry: string): EntryKind {
    const relative = trimTrailingSlashes(entry);
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

  /**
   * Only "not there" is missing. An entry that exists but cannot be inspected (a symlink loop, a folder
   * without permission) or is not a regular file (a FIFO, a socket, a device) counts as a file, so that
   * reading it reports why it cannot be read.
   */
  private statKind(relative: string): EntryKind {
    try {
      return statSync(this.absolute(relative)).isDirectory() ? 'directory' : 'file';
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'file';
    }
  }
}

/** Whether a real path is `root` or lies under it. */
export function isInside(root: string, real: string): boolean {
  return real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/**
 * Reads a regular file of at most `maxBytes`. Never blocks on a FIFO (opened
 * non-blocking, then checked on the open descriptor, so a swap after the check changes nothing) and
 * never reads more than the limit, even from a file that grows while it is read.
 */
export function readRegularFile(file: string, maxBytes: number): BytesResult {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return { error: code === 'ENXIO' ? NOT_REGULAR : code }; // ENXIO: a socket
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return { error: 'EISDIR' };
    if (!info.isFile()) return { error: NOT_REGULAR };
    if (info.size > maxBytes) return { error: TOO_LARGE, size: info.size };
    const buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0;) length += n;
    if (length > maxBytes) return { error: TOO_LARGE, size: length };
    return { bytes: buffer.subarray(0, length), size: length };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  } finally {
    closeSync(fd);
  }
}

