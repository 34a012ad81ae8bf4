// Narrows the letter runs a PhraseMatcher tries to those where one of its phrases can begin, by
// the run after the leading one. The anonymity and knowledge lists begin with common words ("in",
// "on", "with", "who", "not"), and the matcher runs a regular expression at every one of them;
// "in" can begin a match only before "the" ("in the room"), "who" only before "spoke", "asked"…
import { phrasePieces } from '../../engine/lexicon';
import type { LetterRuns } from '../../engine/phrase-matcher';

const RUN = /[A-Za-zſK]+/gu;

/**
 * The hash PhraseMatcher gives a run of letters (its `runHash`: letters folded to lower-case
 * ASCII, ſ to s and the Kelvin sign to k), which the runs it is handed carry. A test holds the two
 * equal.
 */
export function runKeyHash(run: string): number {
  let hash = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    hash = (Math.imul(hash, 31) + (c === 0x17f ? 0x73 : c === 0x212a ? 0x6b : c | 32)) | 0;
  }
  return hash & 0x3fffffff;
}

/** Every spelling of a phrase with its `{slot}`s filled in. */
function expand(phrase: string, slots: Readonly<Record<string, readonly string[]>>): string[] {
  let out = [''];
  for (const piece of phrasePieces(phrase)) {
    const slot = /^\{(\w+)\}$/.exec(piece)?.[1];
    const values = slot ? slots[slot]!.flatMap((v) => expand(v, slots)) : [piece];
    out = out.flatMap((head) => values.map((v) => head + v));
  }
  return out;
}

export class PhraseStarts {
  /** Bit `hash & 0xffff` set for the hash of every leading run. */
  private readonly bits = new Uint32Array(2048);
  /** By the hash of a leading run: the hashes of the runs that may follow it, or null when any may (a one-run phrase). */
  private readonly following = new Map<number, Set<number> | null>();
  /** Some phrase is spelt with other characters than letters, spaces and apostrophes: every run is kept. */
  private readonly everyRun: boolean = false;

  /**
   * `phrases` as given to the PhraseMatcher (made of letters, spaces and apostrophes): a match
   * spells a phrase, so its runs of letters are the phrase's, the first two among them.
   */
  constructor(phrases: readonly string[], slots: Readonly<Record<string, readonly string[]>> = {}) {
    for (const phrase of phrases) {
      for (const spelt of expand(phrase, slots)) {
        // Other characters (or a phrase not opening with a letter) could split runs otherwise than the text does.
        const runs = spelt.match(RUN) ?? [];
        if (/[^A-Za-z\s']/.test(spelt) || !runs.length || !/^[A-Za-z]/.test(spelt.trim())) {
          this.everyRun = true;
          return;
        }
        const first = runKeyHash(runs[0]!);
        this.bits[(first >>> 5) & 2047]! |= 1 << (first & 31);
        const known = this.following.get(first);
        if (runs.length === 1 || known === null) this.following.set(first, null);
        else if (known) known.add(runKeyHash(runs[1]!));
        else this.following.set(first, new Set([runKeyHash(runs[1]!)]));
      }
    }
  }

  /**
   * The runs (start, end, hash in turn, as `letterRuns` gives them) where a match can begin. A
   * PhraseMatcher handed these finds exactly what it finds in all runs: the others begin no match.
   */
  filter(runs: LetterRuns): number[] {
    const kept: number[] = [];
    for (let r = 0; r < runs.length; r += 3) if (this.startsAt(runs, r)) kept.push(runs[r]!, runs[r + 1]!, runs[r + 2]!);
    return kept;
  }

  /** Whether a match can begin at the run at `r` (an index into `runs`, a multiple of 3). */
  startsAt(runs: LetterRuns, r: number): boolean {
    if (this.everyRun) return true;
    const hash = runs[r + 2]!;
    if ((this.bits[(hash >>> 5) & 2047]! & (1 << (hash & 31))) === 0) return false;
    const next = this.following.get(hash);
    if (next === undefined) return false;
    return next === null || (r + 5 < runs.length && next.has(runs[r + 5]!));
  }
}

/** `[a.filter(runs), b.filter(runs)]` in one pass over the runs. */
export function filterBoth(a: PhraseStarts, b: PhraseStarts, runs: LetterRuns): [number[], number[]] {
  const forA: number[] = [];
  const forB: number[] = [];
  for (let r = 0; r < runs.length; r += 3) {
    if (a.startsAt(runs, r)) forA.push(runs[r]!, runs[r + 1]!, runs[r + 2]!);
    if (b.startsAt(runs, r)) forB.push(runs[r]!, runs[r + 1]!, runs[r + 2]!);
  }
  return [forA, forB];
}
