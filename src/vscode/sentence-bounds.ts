import type { CredenceDocument, Finding } from '../engine';

/**
 * The sentence a citation belongs to: the one holding the end of the finding, so that a quote
 * followed by "…, said X." is cited after the attribution. Falls back to the end of the part
 * (paragraph, list item) or block when the splitter found no sentence there.
 */
export function sentenceBounds(doc: CredenceDocument, finding: Pick<Finding, 'start' | 'end'>): { start: number; end: number } {
  const last = Math.max(finding.start, finding.end - 1);
  const block = doc.blockAt(last);
  if (!block) return { start: finding.start, end: finding.end };
  const at = last - block.start;
  const sentence = block.parsed.sentences.find((s) => s.start <= at && at < s.end);
  if (sentence) return { start: block.start + sentence.start, end: Math.max(finding.end, block.start + sentence.end) };
  const part = block.parsed.parts.find((p) => p.start <= at && at < p.end);
  if (part) return { start: block.start + part.start, end: Math.max(finding.end, block.start + part.end) };
  return { start: block.start, end: block.end };
}
