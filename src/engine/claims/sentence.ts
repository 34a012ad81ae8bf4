import { findAges } from './ages';
import { findCounts } from './counts';
import { findDateClaims } from './date-claims';
import { findDates, type DateHit } from './dates';
import { findNames, type NameHit } from './names';
import { findNumbers } from './numbers';
import type { AliasHit, RawClaim, RoleHit } from './raw';
import { SentenceScan } from './sentence-scan';
import { findTitlesAndRelations } from './titles';
import { SentenceTokens, startsUpper } from './tokens';
import { findTriggers, tenseOf, type TriggerHit } from './triggers';
import type { Tense } from './types';
import { isSpace } from '../spaces';
import { letterWidth } from './letters';

/** What one sentence says, before the article links its names. Offsets are sentence-relative. */
export interface SentenceFacts {
  /** No final punctuation: a headline, caption or label rather than a sentence of the story. */
  headline: boolean;
  /** The sentence's grammatical time, for its claims; 'present' when it has none (nothing reads it then). */
  tense: Tense;
  names: NameHit[];
  claims: RawClaim[];
  roles: RoleHit[];
  aliases: AliasHit[];
  dates: DateHit[];
}

/**
 * What `/[.!?]["'”’)\]]*\s*$/` says, read backwards by char codes (the pattern, unanchored at its
 * start, was tried at every offset of every sentence): the white space ending the text, the closing
 * quotes and brackets before it, then a final mark. Each part is the whole run of its characters,
 * as the three sets share none.
 */
export function endsWithTerminal(text: string): boolean {
  let at = text.length;
  while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
  for (;;) {
    const c = text.charCodeAt(at - 1);
    if (c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d) at--;
    else return c === 0x2e || c === 0x21 || c === 0x3f;
  }
}

/**
 * True for a line in headline capitals ("US Intelligence Played Key Role in Operation"): of the
 * words (what `/\p{L}[\p{L}'’-]*\/gu` matches), five or more, and more than 60% capitalised. Read by
 * char codes (`letterWidth`): a regex match and a string per word cost more than the rest.
 */
export function isTitleCase(text: string): boolean {
  let words = 0;
  let capitals = 0;
  for (let at = 0; at < text.length; ) {
    const width = letterWidth(text, at);
    if (!width) {
      at++;
      continue;
    }
    words++;
    const c = text.charCodeAt(at);
    if (c < 128 ? c <= 0x5a : startsUpper(text.slice(at, at + width))) capitals++;
    at += width;
    for (;;) {
      const d = text.charCodeAt(at);
      if (d === 0x27 || d === 0x2019 || d === 0x2d) at++;
      else {
        const next = letterWidth(text, at);
        if (!next) break;
        at += next;
      }
    }
  }
  return words >= 5 && capitals / words > 0.6;
}

/** Whether a text has fewer than `limit` runs of letters (`/\p{L}+/gu`): counted up to the limit, by char codes. */
export function fewerLetterRuns(text: string, limit: number): boolean {
  let runs = 0;
  for (let at = 0; at < text.length && runs < limit; ) {
    const width = letterWidth(text, at);
    if (!width) {
      at++;
      continue;
    }
    runs++;
    at += width;
    for (let next = letterWidth(text, at); next; next = letterWidth(text, at)) at += next;
  }
  return runs < limit;
}

/** One token buffer and one scan for every sentence: reading a sentence finishes with them before the next starts. */
const TOKENS = new SentenceTokens();
const SCAN = new SentenceScan();

/** Reads one sentence: its names, dates, figures and the typed claims they make. */
export function readSentence(text: string): SentenceFacts {
  const headline = !endsWithTerminal(text);
  const scan = SCAN.read(text);
  // A headline in title case capitalises every word; its capitals say nothing about names.
  const names = headline && isTitleCase(text) ? [] : findNames(TOKENS.read(text));
  const numbers = findNumbers(text, scan);
  const dates = findDates(text, scan);
  // Event words serve only to place a figure or a date: they are read when the first one needs them.
  let triggers: TriggerHit[] | undefined;
  const triggersOf = () => (triggers ??= findTriggers(text, scan));
  const ages = findAges(text, names, numbers);
  const counts = findCounts(text, numbers, dates, triggersOf, names, ages, scan);
  // Short label lines ("Published 3 years ago", "date 2011-05-03 ...") carry metadata, not events.
  const dated = headline && fewerLetterRuns(text, 8) ? [] : findDateClaims(text, dates, triggersOf, names, scan);
  const { claims: titled, roles, aliases } = findTitlesAndRelations(text, names, scan);
  const claims = [...ages, ...counts, ...dated, ...titled];
  // Only claims read the tense: a sentence without any is not scanned for it.
  const tense = claims.length ? tenseOf(text, scan) : 'present';
  return { headline, tense, names, claims, roles, aliases, dates };
}
