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
  private readonly groups: Map<string, RegExp> | undefined = undefined;
  /** Bit `length` of entry `first letter × 27 + second letter` is set when some key starts so and is that long: skips most runs without a lookup. */
  private readonly shapes = new Uint32Array(27 * 27);
  /** The longest key; runs of 32 letters or more are looked up directly. */
  private readonly longest: number = 0;

  constructor(phrases: readonly string[], slots: Readonly<Record<string, readonly string[]>> = {}, flags = 'giu') {
    // An empty list matches nothing (an empty alternation would match the empty string everywhere).
    this.pattern = phrases.length ? compilePhrases(phrases, slots, flags) : new RegExp('(?!)', flags);
    const byKey = groupByLeadingRun(phrases, slots);
    if (!byKey) return;
    const sticky = flags.replace('g', '') + 'y';
    this.groups = new Map();
    for (const [key, sources] of byKey) {
      this.groups.set(key, new RegExp(`${wordStart(flags)}(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, sticky));
      if (key.length < 32) this.shapes[shapeIndex(key, 0, key.length)]! |= 1 << key.length;
      this.longest = Math.max(this.longest, key.length);
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
    for (let r = 0; r < runs.length; r += 2) {
      const start = runs[r]!;
      const end = runs[r + 1]!;
      const runLength = end - start;
      if (start < searchFrom) continue;
      if (runLength < 32 ? (this.shapes[shapeIndex(text, start, end)]! & (1 << runLength)) === 0 : runLength > this.longest) continue;
      const group = this.groups.get(foldRun(text.slice(start, end)));
      if (!group) continue;
      group.lastIndex = start;
      const m = group.exec(text);
      if (m) {
        hits.push({ start: base + start, end: base + start + m[0].length, text: m[0] });
        searchFrom = start + m[0].length;
      }
    }
    return hits;
  }
}

/** The maximal runs of letters of a text (as `PhraseMatcher` reads letters), as start and end offsets in turn. */
export type LetterRuns = readonly number[];

/** The runs of letters where a `PhraseMatcher` match can begin; one pass over the text. */
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
    runs.push(i, end);
    i = end;
  }
  return runs;
}

/** ASCII letters and the two characters that case-fold onto them (ſ, the Kelvin sign). */
function isRunChar(c: number): boolean {
  return ((c | 32) >= 97 && (c | 32) <= 122) || c === 0x17f || c === 0x212a;
}

/** Where the shape of the run [start, end) of `text` is kept: by its first two letters (the second is 26 for a one-letter run). */
function shapeIndex(text: string, start: number, end: number): number {
  return letterIndex(text.charCodeAt(start)) * 27 + (end - start > 1 ? letterIndex(text.charCodeAt(start + 1)) : 26);
}

/** 0–25 for a letter (ſ counts as s, the Kelvin sign as k), 26 otherwise. */
function letterIndex(c: number): number {
  if (c === 0x17f) return 18;
  if (c === 0x212a) return 10;
  const lower = c | 32;
  return lower >= 97 && lower <= 122 ? lower - 97 : 26;
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
