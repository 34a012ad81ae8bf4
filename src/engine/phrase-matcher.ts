import { compilePhrases, findAll, phrasePieces, pieceSource, wordStart, type LexiconHit } from './lexicon';

/**
 * A phrase list compiled for searching long texts: finds exactly what `findAll(compilePhrases(…), text)`
 * finds, without trying the whole alternation at every position of the text.
 *
 * Every phrase begins with a word, so a match begins where a run of letters begins, and that run is
 * the phrase's leading run of letters (up to its first space, apostrophe, hyphen or other non-letter).
 * The phrases are therefore grouped by leading run, lower-cased; the text is scanned once for runs of
 * letters, and only a group whose key is the run is tried there, as a sticky regex. Each group keeps
 * the phrases in the order the single regex tries them, and a leading `{slot}` is spelt out into one
 * alternative per value (in its order: `(?:a|b)c` tries what `(?:ac|bc)` tries), so where the single
 * regex matches, the group finds the same match. Case-insensitive matching folds two non-ASCII
 * characters onto ASCII letters (ſ onto s, the Kelvin sign onto k), so runs include them too.
 *
 * A list with a phrase that begins with anything but a letter is searched with the single regex.
 * An empty list matches nothing.
 */
export class PhraseMatcher {
  /** The single regex, as `compilePhrases` builds it. */
  readonly pattern: RegExp;
  /** The groups by the hash of their key (`runHash`): a run is looked up by a number, not by a string cut from the text. */
  private readonly groups: Map<number, Group[]> | undefined = undefined;
  /** Bit `hash & 0xffff` is set for the hash of every key: most runs are dismissed by one bit, without a map lookup. */
  private readonly hashBits = new Uint32Array(2048);

  constructor(phrases: readonly string[], slots: Readonly<Record<string, readonly string[]>> = {}, flags = 'giu') {
    // An empty list matches nothing (an empty alternation would match the empty string everywhere).
    this.pattern = phrases.length ? compilePhrases(phrases, slots, flags) : new RegExp('(?!)', flags);
    const byKey = groupByLeadingRun(phrases, slots);
    if (!byKey) return;
    const sticky = flags.replace('g', '') + 'y';
    this.groups = new Map();
    for (const [key, sources] of byKey) {
      const hash = runHash(key, 0, key.length);
      const group = { key, pattern: new RegExp(`${wordStart(flags)}(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, sticky) };
      const same = this.groups.get(hash);
      if (same) same.push(group);
      else this.groups.set(hash, [group]);
      this.hashBits[(hash >>> 5) & 2047]! |= 1 << (hash & 31);
    }
  }

  /**
   * All non-overlapping matches in `text`, offset by `base`, as `findAll(this.pattern, text, base)`
   * gives them. Pass the text's `letterRuns` when several matchers search the same text.
   */
  findAll(text: string, base = 0, runs: LetterRuns = letterRuns(text)): LexiconHit[] {
    if (!this.groups) return findAll(this.pattern, text, base);
    const hits: LexiconHit[] = [];
    // Matches do not overlap: a run that starts before the end of the last match is not tried.
    let searchFrom = 0;
    for (let r = 0; r < runs.length; r += 3) {
      const start = runs[r]!;
      const hash = runs[r + 2]!;
      if (start < searchFrom || (this.hashBits[(hash >>> 5) & 2047]! & (1 << (hash & 31))) === 0) continue;
      const same = this.groups.get(hash);
      if (!same) continue;
      const end = runs[r + 1]!;
      let group: Group | undefined;
      for (const g of same) if (isRun(text, start, end, g.key)) group = g;
      if (!group) continue;
      group.pattern.lastIndex = start;
      const m = group.pattern.exec(text);
      if (m) {
        hits.push({ start: base + start, end: base + start + m[0].length, text: m[0] });
        searchFrom = start + m[0].length;
      }
    }
    return hits;
  }

  /** True when `text` has a match anywhere: what `this.pattern.test(text)` says, searching from the start. */
  test(text: string): boolean {
    if (this.groups) return this.findAll(text).length > 0;
    this.pattern.lastIndex = 0;
    const found = this.pattern.test(text);
    this.pattern.lastIndex = 0;
    return found;
  }
}

/** The phrases of one leading run, as one sticky regex. */
interface Group {
  key: string;
  pattern: RegExp;
}

/** The maximal runs of letters of a text (as `PhraseMatcher` reads letters), as start, end and `runHash` in turn. */
export type LetterRuns = readonly number[];

/** The runs of letters where a `PhraseMatcher` match can begin, hashed; one pass over the text. */
export function letterRuns(text: string): LetterRuns {
  const runs: number[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isRunChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < length && isRunChar(text.charCodeAt(end))) end++;
    runs.push(i, end, runHash(text, i, end));
    i = end;
  }
  return runs;
}

/** A hash of the run [start, end) of `text` as its key: letters folded to lower-case ASCII. */
function runHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + foldLetter(text.charCodeAt(i))) | 0;
  return hash;
}

/** True when the run [start, end) of `text`, folded, is `key`. */
function isRun(text: string, start: number, end: number, key: string): boolean {
  if (end - start !== key.length) return false;
  for (let i = start; i < end; i++) if (foldLetter(text.charCodeAt(i)) !== key.charCodeAt(i - start)) return false;
  return true;
}

/** A run letter as its key letter: lower-case ASCII (ſ is s, the Kelvin sign k). */
function foldLetter(c: number): number {
  if (c === 0x17f) return 0x73;
  if (c === 0x212a) return 0x6b;
  return c | 32;
}

/** ASCII letters and the two characters that case-fold onto them (ſ, the Kelvin sign). */
function isRunChar(c: number): boolean {
  return ((c | 32) >= 97 && (c | 32) <= 122) || c === 0x17f || c === 0x212a;
}

/** The alternatives of the single regex by leading run, in its order; undefined when some phrase does not begin with a letter. */
function groupByLeadingRun(phrases: readonly string[], slots: Readonly<Record<string, readonly string[]>>): Map<string, string[]> | undefined {
  const byKey = new Map<string, string[]>();
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
    for (const { key, source } of leadingAlternatives(phrasePieces(phrase), slots)) {
      if (!key) return undefined;
      let sources = byKey.get(key);
      if (!sources) byKey.set(key, (sources = []));
      sources.push(source);
    }
  }
  return byKey;
}

const LEADING_RUN = /^[A-Za-zſK]*/;

/**
 * The alternatives a phrase (as pieces: literals and `{slot}`s) contributes, each with its leading
 * run of letters, lower-cased (empty when the phrase does not begin with a letter). A slot met
 * before the run ends is spelt out, value by value, in the order the single regex tries them.
 */
function leadingAlternatives(pieces: readonly string[], slots: Readonly<Record<string, readonly string[]>>, run = '', source = ''): Array<{ key: string; source: string }> {
  const index = pieces.findIndex((piece) => piece !== '');
  if (index < 0) return [{ key: foldRun(run), source }];
  const piece = pieces[index]!;
  const rest = pieces.slice(index + 1);
  const slot = /^\{(\w+)\}$/.exec(piece)?.[1];
  if (slot) {
    const values = slots[slot];
    if (!values) throw new Error(`phrase uses unknown slot {${slot}}`);
    return [...values]
      .sort((a, b) => b.length - a.length)
      .flatMap((value) => leadingAlternatives([...phrasePieces(value), ...rest], slots, run, source));
  }
  const letters = LEADING_RUN.exec(piece)![0];
  if (letters.length === piece.length) return leadingAlternatives(rest, slots, run + letters, source + pieceSource(piece));
  return [{ key: foldRun(run + letters), source: source + pieceSource(piece) + rest.map((p) => pieceSource(p, slots)).join('') }];
}

function foldRun(run: string): string {
  const lower = run.toLowerCase();
  return lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
}
