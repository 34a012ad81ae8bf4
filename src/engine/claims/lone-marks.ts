/** Per BMP code unit: 0 not yet known, 1 a lone mark (see `isLoneMark`), 2 not. Filled as units are met. */
const LONE_MARKS = new Uint8Array(0x10000);
const WORD_PART_OR_SPACE = /^[\p{L}\p{M}\p{N}\s]$/u;

/**
 * A non-ASCII code unit that is no letter, mark, number, white space or surrogate: curly quotes,
 * dashes, ellipses. Such a unit is a token by itself and ends any word next to it, and lower-casing
 * maps it to one unit that is no letter either. Prose has few kinds of them, so each is classed by
 * the regex once and then read from the table.
 */
export function isLoneMark(c: number): boolean {
  let known = LONE_MARKS[c]!;
  if (known === 0) {
    known = (c >= 0xd800 && c <= 0xdfff) || WORD_PART_OR_SPACE.test(String.fromCharCode(c)) ? 2 : 1;
    LONE_MARKS[c] = known;
  }
  return known === 1;
}
