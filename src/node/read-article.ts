import { readFileSync, statSync } from 'node:fs';
import { describeCode } from './walk';

/** Default largest file Credence reads, in bytes; raised with `--max-size` (CLI) or the setting `credence.maxFileSizeMB` (VS Code). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Reads an article as UTF-8 text, refusing what is not one: too large, binary (NUL bytes),
 * or invalid UTF-8. The reason is one line, fit for a user.
 */
export function readArticle(path: string, maxBytes = DEFAULT_MAX_BYTES, sizeSetting = '--max-size'): ReadResult {
  try {
    const stat = statSync(path);
    // Reading a FIFO or a device would block or never end; only regular files are articles.
    if (!stat.isFile()) return { ok: false, reason: stat.isDirectory() ? 'cannot read: is a folder' : 'skipped: not a regular file' };
    const size = stat.size;
    if (size > maxBytes) {
      return { ok: false, reason: `skipped: ${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit (raise it with ${sizeSetting})` };
    }
    return decodeArticle(readFileSync(path));
  } catch (error) {
    return { ok: false, reason: `cannot read: ${describeCode(error as NodeJS.ErrnoException)}` };
  }
}

/** Decodes bytes as an article; shared by the CLI and the extension for files not open in an editor. */
export function decodeArticle(bytes: Uint8Array): ReadResult {
  // UTF-16 text is full of NUL bytes too; say what it is, since re-saving it as UTF-8 fixes it.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, reason: 'skipped: UTF-16 text (save it as UTF-8)' };
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'skipped: binary file (contains NUL bytes)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, reason: 'skipped: not valid UTF-8 text' };
  }
}

/** "52.4 MB", "812 KB": sizes for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
