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
const SPACES = /^\s+$/;
/** Letters that match an ASCII letter case-insensitively but do not lower-case to it. */
const FOLDS_TO_ASCII = /ſ/g;

const FUTURE = new RegExp(`(?<![\\p{L}])(?:${FUTURE_CUES.map((c) => escapeRegExp(c).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');
// "ed" after three letters rather than three letters then "ed": the same test, without backtracking over every word.
const PAST = /(?<![\p{L}])(?:was|were|had|did|said|told|ago|last|yesterday|earlier)(?![\p{L}])|(?<=\p{L}{3})ed(?![\p{L}])/iu;
/** Verbs of saying: a date next to one dates the statement, not the event. */
export const SPEECH = /(?<![\p{L}])(?:said|says|say|told|tells|reported|reports|announced|announces|wrote|writes|tweeted|posted|stated|added|confirmed|confirms|declared|according)(?![\p{L}])/giu;

/** Event words of a sentence, in order. */
export function findTriggers(text: string): TriggerHit[] {
  const runs: Array<{ start: number; end: number; lower: string }> = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const lower = m[0].toLowerCase();
    runs.push({ start: m.index, end: m.index + m[0].length, lower: lower.includes('ſ') ? lower.replace(FOLDS_TO_ASCII, 's') : lower });
  }
  const hits: TriggerHit[] = [];
  for (let i = 0; i < runs.length; ) {
    const length = BY_FIRST_WORD.get(runs[i]!.lower)?.find((words) => words.every((w, k) => k === 0 || (runs[i + k]?.lower === w && SPACES.test(text.slice(runs[i + k - 1]!.end, runs[i + k]!.start)))))?.length;
    if (!length) {
      i++;
      continue;
    }
    const start = runs[i]!.start;
    const end = runs[i + length - 1]!.end;
    const phrase = text.slice(start, end);
    hits.push({ start, end, text: phrase, event: CLASS_OF.get(phrase.toLowerCase().replace(/\s+/g, ' '))! });
    i += length;
  }
  return hits;
}

/** Grammatical time of a clause: future when it says so ("will", "plans to"), else past or present. */
export function tenseOf(text: string): Tense {
  if (FUTURE.test(text)) return 'future';
  return PAST.test(text) ? 'past' : 'present';
}
