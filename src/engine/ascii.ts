// Character classes of ASCII code units, for the scanners that read text by char codes and leave
// anything beyond ASCII to a regular expression.

/**
 * A–Z or a–z, in one comparison: setting bit 5 lower-cases an ASCII letter and leaves every other
 * code outside a–z. False for NaN (what `charCodeAt` gives past the end), so a scan needs no
 * separate bound check; the per-character loops of claim reading measured the two ranges' branches.
 */
export function isAsciiLetter(c: number): boolean {
  return ((c | 0x20) - 0x61) >>> 0 < 26;
}

/** 0–9. */
export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** An ASCII letter or digit: the ASCII characters `[\p{L}\p{N}]` matches (false for -1 and NaN too). */
export function isAsciiLetterOrDigit(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c);
}

/**
 * The lower-case ASCII letter a case-insensitive Unicode regex (`/iu`) takes `c` for: an ASCII
 * letter, ſ (as s) or the Kelvin sign (as k), the only other characters that fold onto one; -1 for
 * any other code unit.
 */
export function foldedAsciiLetter(c: number): number {
  if (isAsciiLetter(c)) return c | 0x20;
  if (c === 0x17f) return 0x73;
  if (c === 0x212a) return 0x6b;
  return -1;
}

/** The ASCII characters `\s` matches: space, tab, line feed, vertical tab, form feed, carriage return. */
export function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}
