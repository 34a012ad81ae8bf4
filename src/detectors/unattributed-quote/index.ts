import { defineDetector } from '../../engine/detector';
import { collapseSpaces } from '../../engine/spaces';
import { blockAttribution, documentAttribution } from '../quote/resolve';

const EXCERPT = 40;

/**
 * A quotation that nothing credits to anyone: no verb of saying in its sentence, no attribution
 * in the sentence before, and no earlier quotation it continues. Such a quotation is reported
 * here only, never also by `quote`, so each quotation is one finding.
 */
export const unattributedQuote = defineDetector({
  id: 'unattributed-quote',
  meta: {
    title: 'Unattributed quotation',
    description: 'A direct quotation that the text attributes to nobody.',
    severity: 'warning',
    tags: ['sourcing', 'quotes'],
  },
  detect(doc, ctx) {
    const analysis = documentAttribution(doc, (block) => ctx.memo('attribution', block, blockAttribution));
    for (const q of analysis.quotes) {
      if (q.notQuote || q.speaker) continue;
      const text = collapseSpaces(doc.text.slice(q.start, q.end));
      const shown = text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1).trimEnd()}…` : text;
      ctx.report({ start: q.start, end: q.end, message: `Quotation \`${shown}\` has no speaker; attribute it to whoever said or wrote it` });
    }
  },
});
