import { isAsciiLetter } from '../ascii';
import { letterWidth } from './letters';
import { STOP_WORDS } from './lexicon';
import { AsciiWordBits, hashStep } from './word-starts';

/** The stop words, looked up by a run of the text in place: all are lower-case ASCII words. */
const STOPS = new AsciiWordBits();
for (const word of STOP_WORDS) STOPS.add(word, 1);

/**
 * The runs of ASCII letters already kept by one `contentWords` call, by their offsets in its
 * lower-cased text: an open-addressed table by `hashStep` hash, reused from one call to the next
 * (`stamps` says which slots the current call filled). Most content words of a block repeat or are
 * stop words; looking them up in place spares slicing and hashing a string for each.
 */
class SeenRuns {
  private size = 0;
  private shift = 32;
  private hashes = new Int32Array(0);
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);
  private stamps = new Int32Array(0);
  private stamp = 0;

  /** Starts a call on a text of `length` characters: it has fewer than `length / 5 + 1` runs of four letters or more. */
  reset(length: number): void {
    const needed = 2 * (((length / 5) | 0) + 1);
    if (this.size < needed) {
      let size = 64;
      while (size < needed) size *= 2;
      this.size = size;
      this.shift = 32 - Math.log2(size);
      this.hashes = new Int32Array(size);
      this.starts = new Int32Array(size);
      this.ends = new Int32Array(size);
      this.stamps = new Int32Array(size);
      this.stamp = 0;
    }
    this.stamp++;
  }

  /** Files the run `start`..`end` of `text`, unless an equal run is filed: then false. */
  add(text: string, start: number, end: number, hash: number): boolean {
    const mask = this.size - 1;
    const length = end - start;
    outer: for (let at = Math.imul(hash, 0x9e3779b1) >>> this.shift; ; at = (at + 1) & mask) {
      if (this.stamps[at] !== this.stamp) {
        this.stamps[at] = this.stamp;
        this.hashes[at] = hash;
        this.starts[at] = start;
        this.ends[at] = end;
        return true;
      }
      if (this.hashes[at] !== hash) continue;
      const from = this.starts[at]!;
      if (this.ends[at]! - from !== length) continue;
      for (let i = 0; i < length; i++) if (text.charCodeAt(start + i) !== text.charCodeAt(from + i)) continue outer;
      return false;
    }
  }
}

const SEEN = new SeenRuns();

/**
 * The article's content words, lower-case, for a cosine of word sets between articles: the runs of
 * four or more letters (what `/\p{L}{4,}/gu` matches in the lower-cased text) that are not stop
 * words, in order of first occurrence. Read by char codes: a regex match per word allocated a
 * match array for every word of every block. A run of ASCII letters is looked up where it stands
 * (`SeenRuns`, `STOPS`) and sliced only when new; other runs go through a Set of strings (an ASCII
 * run never equals one of them).
 */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  let others: Set<string> | undefined;
  const lower = text.toLowerCase();
  const n = lower.length;
  SEEN.reset(n);
  let i = 0;
  while (i < n) {
    const start = i;
    let letters = 0;
    let hash = 0;
    // Whether every letter of the run is an ASCII letter (one code unit each, all lower-case here).
    let ascii = true;
    while (i < n) {
      const c = lower.charCodeAt(i);
      if (isAsciiLetter(c)) {
        hash = hashStep(hash, c);
        i++;
        letters++;
        continue;
      }
      if (c < 128) break;
      const width = letterWidth(lower, i);
      if (!width) break;
      ascii = false;
      i += width;
      letters++;
    }
    if (!letters) i++;
    if (letters < 4) continue;
    if (ascii) {
      if (!STOPS.bitsByHash(lower, start, i, hash) && SEEN.add(lower, start, i, hash)) words.push(lower.slice(start, i));
    } else {
      const word = lower.slice(start, i);
      others ??= new Set();
      if (!STOP_WORDS.has(word) && !others.has(word)) {
        others.add(word);
        words.push(word);
      }
    }
  }
  return words;
}
