import { isAsciiSpace } from '../ascii';

/** A capitalised word (or "No.", "#") and white space ending a text: "Highway 57", "Flight 370". */
const CAP_BEFORE = /(?:\p{Lu}[\p{L}.]*|No\.|#)\s+$/u;

/**
 * Where the match of `CAP_BEFORE` in `text.slice(0, end)` starts, or -1: read backwards by char codes
 * when the tail is ASCII, since the unanchored regex tries every offset of the text before a figure.
 *
 * A match is white space to the end, after either "#" or a capital and letters or periods. Those
 * letters and periods are the run of them before the white space, so the leftmost match starts at
 * the run's first capital ("No." starts with one too). A non-ASCII character in the white space or
 * the run may be a space or a letter: the regex decides.
 */
export function capitalBefore(text: string, end: number): number {
  let at = end;
  while (at > 0 && isAsciiSpace(text.charCodeAt(at - 1))) at--;
  if (at > 0 && text.charCodeAt(at - 1) >= 128) return byRegex(text, end);
  if (at === end) return -1;
  if (at > 0 && text.charCodeAt(at - 1) === 0x23) return at - 1;
  let first = -1;
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c >= 128) return byRegex(text, end);
    if (c >= 0x41 && c <= 0x5a) first = i;
    else if (!((c >= 0x61 && c <= 0x7a) || c === 0x2e)) break;
  }
  return first;
}

function byRegex(text: string, end: number): number {
  return CAP_BEFORE.exec(text.slice(0, end))?.index ?? -1;
}

