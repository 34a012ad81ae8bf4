import { readFileSync, statSync } from 'node:fs';

/** Default largest file Credence reads, in bytes; raised with `--max-size` / `credence.maxFileSize`. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Reads an article as UTF-8 text, refusing what is not one: too large, binary (NUL bytes),
 * or invalid UTF-8. The reason is one line, fit for a user.
 */
export function readArticle(path: string, maxBytes = DEFAULT_MAX_BYTES, sizeSetting = '--max-size'): ReadResult {
  try {
    const size = statSync(path).size;
    if (size > maxBytes) {
      return { ok: false, reason: `skipped: ${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit (raise it with ${sizeSetting})` };
    }
    return decodeArticle(readFileSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    return { ok: false, reason: `cannot read: ${why}` };
  }
}

/** Decodes bytes as an article; shared by the CLI and the extension for files not open in an editor. */
export function decodeArticle(bytes: Uint8Array): ReadResult {
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
