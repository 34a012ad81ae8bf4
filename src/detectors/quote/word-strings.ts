// The strings of the tokenizer's plain ASCII words. A draft repeats its words (names above all)
// from paragraph to paragraph, and an editor re-analyses the same paragraphs after each edit:
// an occurrence takes the string made for an earlier one instead of a fresh copy and, for a
// capitalised word, a fresh lower-case copy as well.

/** Entries kept, by the word's hash: direct-mapped, so a word whose slot is taken just replaces it. */
const SIZE = 4096;

export class WordStrings {
  private readonly spelt: string[] = new Array<string>(SIZE).fill('');
  private readonly lowered: string[] = new Array<string>(SIZE).fill('');
  /** The lower-case form of the word `word` last returned. */
  lower = '';

  /**
   * text[start, end) as a string, an ASCII run of letters and digits whose case-folded hash is
   * `hash`; `upper` says it has a capital. Sets `lower`.
   */
  word(text: string, start: number, end: number, hash: number, upper: boolean): string {
    const slot = hash & (SIZE - 1);
    const kept = this.spelt[slot]!;
    const length = end - start;
    if (kept.length === length && sameText(kept, text, start)) {
      this.lower = this.lowered[slot]!;
      return kept;
    }
    const word = text.slice(start, end);
    const keptLower = this.lowered[slot]!;
    const lower = !upper ? word : keptLower.length === length && sameFolded(keptLower, text, start) ? keptLower : word.toLowerCase();
    this.spelt[slot] = word;
    this.lowered[slot] = lower;
    this.lower = lower;
    return word;
  }
}

function sameText(w: string, text: string, start: number): boolean {
  for (let k = 0; k < w.length; k++) if (text.charCodeAt(start + k) !== w.charCodeAt(k)) return false;
  return true;
}

/** Whether lower-case `w` equals text from `start` with ASCII capitals folded. */
function sameFolded(w: string, text: string, start: number): boolean {
  for (let k = 0; k < w.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== w.charCodeAt(k)) return false;
  }
  return true;
}
