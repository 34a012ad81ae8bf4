import { readBlock } from '../../engine/claims/article';
import type { Claim } from '../../engine/claims/types';
import { defineDetector } from '../../engine/detector';
import type { CredenceDocument } from '../../engine/document';
import { blockCredits, type Credit } from '../../audit/attributions';
import { topicOf } from '../claim-conflict/message';
import { claimSupport } from './corroboration';

/** Claim types that state a checkable fact: numbers and dates (titles and relations are left to claim-conflict). */
const FACT_TYPES: ReadonlySet<Claim['type']> = new Set(['age', 'count', 'date']);

/** A claim the rule can flag: a fact stated in the body. */
function flaggable(claim: Claim): boolean {
  return FACT_TYPES.has(claim.type) && !claim.headline;
}

/**
 * The distinct sources the claim's own sentence credits ("a U.S. official told Reuters" → one). A
 * speaker sharing its verb with another ("the harbour master and the coast guard said") counts twice.
 */
function sentenceSources(doc: CredenceDocument, claim: Claim, credits: (blockIndex: number) => Credit[]): string[] {
  const block = doc.blockAt(claim.start);
  if (!block) return [];
  const names = new Map<string, string>();
  for (const c of credits(block.index)) {
    const start = block.start + c.start;
    const end = block.start + c.end;
    if (end <= claim.sentenceStart || start >= claim.sentenceEnd) continue;
    const key = c.name.toLowerCase().replace(/^(?:a|an|the)\s+/, '');
    if (!names.has(key)) names.set(key, c.name);
    if (c.coordinated) names.set(`${key}\u0000and`, `${c.name} (with another)`);
  }
  return [...names.values()];
}

/**
 * Flags a fact (a number, a date, an age) that no other article of the corpus on the same story
 * corroborates and that the draft credits to a single source. Facts other coverage confirms are not
 * flagged; facts it contradicts are claim-conflict's. With no corpus, or no corpus article on the
 * same story, the rule says nothing.
 */
export const singleSourceClaim = defineDetector({
  id: 'single-source-claim',
  meta: {
    title: 'Single-source claim',
    description: 'A number or date that no other corpus article on the story corroborates and that the draft credits to one source only.',
    severity: 'info',
    tags: ['sourcing', 'corpus'],
    needsCorpus: true,
  },
  detect(doc, ctx) {
    // Only body statements of facts can be flagged: the others' support is not worked out.
    const result = claimSupport({ doc, info: ctx.article, read: (block) => ctx.memo('facts', block, readBlock) }, ctx.corpus, flaggable);
    if (!result || !result.relatedArticles) return;
    const credits = (i: number) => ctx.memo('credits', doc.blocks[i]!, blockCredits);
    for (const { claim, agree, disagree } of result.support) {
      // `support` holds only flaggable claims (see `claimSupport`).
      if (agree.length || disagree.length) continue;
      const sources = sentenceSources(doc, claim, credits);
      if (sources.length !== 1) continue;
      const actual = doc.text.slice(claim.start, claim.end).replace(/\s+/g, ' ');
      const topic = topicOf(claim);
      ctx.report({
        start: claim.start,
        end: claim.end,
        actual,
        message: `Uncorroborated claim \`${actual}\` (${topic.toLowerCase()}) rests on one source, \`${sources[0]}\`, and none of ${result.relatedArticles} corpus ${result.relatedArticles === 1 ? 'article' : 'articles'} on this story confirms it; add a second source or say it is unconfirmed`,
        data: {
          topic,
          claimType: claim.type,
          key: claim.key,
          value: claim.value.display,
          source: sources[0],
          corroboration: 0,
          relatedArticles: result.relatedArticles,
        },
      });
    }
  },
});
