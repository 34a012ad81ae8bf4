/**
 * A fresh, flat copy of a string, one byte per character when its characters allow. A sentence
 * sliced from its block is a view of the block's text (V8 keeps slices of 13 characters or more as
 * views), and is two bytes per character wherever the block holds one character beyond Latin-1
 * (a curly quote), even when the sentence is plain ASCII. Every scanner of the sentence reads it
 * faster as its own one-byte string, which more than pays for the copy. The JSON parser builds a
 * new string and picks the narrow form itself (as string-pool.ts does for the corpus index).
 */
export function flatCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
