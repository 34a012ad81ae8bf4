/**
 * Finds a quotation from the draft in another article, for "Cite source" on a quote. Pure.
 * Comparison ignores case, quote style, dashes and spacing, so that a quote copied from a source
 * and re-typed with other quotation marks still matches.
 */

/** Fewer words than this are too common to say that a source carries the quote. */
const MIN_WORDS = 4;
/** A long quote is found by its first or last words, because sources often quote it in part. */
const WINDOW_WORDS = 8;

/** An article's text prepared for quote search; build once per article with `foldText`. */
export interface Folded {
  text: string;
  /** Offset in the original text of each character of `text`. */
  map: number[];
}

/** Lowercases, unifies apostrophes, turns punctuation into spaces and collapses spaces. */
export function foldText(text: string): Folded {
  let out = '';
  const map: number[] = [];
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/[\p{L}\p{N}]/u.test(c)) {
      out += c.toLowerCase();
      map.push(i);
      space = false;
    } else if (/['’‘]/.test(c) && /[\p{L}]/u.test(text[i - 1] ?? '') && /[\p{L}]/u.test(text[i + 1] ?? '')) {
      // An apostrophe inside a word ("don't"), whatever its style, is part of the word.
      out += "'";
      map.push(i);
    } else if (!space) {
      out += ' ';
      map.push(i);
      space = true;
    }
  }
  return { text: out, map };
}

/** The words of a quotation, without its quotation marks. */
function words(quote: string): string[] {
  return foldText(quote).text.split(' ').filter(Boolean);
}

/**
 * The span of `quote` (or, for a long quote, of its first or last words) in `article`, as
 * offsets into `article`, or undefined when the article does not carry it.
 */
export function findQuote(quote: string, article: string | Folded): { start: number; end: number } | undefined {
  const quoted = words(quote);
  if (quoted.length < MIN_WORDS) return undefined;
  const haystack = typeof article === 'string' ? foldText(article) : article;
  const needles = [quoted.join(' ')];
  if (quoted.length > WINDOW_WORDS) needles.push(quoted.slice(0, WINDOW_WORDS).join(' '), quoted.slice(-WINDOW_WORDS).join(' '));
  for (const needle of needles) {
    let at = haystack.text.indexOf(needle);
    while (at >= 0) {
      const before = haystack.text[at - 1];
      const after = haystack.text[at + needle.length];
      if ((before === undefined || before === ' ') && (after === undefined || after === ' ')) {
        return { start: haystack.map[at]!, end: haystack.map[at + needle.length - 1]! + 1 };
      }
      at = haystack.text.indexOf(needle, at + 1);
    }
  }
  return undefined;
}
