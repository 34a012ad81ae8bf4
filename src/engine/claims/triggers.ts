import { firstCharLookahead, phraseAlternation } from './alternation';
import { EVENT_TRIGGERS, FUTURE_CUES, PAST_WORDS, SPEECH_WORDS } from './lexicon';
import type { Tense } from './types';
import { PHRASE, SentenceScan } from './sentence-scan';

/** An event word in a sentence ("killed", "designation", "stepping down"), sentence-relative. */
export interface TriggerHit {
  start: number;
  end: number;
  event: string;
  text: string;
}

const CLASS_OF = new Map<string, string>();
for (const [event, phrases] of Object.entries(EVENT_TRIGGERS)) for (const p of phrases) if (!CLASS_OF.has(p)) CLASS_OF.set(p, event);
export const TRIGGER = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${phraseAlternation([...CLASS_OF.keys()].sort((a, b) => b.length - a.length))})(?![\\p{L}\\p{N}-])`, 'iuy');
export const FUTURE = new RegExp(`${firstCharLookahead(FUTURE_CUES)}(?<![\\p{L}])(?:${phraseAlternation(FUTURE_CUES)})(?![\\p{L}])`, 'iu');
export const PAST_WORD = new RegExp(`${firstCharLookahead(PAST_WORDS)}(?<![\\p{L}])(?:${PAST_WORDS.join('|')})(?![\\p{L}])`, 'iu');
// "ed" ending a word of five letters or more: found from the "ed", not by trying three letters then "ed" at every letter.
const PAST_ENDING = /ed(?<=\p{L}{3}ed)(?![\p{L}])/iu;
/** Verbs of saying: a date next to one dates the statement, not the event. */
export const SPEECH = new RegExp(`${firstCharLookahead(SPEECH_WORDS)}(?<![\\p{L}])(?:${SPEECH_WORDS.join('|')})(?![\\p{L}])`, 'giu');

/** Event words of a sentence, in order. The pattern runs only where the scan finds a trigger may start. */
export function findTriggers(text: string, scan: SentenceScan = new SentenceScan().read(text)): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const starts = scan.triggers;
  // No trigger is empty: resuming after each match finds what a global scan finds.
  let from = 0;
  for (let k = 0; k < starts.count; k++) {
    const at = starts.at(k);
    if (at < from) continue;
    TRIGGER.lastIndex = at;
    const m = TRIGGER.exec(text);
    if (!m) {
      from = at + 1;
      continue;
    }
    // The phrases are spaced by single spaces: a match spelt as one is looked up as it is.
    const key = m[0].toLowerCase();
    hits.push({ start: m.index, end: m.index + m[0].length, text: m[0], event: (CLASS_OF.get(key) ?? CLASS_OF.get(key.replace(/\s+/g, ' ')))! });
    from = at + m[0].length;
  }
  return hits;
}

const FUTURE_AT = new RegExp(FUTURE.source, 'iuy');
const PAST_WORD_AT = new RegExp(PAST_WORD.source, 'iuy');

/**
 * Grammatical time of a clause: future when it says so ("will", "plans to"), else past or present.
 * With the clause's scan, its word patterns run only where the scan finds they may start.
 */
export function tenseOf(text: string, scan?: SentenceScan): Tense {
  if (scan ? scan.firstMatch(FUTURE_AT, PHRASE.future) >= 0 : FUTURE.test(text)) return 'future';
  const past = scan ? scan.firstMatch(PAST_WORD_AT, PHRASE.past) >= 0 : PAST_WORD.test(text);
  return past || PAST_ENDING.test(text) ? 'past' : 'present';
}
