import type { Block } from '../../engine/blocks';
import { defineDetector } from '../../engine/detector';
import type { LexiconHit } from '../../engine/lexicon';
import { blockLetterRuns, PhraseMatcher, type LetterRuns } from '../../engine/phrase-matcher';
import type { Span } from '../../engine/sentences';
import { collapseSpaces } from '../../engine/spaces';
import { blockQuotedSpans, insideAny } from '../loaded-language/quoted-spans';
import { GROUP_PHRASES, IMPERSONAL_PHRASES, NAMING_CONTINUATION, SPECIFYING_WORDS, WEASEL_SLOTS } from './lexicon';

const GROUP_CUES = new PhraseMatcher(GROUP_PHRASES, WEASEL_SLOTS);
const IMPERSONAL_CUES = new PhraseMatcher(IMPERSONAL_PHRASES, WEASEL_SLOTS);
const WORD_BEFORE = /([\p{L}\p{N}'’-]+)[ \t]*$/u;

/** True when the word before a cue pins the group down: a determiner, a possessive or a name. */
function specifiedBefore(text: string, start: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (!word) return false;
  if (SPECIFYING_WORDS.has(word.toLowerCase())) return true;
  if (/['’]s?$/.test(word)) return true;
  return /^\p{Lu}/u.test(word);
}

/** A vague attribution, block-relative, with what its finding says (memoised with the block). */
interface WeaselHit extends LexiconHit {
  message: string;
  cue: string;
}

/** The vague attributions of a block (`runs` its letter runs), outside quotations (`quotedSpans`, asked for only when a cue is found), block-relative. */
function findWeasels(masked: string, runs: LetterRuns, quotedSpans: () => Span[]): WeaselHit[] {
  const groups = GROUP_CUES.findAll(masked, 0, runs).filter((hit) => !specifiedBefore(masked, hit.start));
  const impersonal = IMPERSONAL_CUES.findAll(masked, 0, runs).filter((hit) => !(/^according\s/i.test(hit.text) && NAMING_CONTINUATION.test(masked.slice(hit.end, hit.end + 60))));
  if (!groups.length && !impersonal.length) return [];
  const quoted = quotedSpans();
  const hits: WeaselHit[] = [];
  // The two lists can match overlapping words ("some people are saying"); keep the earlier, longer one.
  for (const hit of [...groups, ...impersonal].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (insideAny(quoted, hit.start, hit.end)) continue;
    const last = hits[hits.length - 1];
    if (last && hit.start < last.end) continue;
    const flat = collapseSpaces(hit.text);
    // Written out rather than spread from the hit: one object shape, built without a generic copy.
    hits.push({ start: hit.start, end: hit.end, text: hit.text, message: `Vague attribution \`${flat}\`; name who says it or cite the evidence`, cue: flat.toLowerCase() });
  }
  return hits;
}

/**
 * Flags vague attributions that are not quite anonymous sources: claims credited to unnamed groups
 * ("critics say", "some experts believe") or to nobody ("it is widely believed", "studies show").
 * Unnamed officials and sources are left to `anonymous-source`.
 */
export const weaselAttribution = defineDetector({
  id: 'weasel-attribution',
  meta: {
    title: 'Vague attribution',
    description: 'Claims credited to unnamed groups or to nobody ("critics say", "it is widely believed") rather than to a source the reader can check.',
    severity: 'info',
    tags: ['sourcing', 'bias'],
  },
  detect(doc, ctx) {
    // One function per analysis, not one per block: it is what the memo computes on a miss.
    const find = (b: Block) => findWeasels(b.parsed.masked, blockLetterRuns(b), () => ctx.memo('quoted-spans', b, blockQuotedSpans));
    const blocks = doc.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      for (const hit of ctx.memo('cues', block, find)) {
        ctx.report({ start: block.start + hit.start, end: block.start + hit.end, actual: hit.text, message: hit.message, data: { cue: hit.cue } });
      }
    }
  },
});
