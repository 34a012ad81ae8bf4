import { escapeRegExp } from '../lexicon';
import { EVENT_TRIGGERS, FUTURE_CUES } from './lexicon';
import type { Tense } from './types';

/** An event word in a sentence ("killed", "designation", "stepping down"), sentence-relative. */
export interface TriggerHit {
  start: number;
  end: number;
  event: string;
  text: string;
}

const CLASS_OF = new Map<string, string>();
for (const [event, phrases] of Object.entries(EVENT_TRIGGERS)) for (const p of phrases) if (!CLASS_OF.has(p)) CLASS_OF.set(p, event);
/**
 * Trigger phrases as words, by their first word, longest phrase first. A phrase is one word, or
 * words apart by white space, each a whole run of letters, digits and hyphens: so a sentence's
 * runs, looked up one by one, find what one alternation of every phrase finds, at a fraction of
 * the cost (that regex tried each phrase at each letter).
 */
const BY_FIRST_WORD = new Map<string, string[][]>();
for (const phrase of [...CLASS_OF.keys()].sort((a, b) => b.length - a.length)) {
  const words = phrase.split(' ');
  const list = BY_FIRST_WORD.get(words[0]!);
  if (list) list.push(words);
  else BY_FIRST_WORD.set(words[0]!, [words]);
}
const RUN = /[\p{L}\p{N}-]+/gu;
/** White space, then the next run (whole, as the pattern is greedy). */
const NEXT_RUN = /\s+([\p{L}\p{N}-]+)/uy;
/** Letters that match an ASCII letter case-insensitively but do not lower-case to it. */
const FOLDS_TO_ASCII = /ſ/g;

const FUTURE = new RegExp(`(?<![\\p{L}])(?:${FUTURE_CUES.map((c) => escapeRegExp(c).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');
const PAST_WORD = /(?<![\p{L}])(?:was|were|had|did|said|told|ago|last|yesterday|earlier)(?![\p{L}])/iu;
// "ed" ending a word of five letters or more: found from the "ed", not by trying three letters then "ed" at every letter.
const PAST_ENDING = /ed(?<=\p{L}{3}ed)(?![\p{L}])/iu;
/** Verbs of saying: a date next to one dates the statement, not the event. */
export const SPEECH = /(?<![\p{L}])(?:said|says|say|told|tells|reported|reports|announced|announces|wrote|writes|tweeted|posted|stated|added|confirmed|confirms|declared|according)(?![\p{L}])/giu;

/** Event words of a sentence, in order. */
export function findTriggers(text: string): TriggerHit[] {
  const hits: TriggerHit[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const phrases = BY_FIRST_WORD.get(lowerRun(m[0]));
    if (!phrases) continue;
    for (const words of phrases) {
      const end = phraseEnd(text, m.index + m[0].length, words);
      if (end < 0) continue;
      const phrase = text.slice(m.index, end);
      hits.push({ start: m.index, end, text: phrase, event: CLASS_OF.get(phrase.toLowerCase().replace(/\s+/g, ' '))! });
      RUN.lastIndex = end;
      break;
    }
  }
  return hits;
}

/** Where a phrase whose first word ends at `from` ends, or -1 when the next runs are not its other words. */
function phraseEnd(text: string, from: number, words: readonly string[]): number {
  let end = from;
  for (let k = 1; k < words.length; k++) {
    NEXT_RUN.lastIndex = end;
    const next = NEXT_RUN.exec(text);
    if (!next || lowerRun(next[1]!) !== words[k]) return -1;
    end = NEXT_RUN.lastIndex;
  }
  return end;
}

function lowerRun(run: string): string {
  const lower = run.toLowerCase();
  return lower.includes('ſ') ? lower.replace(FOLDS_TO_ASCII, 's') : lower;
}

/** Grammatical time of a clause: future when it says so ("will", "plans to"), else past or present. */
export function tenseOf(text: string): Tense {
  if (FUTURE.test(text)) return 'future';
  return PAST_WORD.test(text) || PAST_ENDING.test(text) ? 'past' : 'present';
}
