// Quoted names introduced by a naming verb that has words between it and the name: "known locally
// as ‘the big one’", "dubbed by residents as “the hole”", "locals know it as “the bowl”", "what
// fishermen call the “dead zone”". The fixed phrases right before a quotation ("known as",
// "so-called") are matched in classify.ts; this covers the open-ended gaps.
import { startsLower, type Token } from './tokens';
import { isWord } from './noun-phrase';
import {
  HABITUAL_NAMING_VERB, NAMING_ADVERB, NAMING_AGENT_PREPOSITION, NAMING_AS_VERB, NAMING_DIRECT_VERB, SPEECH_VERB,
} from './cues';

/** Names are short: a quotation of more words after a naming verb is someone's words. */
const MAX_NAME_WORDS = 8;
const MAX_ADVERBS = 2;
const MAX_AGENT_WORDS = 3;
/** Verb, gap and "as" together: the farthest a naming verb may stand from the quotation, in tokens. */
const MAX_REACH = 10;
const ARTICLE = new Set(['the', 'a', 'an']);
const OBJECT = new Set(['it', 'them', 'him', 'her', 'this', 'that', 'these', 'those']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** "what she calls “a betrayal”": with one speaker as subject, a present "call" characterises rather than names. */
const SPEAKING_SUBJECT = new Set(['he', 'she', 'i']);
const WH_WORD = new Set(['what', 'which', 'whom']);
/** Plural subjects without the plural -s. */
const GROUP_SUBJECT = new Set(['we', 'they', 'you', 'people', 'many', 'some', 'most', 'others', 'everyone', 'everybody']);

/**
 * The token index of the naming verb that introduces the quotation at token `index` as a name,
 * or -1. `words` are the words inside the quotation.
 */
export function namingVerbBefore(tokens: readonly Token[], index: number, words: readonly string[]): number {
  if (!words.length || words.length > MAX_NAME_WORDS) return -1;
  const sentence = tokens[index]!.sentence;
  const inSentence = (k: number) => k >= 0 && tokens[k]!.sentence === sentence;
  let k = index - 1;
  if (inSentence(k) && (tokens[k]!.text === ',' || tokens[k]!.text === ':')) k--;
  const article = inSentence(k) && isWord(tokens[k]) && ARTICLE.has(tokens[k]!.lower);
  if (article) k--;
  if (!inSentence(k) || !isWord(tokens[k])) return -1;
  if (tokens[k]!.lower === 'as') {
    for (let v = k - 1; v >= 0 && index - v <= MAX_REACH && inSentence(v) && isWord(tokens[v]); v--) {
      const verb = asVerbEndingAt(tokens, v);
      if (verb >= 0 && isNamingGap(tokens, v + 1, k, true)) return verb;
    }
    return -1;
  }
  // A habit of speech names something only with a definite name ("call it “the pit”", not "call it “a giveaway”").
  const definite = article || words[0]!.toLowerCase() === 'the';
  for (let v = k; v >= 0 && index - v <= MAX_REACH && inSentence(v) && isWord(tokens[v]); v--) {
    const lower = tokens[v]!.lower;
    if (definite && HABITUAL_NAMING_VERB.has(lower) && isNamingGap(tokens, v + 1, k + 1, true) && habitualSubject(tokens, v)) return v;
    if (!NAMING_DIRECT_VERB.has(lower) || (v === k && !article)) continue; // a bare "dubbed “…”" is the fixed-phrase case
    if (!isNamingGap(tokens, v + 1, k + 1, false)) continue;
    if (!SPEECH_VERB.has(lower)) return v;
    // "called the “planted story”" is a speaker characterising; "called locally “the bowl”" names.
    if (v < k && reducedOrPassive(tokens, v)) return v;
  }
  return -1;
}

/** The start of a "…as" naming verb ending at token `v` ("known", "referred to"), or -1. */
function asVerbEndingAt(tokens: readonly Token[], v: number): number {
  const t = tokens[v]!;
  if (NAMING_AS_VERB.has(t.lower)) return v;
  const before = tokens[v - 1];
  if (t.lower === 'to' && isWord(before) && NAMING_AS_VERB.has(`${before.lower} to`)) return v - 1;
  return -1;
}

/**
 * The words between a naming verb and its "as" or name: at most two adverbs, an agent or audience
 * ("by locals", "to many residents", "in the valley") and, for active verbs, a short object ("it",
 * "the stretch").
 */
function isNamingGap(tokens: readonly Token[], from: number, to: number, object: boolean): boolean {
  let i = from;
  let adverbs = 0;
  const skipAdverbs = () => {
    while (i < to && adverbs < MAX_ADVERBS && isAdverb(tokens[i]!)) {
      i++;
      adverbs++;
    }
  };
  skipAdverbs();
  if (object && i < to && OBJECT.has(tokens[i]!.lower)) i++;
  else if (object && i < to && ARTICLE.has(tokens[i]!.lower)) i = plainWordsEnd(tokens, i + 1, to, 2);
  skipAdverbs();
  if (i < to && NAMING_AGENT_PREPOSITION.has(tokens[i]!.lower)) i = plainWordsEnd(tokens, i + 1, to, MAX_AGENT_WORDS);
  skipAdverbs();
  return i === to;
}

/** Where a run of one to `max` plain words from `i` ends (no verb of saying, no "as"); `i` itself when there is none. */
function plainWordsEnd(tokens: readonly Token[], i: number, to: number, max: number): number {
  let j = i;
  while (j < to && j - i < max && isWord(tokens[j]) && tokens[j]!.lower !== 'as' && !SPEECH_VERB.has(tokens[j]!.lower)) j++;
  return j;
}

function isAdverb(t: Token): boolean {
  return t.kind === 'word' && startsLower(t.text) && (NAMING_ADVERB.has(t.lower) || /^\p{Ll}{2,}ly$/u.test(t.text));
}

/**
 * "The valley, called locally “the bowl”", "was named by fans “the wall”", "a reef called by
 * divers “the wall”": a participle after a comma, a form of "be" or an indefinite noun — not a
 * speaker's verb ("the office called it …").
 */
function reducedOrPassive(tokens: readonly Token[], v: number): boolean {
  let s = v - 1;
  while (s >= 0 && isWord(tokens[s]) && isAdverb(tokens[s]!)) s--;
  const before = tokens[s];
  if (!before || before.sentence !== tokens[v]!.sentence) return false;
  if (before.text === ',' || BE.has(before.lower)) return true;
  const article = tokens[s - 1];
  return isWord(before) && startsLower(before.text) && isWord(article) && (article.lower === 'a' || article.lower === 'an');
}

/**
 * "what residents call", "locals call it": a habit of speech of a group, not one speaker's words
 * ("what she calls “a betrayal”" is hers). The subject is a plural common noun or a plural
 * pronoun, or the clause opens with "what"/"which".
 */
function habitualSubject(tokens: readonly Token[], v: number): boolean {
  let s = v - 1;
  while (s >= 0 && isWord(tokens[s]) && isAdverb(tokens[s]!)) s--;
  const subject = tokens[s];
  if (!isWord(subject) || subject.sentence !== tokens[v]!.sentence || SPEAKING_SUBJECT.has(subject.lower)) return false;
  if (subject.upper && !subject.initial) return false; // a named speaker
  for (let w = s - 1; w >= 0 && s - w <= 3 && isWord(tokens[w]); w--) if (WH_WORD.has(tokens[w]!.lower)) return true;
  return GROUP_SUBJECT.has(subject.lower) || /^\p{L}{3,}[^s]s$/u.test(subject.lower) || subject.lower.endsWith('men');
}
