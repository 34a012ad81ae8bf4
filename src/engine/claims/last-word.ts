import { AsciiWords } from './word-starts';
import { isAsciiLetter, isAsciiSpace } from '../ascii';

/**
 * A gate for a regex of the form `(?<![\p{L}])(?:phrase|phrase|…)\s+$` run on `text.slice(from, to)`
 * (what precedes a figure or a date): it says when the regex cannot match, read backwards by char
 * codes, so that the unanchored regex is not tried at every offset of the text before.
 *
 * A match ends with a phrase's last word and white space to the end. That word follows white space
 * or a non-letter, so it is the whole run of ASCII letters before the white space (cut at `from`, as
 * the slice cuts it), unless a non-ASCII character is next to it: a space, a letter, or `ſ` and `K`,
 * which case-fold onto ASCII letters under /iu. Then the gate lets the regex decide.
 */
export class LastWordGate {
  private readonly words: AsciiWords;

  /** `phrases`: the regex's alternatives, lower-case ASCII words separated by single spaces. */
  constructor(phrases: Iterable<string>) {
    const last: string[] = [];
    for (const phrase of phrases) last.push(phrase.slice(phrase.lastIndexOf(' ') + 1));
    this.words = new AsciiWords(last);
  }

  /** False when the regex cannot match `text.slice(from, to)`. */
  mayMatch(text: string, from: number, to: number): boolean {
    let at = to;
    while (at > from && isAsciiSpace(text.charCodeAt(at - 1))) at--;
    if (at > from && text.charCodeAt(at - 1) >= 128) return true;
    if (at === to) return false;
    let word = at;
    while (word > from && isAsciiLetter(text.charCodeAt(word - 1))) word--;
    if (word > from && text.charCodeAt(word - 1) >= 128) return true;
    return word < at && this.words.has(text, word, at);
  }
}

