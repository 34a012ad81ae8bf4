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
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
}

function phraseSource(phrase: string, slots: Readonly<Record<string, readonly string[]>>): string {
  return phrase
    .trim()
    .split(/(\{\w+\})/)
    .map((piece) => {
      const slot = /^\{(\w+)\}$/.exec(piece)?.[1];
      if (slot) {
        const values = slots[slot];
        if (!values) throw new Error(`phrase "${phrase}" uses unknown slot {${slot}}`);
        return `(?:${[...values].sort((a, b) => b.length - a.length).map((v) => phraseSource(v, slots)).join('|')})`;
      }
      return escapeRegExp(piece).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");
    })
    .join('');
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
  const hits: LexiconHit[] = [];
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) hits.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
  return hits;
}
