/**
 * A fresh, flat copy of a string, one byte per character when its characters allow. A slice of 13
 * characters or more is a view of its parent in V8: it keeps the parent alive, and it is two bytes
 * per character wherever the parent holds one character beyond Latin-1 (a curly quote), even when
 * the slice is plain ASCII. The JSON parser builds a new string and picks the narrow form itself.
 * The corpus index keeps its names and sentences this way (half the memory), and claim reading
 * copies each sentence so its scanners read one-byte text, which more than pays for the copy.
 */
export function flatCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
