import { readFileSync } from 'node:fs';
import { describeCode } from './walk';

/** The date keys a manifest entry or front matter may carry (see readManifest and parseFrontMatter). */
const MANIFEST_DATE_KEYS = ['date', 'published'];
const FRONT_MATTER_DATE_KEYS = new Set(['date', 'published', 'pubdate', 'published_at', 'publishedat']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Why a corpus folder's `manifest.json` cannot be used, in one line, or undefined when it is fine
 * or absent. The loader ignores a broken manifest (the articles' own text still gives their
 * metadata); this tells the user, instead of dates silently going missing.
 */
export function manifestProblem(path: string): string | undefined {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? undefined : `cannot read: ${describeCode(error as NodeJS.ErrnoException)}`;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return `not valid JSON (${(error as Error).message.split('\n')[0]}); its metadata is ignored`;
  }
  const entries = Array.isArray(json) ? json : isRecord(json) && Array.isArray(json.articles) ? json.articles : undefined;
  if (!entries) return 'expected {"articles": [{"file": …}]} or an array of {"file": …}; its metadata is ignored';
  for (const [i, entry] of entries.entries()) {
    if (!isRecord(entry) || typeof entry.file !== 'string' || !entry.file.trim()) return `entry ${i + 1} has no "file" name`;
    for (const key of MANIFEST_DATE_KEYS) {
      const date = entry[key];
      if (date === undefined || date === null || date === '') continue;
      if (typeof date !== 'string' || !ISO_DATE.test(date.trim())) return `entry ${i + 1} (${entry.file}): "${key}" ${JSON.stringify(date)} is not a YYYY-MM-DD date`;
    }
  }
  return undefined;
}

/**
 * Why an article's front matter is malformed, in one line, or undefined when it is fine or absent:
 * an opening `---` followed by `key: value` lines that is never closed (so none of it is read),
 * or a date that is not YYYY-MM-DD (so the article has no date).
 */
export function frontMatterProblem(text: string): string | undefined {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const lines = text.slice(open[0].length).split(/\r?\n|\r/);
  const close = lines.findIndex((line) => /^(?:---|\.\.\.)[ \t]*$/.test(line));
  if (close < 0) {
    // "---" then prose is a thematic break, not front matter; "---" then "key: value" is front matter.
    return /^[A-Za-z_-]+[ \t]*:/.test(lines[0] ?? '') ? 'front matter is not closed (no closing "---" line); its metadata is ignored' : undefined;
  }
  for (const line of lines.slice(0, close)) {
    const kv = /^\s*([A-Za-z_-]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv || !FRONT_MATTER_DATE_KEYS.has(kv[1]!.toLowerCase())) continue;
    const value = kv[2]!.replace(/^(["'])(.*)\1$/, '$2').trim();
    if (value && value !== 'null' && value !== '~' && !ISO_DATE.test(value)) return `front matter ${kv[1]} "${value}" is not a YYYY-MM-DD date`;
  }
  return undefined;
}
