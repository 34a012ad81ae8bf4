/**
 * Whether a UTF-16 code unit is an ASCII letter, as `isAsciiLetter` says, in one comparison: setting
 * bit 5 lower-cases an ASCII letter and leaves every other code outside a–z. False for NaN (what
 * `charCodeAt` gives past the end), so a scan needs no separate bound check. For the per-character
 * loops of claim reading, where the two ranges' branches were a measurable part of a sentence's scan.
 */
export function isLetterCode(c: number): boolean {
  return ((c | 0x20) - 0x61) >>> 0 < 26;
}
