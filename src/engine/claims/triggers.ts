import { execAll } from '../lexicon';
import { phraseAlternation } from './alternation';
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
const TRIGGER = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${phraseAlternation([...CLASS_OF.keys()].sort((a, b) => b.length - a.length))})(?![\\p{L}\\p{N}-])`, 'giu');
const FUTURE = new RegExp(`(?<![\\p{L}])(?:${phraseAlternation(FUTURE_CUES)})(?![\\p{L}])`, 'iu');
const PAST_WORD = /(?<![\p{L}])(?:was|were|had|did|said|told|ago|last|yesterday|earlier)(?![\p{L}])/iu;
// "ed" ending a word of five letters or more: found from the "ed", not by trying three letters then "ed" at every letter.
const PAST_ENDING = /ed(?<=\p{L}{3}ed)(?![\p{L}])/iu;
/** Verbs of saying: a date next to one dates the statement, not the event. */
export const SPEECH = /(?<![\p{L}])(?:said|says|say|told|tells|reported|reports|announced|announces|wrote|writes|tweeted|posted|stated|added|confirmed|confirms|declared|according)(?![\p{L}])/giu;

/** Event words of a sentence, in order. */
export function findTriggers(text: string): TriggerHit[] {
  TRIGGER.lastIndex = 0;
  return execAll(TRIGGER, text).map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], event: CLASS_OF.get(m[0].toLowerCase().replace(/\s+/g, ' '))! }));
}

/** Grammatical time of a clause: future when it says so ("will", "plans to"), else past or present. */
export function tenseOf(text: string): Tense {
  if (FUTURE.test(text)) return 'future';
  return PAST_WORD.test(text) || PAST_ENDING.test(text) ? 'past' : 'present';
}
