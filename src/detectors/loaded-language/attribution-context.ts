import { ADJECTIVAL_PARTICIPLES } from './lexicon';

/** How a verb attributes speech, when it does. `object` uses ("claimed responsibility") return undefined. */
export type AttributionUse = 'that-clause' | 'to-infinitive' | 'to-gerund' | 'pronoun-clause' | 'tag';

const THAT_CLAUSE = /^\s+that\b/i;
const TO_INFINITIVE = /^\s+to\s+(?:have|be|know|feel)\b/i;
const TO_GERUND = /^\s+to\s+(\p{L}+ing)(?![\p{L}\p{N}])/iu;
const PRONOUN_CLAUSE = /^\s+(?:he|she|they|we|you|I)(?![\p{L}\p{N}])/u;
const CLAUSE_END = /^\s*(?:[.,;:!?)]|$)/;
/** A reporting tag: after a comma or a closing quote, a subject of at most four words ("…, the minister claimed."). */
const TAG_BEFORE = /(?:,|[”"’],?(?=\s)|(?<![\p{L}\p{N}])(?:as|who)(?![\p{L}\p{N}]))\s*(?:[^\s,”"’]+\s+){0,4}$/u;
/** An inverted tag straight after a quotation ("…,” claimed the minister). */
const INVERTED_TAG_BEFORE = /[,.!?]?[”"’]\s*$/;

/**
 * Decides whether a verb such as "claimed" or "admitted" is used to attribute speech (loaded), rather
 * than in one of its neutral senses ("claimed responsibility", "admitted to hospital"). Looks only at a
 * few words either side in `text`, so it is linear and block-local.
 */
export function attributionUse(text: string, start: number, end: number): AttributionUse | undefined {
  const after = nearby(text, end, 40);
  if (THAT_CLAUSE.test(after)) return 'that-clause';
  if (TO_INFINITIVE.test(after)) return 'to-infinitive';
  const gerund = TO_GERUND.exec(after)?.[1];
  if (gerund && !ADJECTIVAL_PARTICIPLES.has(gerund.toLowerCase())) return 'to-gerund';
  if (PRONOUN_CLAUSE.test(after)) return 'pronoun-clause';
  const before = nearby(text, start, -60);
  if (INVERTED_TAG_BEFORE.test(before)) return 'tag';
  if (CLAUSE_END.test(after) && TAG_BEFORE.test(before)) return 'tag';
  return undefined;
}

/**
 * `size` characters after `at` (before it when negative), not counting the \r of a CRLF: the same
 * words fall inside the window whatever the line endings.
 */
function nearby(text: string, at: number, size: number): string {
  const step = size < 0 ? -1 : 1;
  let i = at;
  for (let n = 0; n < Math.abs(size) && (step < 0 ? i > 0 : i < text.length); i += step) {
    const c = step < 0 ? i - 1 : i;
    if (!(text.charCodeAt(c) === 13 && text.charCodeAt(c + 1) === 10)) n++;
  }
  return step < 0 ? text.slice(i, at) : text.slice(at, i);
}
