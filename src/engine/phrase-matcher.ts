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
  /** Bit `length` of entry `first letter` is set when some key has that first letter and length: skips most runs without a lookup. */
  private readonly shapes = new Uint32Array(27);
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
      if (key.length < 32) this.shapes[letterIndex(key.charCodeAt(0))]! |= 1 << key.length;
      this.longest = Math.max(this.longest, key.length);
    }
  }

  /** All non-overlapping matches in `text`, offset by `base`, as `findAll(this.pattern, text, base)` gives them. */
  findAll(text: string, base = 0): LexiconHit[] {
    if (!this.groups) return findAll(this.pattern, text, base);
    const hits: LexiconHit[] = [];
    const length = text.length;
    // Matches do not overlap: a run that starts before the end of the last match is not tried.
    let searchFrom = 0;
    let i = 0;
    while (i < length) {
      if (!isRunChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let end = i;
      let folded = false;
      for (; end < length; end++) {
        const c = text.charCodeAt(end);
        if (!isRunChar(c)) break;
        if (c > 0x7f) folded = true;
      }
      const runLength = end - i;
      const mayMatch = runLength < 32 ? (this.shapes[letterIndex(text.charCodeAt(i))]! & (1 << runLength)) !== 0 : runLength <= this.longest;
      if (i >= searchFrom && mayMatch) {
        const key = folded ? foldRun(text.slice(i, end)) : text.slice(i, end).toLowerCase();
        const group = this.groups.get(key);
        if (group) {
          group.lastIndex = i;
          const m = group.exec(text);
          if (m) {
            hits.push({ start: base + i, end: base + i + m[0].length, text: m[0] });
            searchFrom = i + m[0].length;
          }
        }
      }
      i = end;
    }
    return hits;
  }
}

/** ASCII letters and the two characters that case-fold onto them (ſ, the Kelvin sign). */
function isRunChar(c: number): boolean {
  return ((c | 32) >= 97 && (c | 32) <= 122) || c === 0x17f || c === 0x212a;
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
  return run.toLowerCase().replace(/ſ/g, 's');
}
