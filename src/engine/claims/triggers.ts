import { firstCharLookahead, phraseAlternation } from './alternation';
import { EVENT_TRIGGERS, FUTURE_CUES } from './lexicon';
import type { Tense } from './types';
import { WordStarts } from './word-starts';

/** An event word in a sentence ("killed", "designation", "stepping down"), sentence-relative. */
export interface TriggerHit {
  start: number;
  end: number;
  event: string;
  text: string;
}

const CLASS_OF = new Map<string, string>();
for (const [event, phrases] of Object.entries(EVENT_TRIGGERS)) for (const p of phrases) if (!CLASS_OF.has(p)) CLASS_OF.set(p, event);
const TRIGGER = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${phraseAlternation([...CLASS_OF.keys()].sort((a, b) => b.length - a.length))})(?![\\p{L}\\p{N}-])`, 'iuy');
/** Where a trigger may start: the pattern runs only there. */
const TRIGGER_STARTS = new WordStarts(CLASS_OF.keys(), { digits: true, chars: '-' });
export const FUTURE = new RegExp(`${firstCharLookahead(FUTURE_CUES)}(?<![\\p{L}])(?:${phraseAlternation(FUTURE_CUES)})(?![\\p{L}])`, 'iu');
const PAST_WORDS = ['was', 'were', 'had', 'did', 'said', 'told', 'ago', 'last', 'yesterday', 'earlier'];
export const PAST_WORD = new RegExp(`${firstCharLookahead(PAST_WORDS)}(?<![\\p{L}])(?:${PAST_WORDS.join('|')})(?![\\p{L}])`, 'iu');
// "ed" ending a word of five letters or more: found from the "ed", not by trying three letters then "ed" at every letter.
const PAST_ENDING = /ed(?<=\p{L}{3}ed)(?![\p{L}])/iu;
/** Verbs of saying: a date next to one dates the statement, not the event. */
const SPEECH_WORDS = ['said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'announced', 'announces', 'wrote', 'writes', 'tweeted', 'posted', 'stated', 'added', 'confirmed', 'confirms', 'declared', 'according'];
export const SPEECH = new RegExp(`${firstCharLookahead(SPEECH_WORDS)}(?<![\\p{L}])(?:${SPEECH_WORDS.join('|')})(?![\\p{L}])`, 'giu');

/** Event words of a sentence, in order. */
export function findTriggers(text: string): TriggerHit[] {
  const hits: TriggerHit[] = [];
  // No trigger is empty: resuming after each match finds what a global scan finds.
  for (let from = 0, at = TRIGGER_STARTS.next(text, 0); at >= 0; at = TRIGGER_STARTS.next(text, from)) {
    TRIGGER.lastIndex = at;
    const m = TRIGGER.exec(text);
    if (!m) {
      from = at + 1;
      continue;
    }
    hits.push({ start: m.index, end: m.index + m[0].length, text: m[0], event: CLASS_OF.get(m[0].toLowerCase().replace(/\s+/g, ' '))! });
    from = at + m[0].length;
  }
  return hits;
}

/** Grammatical time of a clause: future when it says so ("will", "plans to"), else past or present. */
export function tenseOf(text: string): Tense {
  if (FUTURE.test(text)) return 'future';
  return PAST_WORD.test(text) || PAST_ENDING.test(text) ? 'past' : 'present';
}
