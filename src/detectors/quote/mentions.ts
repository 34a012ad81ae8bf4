// Mentions that are not verbs of saying: unnamed people credited through an anonymity or knowledge
// phrase, a passive agent or reported speech, and named people in subject position (for pronouns).
import { letterRuns, type LetterRuns } from '../../engine/phrase-matcher';
import type { QuoteSpan } from './quote-marks';
import { startsLower, type Token } from './tokens';
import { isConnectorAt, isNameWord, isWord, phraseEndingAt, phraseStartingAt, type NounPhrase } from './noun-phrase';
import { classifySpeaker } from './speaker';
import { attributionRecord } from './attribution-phrases';
import type { Attribution, Mention } from './types';
import {
  ANONYMITY, KNOWLEDGE, ROLE_NOUN, SPEECH_VERB, TITLE_WORD, CLAUSE_W, PASSIVE_W, PREPOSITION_W, QUOTING_W, ROLE_W, TITLE_W, UNNAMED_W,
} from './cues';

/**
 * Unnamed people credited without a verb of saying: a phrase granting anonymity or describing
 * someone by what they know, attached to the noun before it ("the official, who spoke on
 * condition of anonymity,"), a passive agent ("described by officials") and reported speech
 * ("quoted sources as saying").
 */
export function findUnnamedMentions(text: string, tokens: readonly Token[], quotes: readonly QuoteSpan[], out: Attribution[], runs: LetterRuns = letterRuns(text), wordBits = -1): void {
  const inQuote = (i: number) => {
    const q = quotes[firstAtOrAfter(quotes, i + 1, (x) => x.start) - 1];
    return q !== undefined && i < q.end;
  };
  const tokenAt = (offset: number) => {
    const k = firstAtOrAfter(tokens, offset, (t) => t.start);
    return k < tokens.length ? k : -1;
  };
  // Both phrases need an unnamed-person or role noun before them (isUnnamedHead): with no such word
  // in the block (`wordBits`, the list bits of its words), neither search can credit anyone.
  const phrases = (wordBits & (UNNAMED_W | ROLE_W)) !== 0 ? PHRASES : NO_PHRASES;
  for (const [matcher, knowledge] of phrases) {
    for (const m of matcher.findAll(text, 0, runs)) {
      if (inQuote(m.start)) continue;
      const k = tokenAt(m.start);
      if (k < 1) continue;
      const head = knowledge ? (isUnnamedHead(tokens[k - 1]) ? k - 1 : -1) : nearestHead(tokens, k);
      if (head < 0) continue;
      const from = tokens[head]!.sentence === tokens[k]!.sentence ? phraseEndingAt(tokens, head, sentenceStart(tokens, head)) : undefined;
      if (!from) continue;
      let end = Math.max(k, firstAtOrAfter(tokens, m.end, (t) => t.end));
      while (end + 1 < tokens.length && tokens[end + 1]!.sentence === tokens[k]!.sentence && !isClauseEnd(tokens[end + 1]!)) end++;
      const speaker = classifySpeaker(tokens, { from: from.from, to: from.to, extFrom: from.to, extTo: end + 1 }, text);
      if (speaker?.anonymous === 'yes' && speaker.form !== 'name') {
        const a = tokens[from.from]!;
        out.push(attributionRecord('anonymity', a.start, tokens[end]!.end, a.start, a.start, speaker, undefined, a.sentence, from.from, from.from));
      }
    }
  }
  // A passive agent or reported speech starts at a passive or quoting verb: with neither among the
  // block's words (`wordBits`; only words carry these bits), the loop below would find nothing.
  const verbs = (wordBits & (PASSIVE_W | QUOTING_W)) !== 0 ? tokens.length : 0;
  for (let v = 0; v < verbs; v++) {
    const t = tokens[v]!;
    const passive = (t.flags & PASSIVE_W) !== 0 && tokens[v + 1]?.lower === 'by';
    if (!passive && (t.flags & QUOTING_W) === 0) continue;
    const start = passive ? v + 2 : v + 1;
    const np = start < tokens.length && tokens[start]!.sentence === t.sentence ? phraseStartingAt(tokens, start, sentenceEnd(tokens, start)) : undefined;
    const speaker = np && classifySpeaker(tokens, np, text);
    if (!np || speaker?.anonymous !== 'yes' || speaker.form === 'name') continue;
    let end = tokens[np.to - 1]!.end;
    if (tokens[np.to]?.lower === 'as' && tokens[np.to + 1] && SPEECH_VERB.has(tokens[np.to + 1]!.lower)) end = tokens[np.to + 1]!.end;
    out.push(attributionRecord(passive ? 'passive' : 'quoting', t.start, end, t.start, t.end, speaker, undefined, t.sentence, v, v));
  }
}

const PHRASES = [[ANONYMITY, false], [KNOWLEDGE, true]] as const;
const NO_PHRASES: typeof PHRASES | readonly [] = [];

/** Binary search: the first index whose key is at least `value` (items sorted by key). */
function firstAtOrAfter<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * ", a former aide to the mayor," after a name: a comma, then a description opening with an
 * article or a role word, closed by a comma or the end of the sentence, with no verb of saying
 * (", the envoy wrote that …" is a new clause, not an appositive).
 */
function appositiveAfter(tokens: readonly Token[], comma: number): [number, number] | undefined {
  const first = tokens[comma + 1];
  if (tokens[comma]?.text !== ',' || !isWord(first) || !startsLower(first.text)) return undefined;
  if (!['a', 'an', 'the', 'one'].includes(first.lower) && !ROLE_NOUN.has(first.lower) && !TITLE_WORD.has(first.lower)) return undefined;
  let e = comma + 1;
  while (e < tokens.length && tokens[e]!.kind === 'word' && tokens[e]!.sentence === first.sentence) {
    if (SPEECH_VERB.has(tokens[e]!.lower)) return undefined;
    e++;
  }
  const closer = tokens[e];
  return !closer || closer.sentence !== first.sentence || [',', '.', ';', '!', '?'].includes(closer.text) ? [comma + 1, e] : undefined;
}

function isTitle(t: Token | undefined): boolean {
  return isWord(t) && (t.flags & TITLE_W) !== 0;
}

function isUnnamedHead(t: Token | undefined): boolean {
  return isWord(t) && (t.flags & (UNNAMED_W | ROLE_W)) !== 0;
}

/** The nearest unnamed-person or role noun before token `k` in its sentence, within a clause's reach. */
function nearestHead(tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j >= 0 && k - j <= 20; j--) {
    const t = tokens[j]!;
    if (t.sentence !== tokens[k]!.sentence || t.kind === 'quote') return -1;
    if (isUnnamedHead(t)) return j;
  }
  return -1;
}

function isClauseEnd(t: Token): boolean {
  return t.kind === 'quote' || [',', '.', ';', ':', '—', '–', '!', '?'].includes(t.text) || (t.kind === 'word' && SPEECH_VERB.has(t.lower));
}

function sentenceStart(tokens: readonly Token[], i: number): number {
  let s = i;
  while (s > 0 && tokens[s - 1]!.sentence === tokens[i]!.sentence) s--;
  return s;
}

function sentenceEnd(tokens: readonly Token[], i: number): number {
  let e = i;
  while (e < tokens.length && tokens[e]!.sentence === tokens[i]!.sentence) e++;
  return e;
}

/**
 * Names that a later "he" or "she" may refer to: in subject position (at the start of a sentence
 * or clause, after punctuation or a conjunction — not after a preposition, determiner or verb),
 * or introduced anywhere with an appositive that describes a person ("no effect on Jane Roe, a
 * former aide"). Whether a name is a person is settled at document level, where earlier full
 * names are known.
 */
export function findMentions(text: string, tokens: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // A name word has a capital and a title its list bit: most tokens have neither and are passed over without a call.
    if (!tokens[i]!.upper && (tokens[i]!.flags & TITLE_W) === 0) continue;
    if (!isNameWord(tokens[i]) && !isTitle(tokens[i])) continue;
    // A run of names, titles and connectors: "Acme Corp CEO Jane Roe" is one mention of Jane Roe.
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.sentence === tokens[i]!.sentence && (isNameWord(tokens[j + 1]) || isTitle(tokens[j + 1]) || isConnectorAt(tokens, j + 1))) j++;
    const before = tokens[i - 1];
    const opensClause = !before || before.sentence !== tokens[i]!.sentence || (before.kind !== 'word' && before.text !== '(') || ((before.flags & CLAUSE_W) !== 0 && (before.flags & PREPOSITION_W) === 0);
    const several = hasConjunction(tokens, i, j + 1);
    const np: NounPhrase = { from: i, to: j + 1 };
    const appositive = appositiveAfter(tokens, j + 1);
    if (appositive) Object.assign(np, { extFrom: appositive[0], extTo: appositive[1] });
    if (!several && (opensClause || np.extFrom !== undefined)) {
      const speaker = classifySpeaker(tokens, np, text);
      const introduced = opensClause || (speaker !== undefined && speaker.roles.length > 0);
      if (speaker?.form === 'name' && introduced) mentions.push({ start: tokens[i]!.start, end: tokens[j]!.end, speaker, weak: i === j && Boolean(tokens[i]!.initial) });
    }
    i = j;
  }
  return mentions;
}

/** Whether tokens [from, to) hold "and" or "&" (a loop: this runs for every run of names). */
export function hasConjunction(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.lower === 'and' || tokens[k]!.text === '&') return true;
  return false;
}
