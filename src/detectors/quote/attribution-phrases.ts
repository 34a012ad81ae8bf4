// Finds the phrases that credit a statement to a speaker inside one sentence: verbs of saying with
// their subject ("officials said") or inverted speaker ("…,” said Jane Roe"), "according to …",
// verbs sharing an earlier subject ("…, adding that"), and colon headlines ("Roe: “…”").
import type { Token } from './tokens';
import { isConnectorAt, isNameWord, isWord, phraseEndingAt, phraseStartingAt, subjectBefore, type NounPhrase } from './noun-phrase';
import { canSpeak, classifySpeaker, reasonUnnamed, type Speaker } from './speaker';
import type { Attribution, AttributionVia } from './types';
import {
  CLAUSE_WORD, DETERMINER, INVERTING_VERB, PREPOSITION, ROLE_NOUN, GROUP_MEMBER_WORD, TELLING_VERB, TITLE_WORD, UNNAMED_KIND, ATTRIBUTION_CUE_W, PRONOUN_W, SPEECH_W,
} from './cues';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

type Range = { from: number; to: number };

/** Never added to: findAttributions replaces it by a list of its own before it adds. */
const NONE: Attribution[] = [];
type Found = Attribution;

/**
 * An attribution record. Every finder builds it here, with all fields in one order: the records
 * are read many times later, and one object shape keeps those reads monomorphic.
 */
export function attributionRecord(
  via: AttributionVia, start: number, end: number, verbStart: number, verbEnd: number, speaker: Speaker | undefined, sharedWith: number | undefined,
  sentence: number, token: number, firstToken: number,
): Attribution {
  return { via, start, end, verbStart, verbEnd, speaker, sharedWith, sentence, token, firstToken };
}

/** Appends to `out` the attributions of the sentence whose tokens are `range`. */
export function findAttributions(text: string, tokens: readonly Token[], range: Range, out: Attribution[]): void {
  const sentence = tokens[range.from]!.sentence;
  // The sentence's own attributions so far; most sentences have none, and share this empty list.
  let mine: Attribution[] = NONE;
  for (let v = range.from; v < range.to; v++) {
    const t = tokens[v]!;
    // Each case below starts at a colon, "according" or a verb of saying, which their list bits
    // mark (a token's lower-case text is "according" exactly when it has the bit): one test
    // passes over every other token.
    if ((t.flags & (SPEECH_W | ATTRIBUTION_CUE_W)) === 0) continue;
    let found: Found | undefined;
    if (t.text === ':') found = colonAttribution(tokens, v, range, text, sentence);
    else if (t.lower === 'according' && tokens[v + 1]?.lower === 'to') found = accordingAttribution(tokens, v, range, text, sentence);
    else if ((t.flags & SPEECH_W) !== 0 && isAttributingVerb(tokens, v, range)) found = verbAttribution(tokens, v, range, text, mine, out, sentence);
    if (!found) continue;
    out.push(found);
    if (mine === NONE) mine = [];
    mine.push(found);
  }
}

/** A verb of saying used as a verb: not a noun ("the report"), an infinitive ("to say"), a passive or "vowed to …". */
function isAttributingVerb(tokens: readonly Token[], v: number, range: Range): boolean {
  const t = tokens[v]!;
  if (t.kind !== 'word' || (t.flags & SPEECH_W) === 0 || (t.upper && v !== range.from)) return false;
  const prev = tokens[v - 1];
  const next = tokens[v + 1];
  if (isWord(prev) && (DETERMINER.has(prev.lower) || PREPOSITION.has(prev.lower)) && !(GROUP_MEMBER_WORD.has(prev.lower) && isFiniteOnly(t))) return false;
  if (next?.lower === 'by' && isWord(prev) && BE.has(prev.lower)) return false; // passive: see findUnnamedMentions
  return !(next?.lower === 'to' && !TELLING_VERB.has(t.lower));
}

/** "another said", "both told": a verb form that cannot be a noun, so a determiner before it is its subject. */
function isFiniteOnly(t: Token): boolean {
  return /ed$/.test(t.lower) || ['said', 'says', 'told', 'tells', 'wrote', 'writes'].includes(t.lower);
}

/** "according to people familiar with the matter" */
function accordingAttribution(tokens: readonly Token[], v: number, range: Range, text: string, sentence: number): Found | undefined {
  const np = phraseStartingAt(tokens, v + 2, range.to);
  if (!np) return undefined;
  const speaker = classifySpeaker(tokens, np, text);
  return attributionRecord('according', tokens[v]!.start, spanEnd(tokens, np, text), tokens[v]!.start, tokens[v + 1]!.end, speaker, undefined, sentence, v, v);
}

/** The speaker of the verb of saying at `v`: inverted after it, its subject before it, or the subject it shares. */
function verbAttribution(tokens: readonly Token[], v: number, range: Range, text: string, earlier: readonly Attribution[], out: readonly Attribution[], sentence: number): Found | undefined {
  const t = tokens[v]!;
  const prev = tokens[v - 1];
  const participle = t.lower.endsWith('ing');
  const afterQuote = prev?.kind === 'quote' || (prev?.text === ',' && tokens[v - 2]?.kind === 'quote');
  let subject = participle ? {} : subjectBefore(tokens, v, range.from);
  // "…,” said Jane Roe" and "…, said the person, who …": the speaker follows the verb.
  if (INVERTING_VERB.has(t.lower) && (afterQuote || v === range.from || (prev?.text === ',' && !subject.np))) {
    const np = phraseStartingAt(tokens, v + 1, range.to);
    const speaker = np && (afterQuote || startsLikeSpeaker(tokens[np.from]!)) && endsPhrase(tokens, np.to, range.to) ? classifySpeaker(tokens, np, text) : undefined;
    if (np && speaker) return attributionRecord('inverted', t.start, spanEnd(tokens, np, text), t.start, t.end, speaker, undefined, sentence, v, v);
  }
  if (afterQuote && subject.np && tokens[subject.np.from]!.kind === 'quote') subject = {};
  const end = TELLING_VERB.has(t.lower) ? listenerEnd(tokens, v, range.to) : t.end;
  if (subject.np && !(isWord(tokens[subject.np.from]) && PREPOSITION.has(tokens[subject.np.from]!.lower))) {
    const speaker = classifySpeaker(tokens, subject.np, text);
    return speaker && attributionRecord('subject', tokens[subject.np.from]!.start, end, t.start, t.end, speaker, undefined, sentence, v, subject.np.from);
  }
  if (subject.pronoun !== undefined) {
    const speaker = classifySpeaker(tokens, { from: subject.pronoun, to: subject.pronoun + 1 }, text);
    return attributionRecord('subject', tokens[subject.pronoun]!.start, end, t.start, t.end, speaker, undefined, sentence, v, subject.pronoun);
  }
  // A participle shares the subject only as an adverbial clause after a comma ("…, saying"), not in "to consider declaring".
  if (!subject.shared && !(participle && prev?.text === ',')) return undefined;
  // "…, adding that", "… and said": the subject of the sentence's earlier verb, or the nearest name.
  let shared: Attribution | undefined;
  for (let k = earlier.length - 1; k >= 0 && !shared; k--) {
    const a = earlier[k]!;
    if (a.token < v && (a.speaker || a.sharedWith !== undefined)) shared = a;
  }
  const named = shared ? undefined : nearestSubject(tokens, v, range.from, text);
  if (!shared && !named) return undefined;
  return attributionRecord('shared', t.start, t.end, t.start, t.end, named, shared ? out.indexOf(shared) : undefined, sentence, v, v);
}

const COLON_SPEAKER_MAX = 6;

/**
 * Headline attribution with a colon: "Mayor Jane Roe: “We will rebuild”" (the whole text before
 * the colon is a short name or description) or "“We will rebuild”: Mayor" (after it).
 */
function colonAttribution(tokens: readonly Token[], v: number, range: Range, text: string, sentence: number): Found | undefined {
  let np: NounPhrase | undefined;
  if (tokens[v + 1]?.kind === 'quote' && v - range.from <= COLON_SPEAKER_MAX && v > range.from) np = phraseEndingAt(tokens, v - 1, range.from);
  else if (tokens[v - 1]?.kind === 'quote' && range.to - v - 1 <= COLON_SPEAKER_MAX && v + 1 < range.to) np = phraseStartingAt(tokens, v + 1, range.to);
  if (!np || (np.from !== range.from && np.from !== v + 1) || (np.to !== v && np.to < range.to - 1)) return undefined;
  const speaker = classifySpeaker(tokens, np, text);
  if (!speaker || speaker.form === 'pronoun' || !canSpeak(speaker, 'called')) return undefined;
  const colon = tokens[v]!;
  // The span runs from the speaker to the colon, or from the colon to a speaker named after it.
  const after = np.from > v;
  const start = after ? colon.start : tokens[np.from]!.start;
  const end = after ? tokens[np.to - 1]!.end : colon.end;
  return attributionRecord('subject', start, end, colon.start, colon.end, speaker, undefined, sentence, v, after ? v : np.from);
}

/** Where a verb-first attribution ends: after the phrase, and after an anonymity clause when it has one. */
function spanEnd(tokens: readonly Token[], np: NounPhrase, text: string): number {
  const extEnd = np.extTo !== undefined ? tokens[np.extTo - 1]!.end : undefined;
  const ext = extEnd !== undefined ? text.slice(tokens[np.extFrom!]!.start, extEnd) : '';
  const keep = extEnd !== undefined && reasonUnnamed(ext) !== undefined;
  return keep ? extEnd! : tokens[np.to - 1]!.end;
}

/** An inverted speaker phrase ends the clause: "said Jane Roe." / "said the person, who …", not "said Roe failed to …". */
function endsPhrase(tokens: readonly Token[], end: number, to: number): boolean {
  const t = tokens[end];
  if (!t || end >= to) return true;
  return t.kind === 'quote' || [',', '.', ';', ':', '—', '–', '!', '?', ')'].includes(t.text) || ['who', 'whose', 'speaking'].includes(t.lower);
}

function startsLikeSpeaker(t: Token): boolean {
  return t.kind === 'word' && (t.upper || DETERMINER.has(t.lower) || UNNAMED_KIND.has(t.lower) || ROLE_NOUN.has(t.lower) || TITLE_WORD.has(t.lower) || ['he', 'she', 'they'].includes(t.lower));
}

/** "told AFP", "told the Daily Herald": the listener belongs to the attribution phrase. */
function listenerEnd(tokens: readonly Token[], v: number, to: number): number {
  let k = v + 1;
  if (tokens[k]?.lower === 'the') k++;
  const first = k;
  while (k < to && k - first < 5 && (isNameWord(tokens[k]) || isConnectorAt(tokens, k))) k++;
  return k > first ? tokens[k - 1]!.end : tokens[v]!.end;
}

/**
 * The closest subject before `v` in the sentence, for a verb that shares it ("Roe declined to
 * comment, saying …", "in which he informed them … and wrote"): a name or pronoun opening a clause
 * (after punctuation or a conjunction), not one inside a phrase ("on the day Congress would").
 */
function nearestSubject(tokens: readonly Token[], v: number, from: number, text: string): Speaker | undefined {
  for (let k = v - 1; k >= from; k--) {
    const t = tokens[k]!;
    const pronoun = isWord(t) && (t.flags & PRONOUN_W) !== 0;
    if (!pronoun && !isNameWord(t)) continue;
    let s = k;
    while (!pronoun && s > from && (isNameWord(tokens[s - 1]) || isConnectorAt(tokens, s - 1) || isTitleWord(tokens[s - 1]))) s--;
    const before = tokens[s - 1];
    if (s === from || !isWord(before) || (CLAUSE_WORD.has(before.lower) && !PREPOSITION.has(before.lower))) return classifySpeaker(tokens, { from: s, to: k + 1 }, text);
    k = s;
  }
  return undefined;
}

function isTitleWord(t: Token | undefined): boolean {
  return isWord(t) && TITLE_WORD.has(t.lower);
}
