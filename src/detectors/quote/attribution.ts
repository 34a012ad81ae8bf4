// Attribution analysis of one block, shared by the quote, unattributed-quote and anonymous-source
// rules: which quotation marks enclose speech, and which phrases credit a statement to whom.
// Everything here depends on the block's text only (it is memoised per block); resolving pronouns
// and back-references across blocks happens in resolve.ts.
import type { Part } from '../../engine/blocks';
import type { Span } from '../../engine/sentences';
import { letterRuns, type LetterRuns } from '../../engine/phrase-matcher';
import { findQuotes } from './quote-marks';
import { namingVerbBefore } from './naming';
import { tokenize, TokenStore, type Token } from './tokens';
import { canSpeak } from './speaker';
import { notQuoteReason, quoteWords, QUOTE_WORDS_READ, SHORT_QUOTE_WORDS } from './classify';
import { findAttributions } from './attribution-phrases';
import { findMentions, findUnnamedMentions } from './mentions';
import { findGroupMentions } from './groups';
import type { Attribution, AttributionVia, BlockAttribution } from './types';

export type { Attribution, AttributionVia, BlockAttribution, GroupMention, Mention, QuoteRecord } from './types';

const NO_WORDS: string[] = [];
const LINKABLE: ReadonlySet<AttributionVia> = new Set(['subject', 'inverted', 'according', 'shared', 'passive', 'quoting']);

/**
 * The tokens of the last block analysed, their arrays and objects reused for the next: nothing this
 * analysis returns refers to a token (speakers and mentions copy the strings they need), and one
 * object per token was the analysis's largest allocation.
 */
const TOKEN_STORE = new TokenStore();

/**
 * Analyzes a block's masked prose, given its sentences, markdown parts and letter runs. Without the
 * runs, the tokenizer reads them along the way and `keepRuns` is handed them (the other rules that
 * search the block with phrase matchers need them too).
 */
export function analyzeBlock(text: string, sentenceSpans: readonly Span[], parts: readonly Part[] = [], knownRuns?: LetterRuns, keepRuns?: (runs: LetterRuns) => void): BlockAttribution {
  const spans = findQuotes(text);
  const { tokens, sentences, wordBits, runs: read } = tokenize(text, spans, sentenceSpans, TOKEN_STORE, knownRuns === undefined);
  let runs = knownRuns;
  if (runs === undefined) {
    runs = read ?? letterRuns(text);
    keepRuns?.(runs);
  }
  const attributions: Attribution[] = [];
  for (const range of sentences) findAttributions(text, tokens, range, attributions);
  findUnnamedMentions(text, tokens, spans, attributions, runs, wordBits);
  // The token of each quotation (-1 if it has none), its words and the naming verb before it (or
  // -1): both steps below need them. Dense arrays by quotation, not sparse ones by token, which
  // would fall back to slow dictionary elements and make a loop over them visit every token.
  const quoteToken: number[] = [];
  const words: string[][] = [];
  const namingVerbs: number[] = [];
  for (let qi = 0; qi < spans.length; qi++) {
    quoteToken.push(-1);
    words.push(NO_WORDS);
    namingVerbs.push(-1);
  }
  for (let ti = 0; spans.length && ti < tokens.length; ti++) {
    const q = tokens[ti]!.quote;
    if (q === undefined) continue;
    quoteToken[q] = ti;
    words[q] = quoteWords(text, spans[q]!, QUOTE_WORDS_READ);
    namingVerbs[q] = namingVerbBefore(tokens, ti, words[q]!);
  }
  dropNamingVerbs(namingVerbs, attributions);
  const lastSentence = tokens.length ? tokens[tokens.length - 1]!.sentence : -1;
  const result: BlockAttribution = {
    quotes: [], attributions, mentions: findMentions(text, tokens), groups: findGroupMentions(text, tokens, attributions), lastSentenceAttribution: lastLinkable(text, attributions, lastSentence), resolutions: undefined,
  };
  // Most blocks have no quotation: then nothing below is needed.
  if (!spans.length) return result;
  // Linkable attributions with a speaker, grouped by sentence, in text order.
  const bySentence = new Map<number, Array<{ a: Attribution; i: number }>>();
  attributions.forEach((a, i) => {
    if (!isLinkable(text, a)) return;
    const list = bySentence.get(a.sentence) ?? [];
    list.push({ a, i });
    bySentence.set(a.sentence, list);
  });
  const quotes = result.quotes;
  for (let qi = 0; qi < spans.length; qi++) {
    const q = spans[qi]!;
    const ti = quoteToken[qi]!;
    if (ti < 0) continue;
    const sentence = tokens[ti]!.sentence;
    const own = bySentence.get(sentence) ?? [];
    const short = words[qi]!.length <= SHORT_QUOTE_WORDS;
    const attribution = linkQuote(tokens, ti, own, short);
    const previous = own.length ? [] : (bySentence.get(sentence - 1) ?? []);
    const inListOrHeading = parts.some((p) => (p.kind === 'listItem' || p.kind === 'heading') && q.start >= p.start && q.end <= p.end);
    // Written out rather than spread from the span: one object shape, built without a generic copy.
    quotes.push({
      start: q.start,
      end: q.end,
      single: q.single,
      closed: q.closed,
      notQuote: notQuoteReason(text, tokens, ti, q, attribution !== undefined, inListOrHeading, words[qi], namingVerbs[qi]),
      attribution,
      previousSentence: previous.length ? previous[previous.length - 1]!.i : undefined,
      opensBlock: ti === 0,
    });
  }
  return result;
}

/** An attribution that can credit a quotation: a kind that links, with a speaker (or one it shares) able to say it. */
function isLinkable(text: string, a: Attribution): boolean {
  return LINKABLE.has(a.via) && (a.speaker !== undefined || a.sharedWith !== undefined) && (!a.speaker || canSpeak(a.speaker, text.slice(a.verbStart, a.verbEnd)));
}

/** The index of the last linkable attribution (in list order) of sentence `sentence`, if any. */
function lastLinkable(text: string, attributions: readonly Attribution[], sentence: number): number | undefined {
  for (let i = attributions.length - 1; i >= 0; i--) if (attributions[i]!.sentence === sentence && isLinkable(text, attributions[i]!)) return i;
  return undefined;
}

/**
 * "what residents call the “lower town”": a verb that introduces a name ("call", "called") credits
 * no statement, so it must neither attribute other quotations nor count as an unnamed source.
 * Removed in place; `sharedWith` indices are renumbered. `namingVerbs` holds, by quotation, the
 * token of the naming verb that introduces it, or -1.
 */
function dropNamingVerbs(namingVerbs: readonly number[], attributions: Attribution[]): void {
  if (!namingVerbs.some((v) => v >= 0)) return;
  const naming = new Set<number>();
  for (const v of namingVerbs) if (v >= 0) naming.add(v);
  const renumber = new Map<number, number>();
  const kept = attributions.filter((a, i) => {
    if (naming.has(a.token)) return false;
    renumber.set(i, renumber.size);
    return true;
  });
  for (const a of kept) if (a.sharedWith !== undefined) a.sharedWith = renumber.get(a.sharedWith);
  attributions.splice(0, attributions.length, ...kept);
}

/** How far (in tokens) a verb may stand from a partial quotation of a few words and still attribute it. */
const SHORT_QUOTE_REACH = 20;

/**
 * The attribution of a quotation: right after it ("…,” she said), else the nearest before it in
 * the sentence, else any after it. A few quoted words deep in a long sentence belong to the
 * clause around them, not to a distant verb, so short quotations only take nearby verbs.
 */
export function linkQuote(tokens: readonly Token[], ti: number, own: ReadonlyArray<{ a: Attribution; i: number }>, short: boolean): number | undefined {
  // One pass for the nearest after, the nearest adjacent after and the nearest before; at equal
  // tokens the first listed wins, as it would after a stable sort.
  let after: { a: Attribution; i: number } | undefined;
  let adjacent: { a: Attribution; i: number } | undefined;
  let before: { a: Attribution; i: number } | undefined;
  for (const entry of own) {
    const a = entry.a;
    if (short && Math.abs(a.token - ti) > SHORT_QUOTE_REACH) continue;
    if (a.token > ti) {
      if (!after || a.token < after.a.token) after = entry;
      if ((a.firstToken === ti + 1 || (a.firstToken === ti + 2 && tokens[ti + 1]!.text === ',')) && (!adjacent || a.token < adjacent.a.token)) adjacent = entry;
    } else if (a.token < ti && (!before || a.token > before.a.token)) before = entry;
  }
  if (adjacent) return adjacent.i;
  return (before ?? after)?.i;
}
