/**
 * `toLowerCase`, skipped for the many words that have nothing to lower (it copies two-byte
 * strings slowly, and most token texts are two-byte: they are cut from text with curly quotes).
 */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return word.toLowerCase();
  }
  return word;
}
