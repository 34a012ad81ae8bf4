import type { Block, ParsedBlock } from './blocks';
import { compilePhrases, findAll, phrasePieces, type LexiconHit } from './lexicon';
import { keep, kept, Slot } from './kept';
import { plainMatchEnd, plainPhrases } from './phrase-literals';
import { foldedAsciiLetter } from './ascii';

/**
 * A phrase list compiled for searching long texts: finds exactly what `findAll(compilePhrases(…), text)`
 * finds, without trying the whole alternation at every position of the text.
 *
 * Every phrase begins with a word, so a match begins where a run of letters begins, and that run is
 * the leading run of letters of one of the phrases (up to its first space, apostrophe, hyphen or
 * other non-letter), `{slot}`s spelt out. The text is scanned once for runs of letters, and the
 * same regex, made sticky, is tried only at a run that is one of those leading runs: where the
 * global regex finds a match, so does the sticky one, and nowhere else can either match.
 * Case-insensitive matching folds two non-ASCII characters onto ASCII letters (ſ onto s, the Kelvin
 * sign onto k), so runs include them too.
 *
 * A list with a phrase that begins with anything but a letter is searched with the global regex.
 * An empty list matches nothing.
 */
export class PhraseMatcher {
  /** The single regex, as `compilePhrases` builds it. */
  readonly pattern: RegExp;
  /** The leading runs, lower-cased, by their hash (`runHash`); undefined when some phrase does not begin with a letter. */
  private readonly keys: Map<number, LeadingRun[]> | undefined;
  /** Bit `hash & 0xffff` is set for the hash of every leading run: most runs of a text are dismissed by one bit. */
  private readonly hashBits = new Uint32Array(2048);

  constructor(phrases: readonly string[], slots: Readonly<Record<string, readonly string[]>> = {}, flags = 'giu') {
    // An empty list matches nothing (an empty alternation would match the empty string everywhere).
    this.pattern = phrases.length ? compilePhrases(phrases, slots, flags) : new RegExp('(?!)', flags);
    // The phrases by the leading runs they can begin with, in list order.
    const byRun = new Map<string, string[]>();
    for (const phrase of phrases) {
      for (const run of new Set(leadingRuns(phrasePieces(phrase), slots))) {
        const list = byRun.get(run);
        if (list) list.push(phrase);
        else byRun.set(run, [phrase]);
      }
    }
    if (byRun.has('')) {
      this.keys = undefined;
      return;
    }
    this.keys = new Map();
    const stickyFlags = flags.replace('g', '') + 'y';
    // The first three runs of every spelling, by its first run: spelt out once for all leading runs
    // (a phrase that opens with a slot is in the list of each of the slot's values).
    let spellings: Map<string, string[][] | undefined> | undefined;
    for (const [key, list] of byRun) {
      const hash = runHash(key, 0, key.length);
      const seconds = secondRuns(key, list, slots);
      const spelt = seconds && (spellings ??= threeRunSpellings(phrases, slots)).get(key);
      const thirds = spelt && thirdRuns(spelt);
      const entry = new LeadingRun(key, list, slots, stickyFlags, seconds, thirds);
      const same = this.keys.get(hash);
      if (same) same.push(entry);
      else this.keys.set(hash, [entry]);
      this.hashBits[(hash >>> 5) & 2047]! |= 1 << (hash & 31);
    }
  }

  /**
   * All non-overlapping matches in `text`, offset by `base`, as `findAll(this.pattern, text, base)`
   * gives them. Pass the text's `letterRuns` when several matchers search the same text: all of
   * them, unfiltered, since a phrase's second word is checked against the run that follows.
   */
  findAll(text: string, base = 0, runs: LetterRuns = letterRuns(text)): LexiconHit[] {
    if (!this.keys) return findAll(this.pattern, text, base);
    return this.scan(this.keys, text, base, runs, runs.length, false);
  }

  /** The matches `findAll` gives, or only the first when `firstOnly`: `test` needs no more. `count` values of `runs` are the text's. */
  private scan(keys: Map<number, LeadingRun[]>, text: string, base: number, runs: LetterRuns, count: number, firstOnly: boolean): LexiconHit[] {
    const hits: LexiconHit[] = [];
    // Matches do not overlap: a run that starts before the end of the last match is not tried.
    let searchFrom = 0;
    const bits = this.hashBits;
    for (let r = 0; r < count; r += 3) {
      const start = runs[r]!;
      const hash = runs[r + 2]!;
      if (start < searchFrom || (bits[(hash >>> 5) & 2047]! & (1 << (hash & 31))) === 0) continue;
      const same = keys.get(hash);
      if (!same) continue;
      let run: LeadingRun | undefined;
      if (same.length === 1) {
        // One leading run has this hash (almost always): the runs after it are checked before its letters.
        run = same[0]!;
        if (!followedOn(run, runs, r, count) || !isRun(text, start, runs[r + 1]!, run.key)) continue;
      } else {
        for (const entry of same) if (isRun(text, start, runs[r + 1]!, entry.key)) run = entry;
        if (!run || !followedOn(run, runs, r, count)) continue;
      }
      const end = run.matchEnd(text, start);
      if (end >= 0) {
        hits.push({ start: base + start, end: base + end, text: text.slice(start, end) });
        if (firstOnly) break;
        searchFrom = end;
      }
    }
    return hits;
  }

  /**
   * False when no phrase can match at `start` of `text`, judged by the runs of letters there as
   * `findAll` judges them before trying a regex; true when one may. A cheap gate for a regex of the
   * same phrases anchored at the start of a text (`^(?:…)`).
   */
  mayStartAt(text: string, start: number): boolean {
    if (!this.keys) return true;
    let end = start;
    while (end < text.length && isRunChar(text.charCodeAt(end))) end++;
    if (end === start) return false;
    const hash = runHash(text, start, end);
    if ((this.hashBits[(hash >>> 5) & 2047]! & (1 << (hash & 31))) === 0) return false;
    let run: LeadingRun | undefined;
    for (const entry of this.keys.get(hash) ?? []) if (isRun(text, start, end, entry.key)) run = entry;
    if (!run) return false;
    if (!run.seconds) return true;
    let next = end;
    while (next < text.length && !isRunChar(text.charCodeAt(next))) next++;
    let nextEnd = next;
    while (nextEnd < text.length && isRunChar(text.charCodeAt(nextEnd))) nextEnd++;
    return next < nextEnd && run.seconds.has(runHash(text, next, nextEnd));
  }

  /** True when `text` has a match anywhere: what `this.pattern.test(text)` says, searching from the start. */
  test(text: string): boolean {
    // The runs are read straight from the scan's buffer: a text tested once needs no copy of them.
    if (this.keys) {
      const count = fillRunBuffer(text);
      return this.scan(this.keys, text, 0, runBuffer, count, true).length > 0;
    }
    this.pattern.lastIndex = 0;
    const found = this.pattern.test(text);
    this.pattern.lastIndex = 0;
    return found;
  }
}

/**
 * Whether the runs after the one at `r` of `runs` can go on a match of `run`'s phrases: most tries
 * fail on the second word ("is" then anything but "seen", "widely", …), and "has been" starts a
 * match only if "widely", "seen", … follows. A regex tried once in a while runs cold, and a failed
 * try cost microseconds.
 */
function followedOn(run: LeadingRun, runs: LetterRuns, r: number, count: number): boolean {
  const seconds = run.seconds;
  if (!seconds) return true;
  if (r + 5 >= count || !seconds.has(runs[r + 5]!)) return false;
  const thirds = run.thirds?.get(runs[r + 5]!);
  return !thirds || (r + 8 < count && thirds.has(runs[r + 8]!));
}

/**
 * One leading run and the phrases that can begin with it. A match starting at a run of the text
 * can only be of those phrases, so there the alternation of just those phrases, in the order of the
 * whole list, finds what the whole alternation finds (the others fail at that position), without
 * trying hundreds of alternatives that cannot match.
 */
class LeadingRun {
  private regex: RegExp | undefined;
  /** The phrases in the order the regex tries them, when all are plain words (matched by code, see `plainPhrases`). */
  private readonly plain: string[] | undefined;

  constructor(
    readonly key: string,
    private readonly phrases: readonly string[],
    private readonly slots: Readonly<Record<string, readonly string[]>>,
    private readonly flags: string,
    /**
     * The `runHash`es of the runs that can follow this one in a match (see `secondRuns`);
     * undefined when one of the phrases can end with this run.
     */
    readonly seconds: ReadonlySet<number> | undefined,
    /**
     * By the hash of a second run, the hashes of the runs that can follow it (see `thirdRuns`), or
     * null when a phrase can end with it; undefined when `seconds` is, or when the phrases have too
     * many spellings to list (see `threeRunSpellings`).
     */
    readonly thirds: ReadonlyMap<number, ReadonlySet<number> | null> | undefined,
  ) {
    this.plain = plainPhrases(phrases, flags);
  }

  /** Where a match of these phrases at `start` of `text` ends, or -1: what the sticky regex finds there. */
  matchEnd(text: string, start: number): number {
    if (this.plain) return plainMatchEnd(text, start, this.plain);
    const sticky = (this.regex ??= compilePhrases(this.phrases, this.slots, this.flags));
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    return m ? start + m[0].length : -1;
  }
}

/**
 * The maximal runs of letters of a text (as `PhraseMatcher` reads letters), as start, end and
 * `runHash` in turn: small integers, so the array stays one of unboxed integers.
 */
export type LetterRuns = readonly number[];

/** The runs of letters where a `PhraseMatcher` match can begin, hashed; one pass over the text. */
export function letterRuns(text: string): LetterRuns {
  // Filled first: filling may replace the buffer. The copy is made at its exact size in one step,
  // where an array grown by push left a trail of outgrown copies.
  const count = fillRunBuffer(text);
  return runBuffer.slice(0, count);
}

/**
 * Writes the runs of a text into `runBuffer`, grown as needed, and returns how many values it
 * wrote; they are valid until the next call. A buffer grown for a huge block is replaced by an
 * empty one on the call after, so memory stays proportional to ordinary blocks.
 */
function fillRunBuffer(text: string): number {
  if (runBuffer.length > MAX_KEPT_RUN_BUFFER) runBuffer = [];
  return scanRuns(runBuffer, 0, text, 0, text.length);
}

/**
 * Writes the runs of text[from, to) into `runs` from index `n` on (a run is cut at `to`), and
 * returns the index after the last value written.
 */
function scanRuns(runs: number[], n: number, text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    // `foldedAsciiLetter` written out: calling it here made the scan 8% slower (scratch A/B over the
    // seeds and the dev set). `c | 32` is a lower-case ASCII letter only for an ASCII letter.
    if (((c | 32) - 97) >>> 0 >= 26 && c !== 0x17f && c !== 0x212a) {
      i++;
      continue;
    }
    // The run is hashed as it is read (as `runHash` would hash it): one pass over its letters.
    const start = i;
    let hash = 0;
    for (;;) {
      const lower = c | 32;
      if ((lower - 97) >>> 0 < 26) hash = (Math.imul(hash, 31) + lower) | 0;
      else if (c === 0x17f) hash = (Math.imul(hash, 31) + 0x73) | 0;
      else if (c === 0x212a) hash = (Math.imul(hash, 31) + 0x6b) | 0;
      else break;
      if (++i === to) break;
      c = text.charCodeAt(i);
    }
    hash &= 0x3fffffff;
    // The buffer's length is a multiple of three: a run fits whole or is appended whole.
    if (n < runs.length) {
      runs[n] = start;
      runs[n + 1] = i;
      runs[n + 2] = hash;
    } else runs.push(start, i, hash);
    n += 3;
  }
  return n;
}

/**
 * The letter runs of a text written piece by piece, in text order, by a scan that reads the text
 * anyway (the quote tokenizer, which reads every word): a run it has read and hashed already is
 * added as it is, and only the other pieces are scanned here, so the text is not read a second
 * time for its runs. Pieces must not split a run: a run added where the last one ended (so that
 * the two may be one) spoils the result, and `finishRuns` then gives undefined.
 */
export function startRuns(): void {
  if (writtenRuns.length > MAX_KEPT_RUN_BUFFER) writtenRuns = [];
  writtenCount = 0;
  lastRunEnd = -1;
  spoiled = false;
}

/** Adds a run of ASCII letters read elsewhere, with its hash as `runHash` makes it. */
export function addRun(start: number, end: number, hash: number): void {
  if (start === lastRunEnd) spoiled = true;
  const n = writtenCount;
  if (n < writtenRuns.length) {
    writtenRuns[n] = start;
    writtenRuns[n + 1] = end;
    writtenRuns[n + 2] = hash;
  } else writtenRuns.push(start, end, hash);
  writtenCount = n + 3;
  lastRunEnd = end;
}

/** Adds the runs of text[from, to). */
export function addRunsIn(text: string, from: number, to: number): void {
  const n = writtenCount;
  const after = scanRuns(writtenRuns, n, text, from, to);
  if (after === n) return;
  if (writtenRuns[n] === lastRunEnd) spoiled = true;
  writtenCount = after;
  lastRunEnd = writtenRuns[after - 2]!;
}

/** The runs added since `startRuns`, as `letterRuns` gives them; undefined if a piece split a run. */
export function finishRuns(): LetterRuns | undefined {
  return spoiled ? undefined : writtenRuns.slice(0, writtenCount);
}

let writtenRuns: number[] = [];
let writtenCount = 0;
let lastRunEnd = -1;
let spoiled = false;

const MAX_KEPT_RUN_BUFFER = 3 * 16_384;
let runBuffer: number[] = [];

const LETTER_RUNS = new Slot<LetterRuns>();

/**
 * The letter runs of a block's masked text, kept with the parsed block (which the engine reuses
 * while the block's text is unchanged): every rule that searches the block with phrase matchers
 * shares one scan.
 */
export function blockLetterRuns(block: Block): LetterRuns {
  return kept(block.parsed, LETTER_RUNS) ?? keep(block.parsed, LETTER_RUNS, letterRuns(block.parsed.masked));
}

/** The letter runs kept with a parsed block, if a rule has read them. */
export function keptLetterRuns(parsed: ParsedBlock): LetterRuns | undefined {
  return kept(parsed, LETTER_RUNS);
}

/** Keeps `runs`, the letter runs of the block's masked text made by another scan, for the rules that read them. */
export function keepLetterRuns(parsed: ParsedBlock, runs: LetterRuns): LetterRuns {
  return keep(parsed, LETTER_RUNS, runs);
}

/**
 * A hash of the run [start, end) of `text` as its key: letters folded to lower-case ASCII. Kept to
 * 30 bits so that it is a small integer: an array of runs holding only those stays an array of
 * unboxed integers, not one of doubles.
 */
function runHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + foldedAsciiLetter(text.charCodeAt(i))) | 0;
  return hash & 0x3fffffff;
}

/** True when the run [start, end) of `text`, folded, is `key`. */
function isRun(text: string, start: number, end: number, key: string): boolean {
  if (end - start !== key.length) return false;
  for (let i = start; i < end; i++) if (foldedAsciiLetter(text.charCodeAt(i)) !== key.charCodeAt(i - start)) return false;
  return true;
}

/** ASCII letters and the two characters that case-fold onto them (ſ, the Kelvin sign). */
function isRunChar(c: number): boolean {
  return foldedAsciiLetter(c) >= 0;
}

const LEADING_RUN = /^[A-Za-zſK]*/;

/**
 * The leading runs of letters a phrase (as pieces: literals and `{slot}`s) can begin with,
 * lower-cased; '' when it can begin with something else. A slot met before the run ends is spelt
 * out, value by value.
 */
function leadingRuns(pieces: readonly string[], slots: Readonly<Record<string, readonly string[]>>, run = ''): string[] {
  const index = pieces.findIndex((piece) => piece !== '');
  if (index < 0) return [foldRun(run)];
  const piece = pieces[index]!;
  const rest = pieces.slice(index + 1);
  const slot = /^\{(\w+)\}$/.exec(piece)?.[1];
  if (slot) {
    const values = slots[slot];
    if (!values) throw new Error(`phrase uses unknown slot {${slot}}`);
    return values.flatMap((value) => leadingRuns([...phrasePieces(value), ...rest], slots, run));
  }
  const letters = LEADING_RUN.exec(piece)![0];
  return letters.length === piece.length ? leadingRuns(rest, slots, run + letters) : [foldRun(run + letters)];
}

/**
 * The hashes of the second runs of letters the phrases of a leading run (`key`) can have; undefined
 * when one of them has no second run. In a match the characters between two runs are whitespace,
 * apostrophes and other literals that are not run letters (case-insensitive matching maps no other
 * character onto a run letter), and the phrase's closing word boundary stops a final run where the
 * text's run stops: so a match at a run of the text has the text's next run as its second run, exactly.
 */
function secondRuns(key: string, phrases: readonly string[], slots: Readonly<Record<string, readonly string[]>>): Set<number> | undefined {
  const found = new Set<number>();
  for (const phrase of phrases) {
    for (const runs of firstRuns(phrasePieces(phrase), slots)) {
      // Phrases in this list may begin with other runs too (a slot's other values); only this run's continuations count.
      if (runs[0] !== key) continue;
      if (runs.length < 2) return undefined;
      found.add(runHash(runs[1]!, 0, runs[1]!.length));
    }
  }
  return found;
}

/** Spellings of one phrase worth spelling out for its third runs; past this, its leading runs are not checked for them. */
const MAX_THIRD_RUN_SPELLINGS = 64;

/**
 * The first three runs of each spelling of the phrases (see `firstRuns`), by its first run; a leading
 * run of a phrase with more spellings than that (slots after slots) gets none, and is not checked for
 * its third run: spelling them all out cost more at load than the check saves.
 */
function threeRunSpellings(phrases: readonly string[], slots: Readonly<Record<string, readonly string[]>>): Map<string, string[][] | undefined> {
  const byFirst = new Map<string, string[][] | undefined>();
  const unbounded = new Set<string>();
  for (const phrase of phrases) {
    const pieces = phrasePieces(phrase);
    const spelt = firstRuns(pieces, slots, [], '', [], 3, MAX_THIRD_RUN_SPELLINGS + 1);
    if (spelt.length > MAX_THIRD_RUN_SPELLINGS) {
      for (const run of leadingRuns(pieces, slots)) unbounded.add(run);
      continue;
    }
    for (const runs of spelt) {
      const list = byFirst.get(runs[0]!);
      if (list) list.push(runs);
      else byFirst.set(runs[0]!, [runs]);
    }
  }
  for (const run of unbounded) byFirst.set(run, undefined);
  return byFirst;
}

/**
 * By the hash of each second run the spellings of a leading run can have (their first three runs),
 * the hashes of the third runs that can follow it; null for a second run a phrase can end with. As
 * with the second run (see `secondRuns`), a match at a run of the text has the text's third run as
 * its third run, exactly. Second runs that share a hash share one entry: a collision only lets more
 * runs through.
 */
function thirdRuns(spellings: readonly string[][]): Map<number, Set<number> | null> {
  const found = new Map<number, Set<number> | null>();
  for (const runs of spellings) {
    if (runs.length < 2) continue;
    const second = runHash(runs[1]!, 0, runs[1]!.length);
    const known = found.get(second);
    if (known === null) continue;
    if (runs.length < 3) found.set(second, null);
    else if (known) known.add(runHash(runs[2]!, 0, runs[2]!.length));
    else found.set(second, new Set([runHash(runs[2]!, 0, runs[2]!.length)]));
  }
  return found;
}

/**
 * The first `want` runs of letters of a phrase (as pieces) as it can be spelt out, folded like
 * `foldRun`; fewer when it has fewer. Slots are spelt out only as far as the last run wanted needs,
 * and no further once `limit` spellings are out.
 */
function firstRuns(pieces: readonly string[], slots: Readonly<Record<string, readonly string[]>>, done: readonly string[] = [], run = '', out: string[][] = [], want = 2, limit = Infinity): string[][] {
  if (out.length >= limit) return out;
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    const slot = /^\{(\w+)\}$/.exec(piece)?.[1];
    if (slot) {
      const rest = pieces.slice(p + 1);
      for (const value of slots[slot] ?? []) firstRuns([...phrasePieces(value), ...rest], slots, done, run, out, want, limit);
      return out;
    }
    for (let i = 0; i < piece.length; i++) {
      if (isRunChar(piece.charCodeAt(i))) {
        run += piece[i];
        continue;
      }
      if (!run) continue;
      done = [...done, foldRun(run)];
      run = '';
      if (done.length === want) {
        out.push(done as string[]);
        return out;
      }
    }
  }
  out.push(run ? [...done, foldRun(run)] : [...done]);
  return out;
}

function foldRun(run: string): string {
  const lower = run.toLowerCase();
  return lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
}
