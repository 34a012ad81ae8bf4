import type { ArticleInfo, Corpus } from '../engine/corpus';
import type { CredenceDocument } from '../engine/document';
import { topicOf } from '../detectors/claim-conflict/message';
import { claimSupport } from '../detectors/single-source-claim/corroboration';
import type { AuditClaim } from './types';

/**
 * Every claim of an article with how many related corpus articles corroborate or dispute it, from
 * the claims index. Undefined when there is no corpus with a claim index.
 */
export function auditClaims(doc: CredenceDocument, info: ArticleInfo, corpus: Corpus | undefined): AuditClaim[] | undefined {
  const result = claimSupport({ doc, info }, corpus);
  if (!result) return undefined;
  return result.support.map(({ claim, agree, disagree }) => ({
    text: doc.text.slice(claim.start, claim.end).replace(/\s+/g, ' '),
    start: claim.start,
    end: claim.end,
    type: claim.type,
    topic: topicOf(claim),
    value: claim.value.display,
    corroboration: agree.length,
    conflicts: disagree.length,
    corroboratedBy: agree.map((a) => a.outlet ?? a.uri),
  }));
}
