// A quick test that a phrase list compiled by compilePhrases (src/engine/lexicon.ts) cannot match
// a text, so that the large alternation runs only on blocks that might contain a phrase. Every
// match of a phrase contains one of its literal words; the test looks for one chosen word per
// phrase, as a substring with the same case-insensitive flags, so it never rules out a match.
import { escapeRegExp } from '../../engine/lexicon';

/** A regular expression (no `g`) that matches every text some phrase of the list matches, and most texts none does not. */
export function phrasePrefilter(phrases: readonly string[], slots: Readonly<Record<string, readonly string[]>> = {}): RegExp {
  const words = new Set(phrases.flatMap((p) => requiredWords(p, slots)));
  const source = [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/['’]/g, "['’]"));
  return new RegExp(source.join('|'), 'iu');
}

/**
 * Words one of which every match of `phrase` contains: its longest literal word, or the words of a
 * slot when each of the slot's alternatives has a longer one (a rare word filters best; length is
 * a fair stand-in for rarity). The last of equally good choices is taken, as phrases end in their head.
 */
function requiredWords(phrase: string, slots: Readonly<Record<string, readonly string[]>>): string[] {
  const choices: string[][] = [];
  for (const piece of phrase.trim().split(/(\{\w+\})/)) {
    const slot = /^\{(\w+)\}$/.exec(piece)?.[1];
    if (slot) choices.push((slots[slot] ?? []).flatMap((v) => requiredWords(v, slots)));
    else for (const word of piece.split(/\s+/)) if (word) choices.push([word]);
  }
  let best: string[] = [];
  let score = -1;
  for (const c of choices) {
    const s = c.length ? Math.min(...c.map((w) => w.length)) : -1;
    if (s >= score) [best, score] = [c, s];
  }
  return best;
}
