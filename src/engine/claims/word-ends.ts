// Tests of a word's last characters that name finding makes for every word of a name, without a regex.

/** `/['’]s$/i.test(word)`: a possessive "'s" ends the word. */
export function endsPossessive(word: string): boolean {
  const n = word.length;
  const s = word.charCodeAt(n - 1);
  const q = word.charCodeAt(n - 2);
  return (s === 0x73 || s === 0x53) && (q === 0x27 || q === 0x2019);
}
