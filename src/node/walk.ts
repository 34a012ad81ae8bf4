import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/** File endings Credence checks when it walks a folder. */
export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.txt'];
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface WalkOptions {
  /**
   * Follow a symbolic link only when its target lies inside the path being walked. For folders an
   * untrusted workspace names: a link inside them must not lead Credence elsewhere on the machine.
   */
  confineLinks?: boolean;
}

export interface WalkResult {
  files: string[];
  /** One line per path that could not be walked. */
  errors: Array<{ path: string; reason: string }>;
}

/**
 * Expands paths into article files: files are kept as given, folders are walked (sorted, for stable
 * output). Symbolic links are followed, but a folder reached twice (a link cycle) is walked once, and
 * things that are not regular files (FIFOs, sockets, devices) are reported instead of read: reading a
 * FIFO would block forever.
 */
export function collectArticles(paths: readonly string[], options: WalkOptions = {}): WalkResult {
  const result: WalkResult = { files: [], errors: [] };
  const seenDirs = new Set<string>();
  let root = '';
  const visit = (path: string, explicit: boolean) => {
    const isArticle = explicit || ARTICLE_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext));
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch (error) {
      const reason = statFailure(path, error as NodeJS.ErrnoException);
      // Something in a walked folder that is not named like an article is not worth a line; an article is.
      if (isArticle) result.errors.push({ path, reason });
      return;
    }
    if (options.confineLinks && !explicit && !isInside(realPath(path), root)) {
      if (isArticle || stat.isDirectory()) result.errors.push({ path, reason: `skipped: a symbolic link to ${realPath(path)}, outside ${root}` });
      return;
    }
    if (stat.isDirectory()) {
      const key = `${stat.dev}:${stat.ino}`;
      if (seenDirs.has(key)) return;
      seenDirs.add(key);
      let names: string[];
      try {
        names = readdirSync(path).sort();
      } catch (error) {
        result.errors.push({ path, reason: `cannot read folder: ${describeCode(error as NodeJS.ErrnoException)}` });
        return;
      }
      for (const name of names) if (!SKIPPED_DIRS.has(name)) visit(join(path, name), false);
    } else if (isArticle) {
      if (stat.isFile()) result.files.push(path);
      else result.errors.push({ path, reason: `skipped: not a regular file (${fileKind(stat)})` });
    }
  };
  for (const path of paths) {
    root = options.confineLinks ? realPath(path) : '';
    visit(path, true);
  }
  return result;
}

/** The path with every symbolic link resolved; the path itself when it does not exist (yet). */
export function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** True when `path` is `root` or lies below it (both real paths). */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** Why a path cannot be examined, in words: a missing path, a dangling or looping link, no permission. */
function statFailure(path: string, error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') {
    try {
      if (lstatSync(path).isSymbolicLink()) return 'broken symbolic link (its target does not exist)';
    } catch {
      // Not even the link exists: a plain missing path.
    }
    return 'no such file or folder';
  }
  if (error.code === 'ELOOP') return 'symbolic link loop';
  return `cannot read: ${describeCode(error)}`;
}

/** A short, user-facing description of a file-system error code. */
export function describeCode(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'not a folder';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EIO':
      return 'input/output error';
    default:
      return error.code ?? error.message;
  }
}

function fileKind(stat: Stats): string {
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a file';
}
