import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** File endings Credence checks when it walks a folder. */
export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.txt'];
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface WalkResult {
  files: string[];
  /** One line per path that could not be walked. */
  errors: Array<{ path: string; reason: string }>;
}

/** Expands paths into article files: files are kept as given, folders are walked (sorted, for stable output). */
export function collectArticles(paths: readonly string[]): WalkResult {
  const result: WalkResult = { files: [], errors: [] };
  const visit = (path: string, explicit: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      result.errors.push({ path, reason: code === 'ENOENT' ? 'no such file or folder' : `cannot read: ${code ?? (error as Error).message}` });
      return;
    }
    if (stat.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(path).sort();
      } catch (error) {
        result.errors.push({ path, reason: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
        return;
      }
      for (const name of names) if (!SKIPPED_DIRS.has(name)) visit(join(path, name), false);
    } else if (explicit || ARTICLE_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext))) {
      result.files.push(path);
    }
  };
  for (const path of paths) visit(path, true);
  return result;
}
