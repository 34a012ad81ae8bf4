/**
 * `text.replace(/\s+/g, ' ')`, returning `text` itself when that would change nothing (no
 * whitespace but single plain spaces), which is nearly always: speaker names and excerpts are
 * collapsed for every attribution, and the regular expression cost more than the check.
 */
export function collapseSpaces(text: string): string {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return text.replace(/\s+/g, ' ');
      previousSpace = true;
    } else if (isOtherSpace(c)) return text.replace(/\s+/g, ' ');
    else previousSpace = false;
  }
  return text;
}

/** `/\s/.test(text)`, by a scan. */
export function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isSpace(text.charCodeAt(i))) return true;
  return false;
}

/** True for a UTF-16 code unit `\s` matches. */
export function isSpace(c: number): boolean {
  return c === 32 || isOtherSpace(c);
}

/** The characters `\s` matches besides the plain space: tabs and line breaks, and Unicode spaces. */
function isOtherSpace(c: number): boolean {
  if (c < 128) return c >= 9 && c <= 13;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
