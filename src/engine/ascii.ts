// Character classes of ASCII code units, for the scanners that read text by char codes and leave
// anything beyond ASCII to a regular expression.

/** A–Z or a–z. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** 0–9. */
export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The ASCII characters `\s` matches: space, tab, line feed, vertical tab, form feed, carriage return. */
export function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}
