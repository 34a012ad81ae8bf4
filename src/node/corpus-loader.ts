import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { ArticleInfo, Corpus } from '../engine';
import { CorpusIndex } from '../engine/corpus-index';
import { articleInfo } from '../engine/metadata';
import { readArticle } from './read-article';
import { frontMatterProblem, manifestProblem } from './metadata-problems';
import { collectArticles } from './walk';

/** Where the corpus comes from (CLI flags or `credence.corpus.*` settings). */
export interface CorpusOptions {
  /** Folders (or single files) of the user's own articles. */
  paths: readonly string[];
  /** Whether the bundled seed articles are part of the corpus. */
  includeSeeds: boolean;
  /** Where the bundled seeds are (next to the extension or CLI). */
  seedsDir: string;
  maxBytes?: number;
  /** Do not follow symbolic links out of a corpus folder (untrusted workspaces; see WalkOptions). */
  confineLinks?: boolean;
}

/** The loaded corpus and one line per folder or file that could not be read. */
export interface LoadedCorpus {
  /** The index; empty (not undefined) when no article could be read, so files can be added later. */
  corpus: Corpus | undefined;
  errors: Array<{ path: string; reason: string }>;
}

/** Metadata a folder's `manifest.json` gives per file name. */
type Manifest = Map<string, Partial<ArticleInfo>>;
const manifests = new Map<string, { mtime: number; manifest: Manifest }>();

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * Reads `manifest.json` of a folder: `{ articles: [{ file, outlet, date, title, url }] }` (the seeds'
 * shape) or an array of `{ file, outlet, published, url }`. Unknown or broken manifests give nothing.
 */
export function readManifest(dir: string): Manifest {
  const path = join(dir, 'manifest.json');
  let mtime: number;
  try {
    mtime = statSync(path).mtimeMs;
  } catch {
    return new Map();
  }
  const cached = manifests.get(path);
  if (cached && cached.mtime === mtime) return cached.manifest;
  const manifest: Manifest = new Map();
  try {
    const json = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    const entries = Array.isArray(json) ? json : Array.isArray((json as { articles?: unknown }).articles) ? (json as { articles: unknown[] }).articles : [];
    for (const entry of entries as Array<Record<string, unknown>>) {
      const file = text(entry?.file);
      if (!file) continue;
      const date = text(entry.date) ?? text(entry.published);
      const info: Partial<ArticleInfo> = {};
      const outlet = text(entry.outlet);
      const title = text(entry.title);
      const url = text(entry.url);
      if (outlet) info.outlet = outlet;
      if (date && /^\d{4}-\d{2}-\d{2}/.test(date)) {
        info.date = date.slice(0, 10);
        info.dateSource = 'manifest';
      }
      if (title) info.title = title;
      if (url) info.url = url;
      manifest.set(file, info);
    }
  } catch {
    // A manifest that is not JSON is ignored; the articles' own text still gives their metadata.
  }
  manifests.set(path, { mtime, manifest });
  return manifest;
}

/** Today's date (local calendar) as YYYY-MM-DD, for drafts without one. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Outlet and date of an article file: its folder's manifest first, then its front matter and
 * text; a file with no date gets today's (`dateSource: 'today'`) when `fallbackToday` is set.
 */
export function articleInfoForFile(path: string, content: string, fallbackToday = true): ArticleInfo {
  const absolute = resolve(path);
  const manifest = readManifest(dirname(absolute));
  const given = manifest.get(basename(absolute)) ?? {};
  return articleInfo(absolute, content, given, fallbackToday ? today() : undefined);
}

/**
 * Builds the corpus index from the bundled seeds (unless turned off) and the configured folders
 * or files. A folder that does not exist is a one-line error; the rest is still loaded.
 */
export function loadCorpus(options: CorpusOptions): LoadedCorpus {
  const index = new CorpusIndex();
  const errors: LoadedCorpus['errors'] = [];
  const roots = [...(options.includeSeeds ? [options.seedsDir] : []), ...options.paths];
  const seen = new Set<string>();
  const checkedManifests = new Set<string>();
  for (const root of roots) {
    if (!existsSync(root)) {
      errors.push({ path: root, reason: root === options.seedsDir ? 'bundled seed articles not found' : 'corpus folder not found' });
      continue;
    }
    const walked = collectArticles([root], { confineLinks: options.confineLinks });
    for (const e of walked.errors) errors.push(e);
    for (const file of walked.files) {
      const absolute = resolve(file);
      if (seen.has(absolute) || basename(absolute) === 'manifest.json') continue;
      seen.add(absolute);
      const read = readArticle(absolute, options.maxBytes);
      if (!read.ok) {
        errors.push({ path: relative(process.cwd(), absolute) || absolute, reason: read.reason });
        continue;
      }
      // Broken metadata is reported, once per manifest and file; the article is still indexed.
      const manifest = join(dirname(absolute), 'manifest.json');
      const manifestError = checkedManifests.has(manifest) ? undefined : manifestProblem(manifest);
      checkedManifests.add(manifest);
      if (manifestError) errors.push({ path: relative(process.cwd(), manifest) || manifest, reason: manifestError });
      const frontMatterError = frontMatterProblem(read.text);
      if (frontMatterError) errors.push({ path: relative(process.cwd(), absolute) || absolute, reason: frontMatterError });
      index.add(articleInfoForFile(absolute, read.text, false), read.text);
    }
  }
  return { corpus: index, errors };
}
