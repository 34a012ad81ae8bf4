/**
 * Compiles a list of phrases (data) into one case-insensitive regular expression. Words match
 * whole words, a space in a phrase matches any run of whitespace (line breaks included), and
 * `{name}` slots expand to the alternatives given in `slots`. Longer phrases are tried first.
 */
export function compilePhrases(phrases: readonly string[], slots: Readonly<Record<string, readonly string[]>> = {}, flags = 'giu'): RegExp {
  const source = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phraseSource(phrase, slots))
    .join('|');
  return new RegExp(`${wordStart(flags)}(?:${source})(?![\\p{L}\\p{N}])`, flags);
}

/**
 * "Not after a letter or digit". The ASCII test comes first because it is cheap and settles most
 * positions (those inside words); the Unicode lookbehind, slow in V8, then runs only after spaces
 * and punctuation. Same meaning: ASCII letters and digits are letters and digits.
 */
function wordStart(flags: string): string {
  return /[uv]/.test(flags) ? '(?<![a-zA-Z0-9])(?<![\\p{L}\\p{N}])' : '(?<![\\p{L}\\p{N}])';
}

function phraseSource(phrase: string, slots: Readonly<Record<string, readonly string[]>>): string {
  return phrasePieces(phrase)
    .map((piece) => pieceSource(piece, slots, phrase))
    .join('');
}

/** A phrase as literal pieces and `{slot}` pieces (empty pieces included). */
export function phrasePieces(phrase: string): string[] {
  return phrase.trim().split(/(\{\w+\})/);
}

/** The regex source of one piece of a phrase: a literal, or a `{slot}` as the group of its values, longest first. */
function pieceSource(piece: string, slots: Readonly<Record<string, readonly string[]>> = {}, phrase = piece): string {
  const slot = /^\{(\w+)\}$/.exec(piece)?.[1];
  if (slot) {
    const values = slots[slot];
    if (!values) throw new Error(`phrase "${phrase}" uses unknown slot {${slot}}`);
    return `(?:${[...values].sort((a, b) => b.length - a.length).map((v) => phraseSource(v, slots)).join('|')})`;
  }
  return escapeRegExp(piece).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");
}

/** Escapes a literal for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A match of a compiled lexicon, in offsets of the searched text. */
export interface LexiconHit {
  start: number;
  end: number;
  text: string;
}

/** All non-overlapping matches of a compiled lexicon in `text`, offset by `base`. */
export function findAll(pattern: RegExp, text: string, base = 0): LexiconHit[] {
  pattern.lastIndex = 0;
  return execAll(pattern, text).map((m) => ({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] }));
}

/**
 * The matches `[...text.matchAll(pattern)]` gives, without the copy of the regex that `matchAll`
 * makes on every call: for a large compiled lexicon that copy costs more than matching a sentence
 * (about 10 µs against well under 1 µs), and detectors match sentence by sentence. The pattern
 * must be global. Like `matchAll`, matching starts at the pattern's `lastIndex` (normally 0), which
 * is left as it was.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('execAll needs a global (g) regular expression');
  const matches: RegExpExecArray[] = [];
  const unicode = pattern.unicode || pattern.flags.includes('v');
  const from = pattern.lastIndex;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    matches.push(m);
    // As matchAll does: an empty match moves on by one code point, so the loop ends.
    if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, unicode);
  }
  pattern.lastIndex = from;
  return matches;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
