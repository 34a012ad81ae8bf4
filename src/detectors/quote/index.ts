import { defineDetector } from '../../engine/detector';
import { blockAttribution, documentAttribution } from './resolve';

/**
 * Marks every direct quotation with the speaker it is attributed to ("…,” she said; said Jane
 * Roe; according to …; a quotation continuing the previous one), so that an editor can check
 * each quote and see at a glance which come from unnamed people. Nicknames, titles, terms and
 * scare quotes are not quotations; quotations nobody is credited with go to `unattributed-quote`.
 */
export const quote = defineDetector({
  id: 'quote',
  meta: {
    title: 'Direct quotation',
    description: 'A direct quotation and who it is attributed to; quotations from unnamed speakers are marked as such.',
    severity: 'hint',
    tags: ['sourcing', 'quotes'],
  },
  detect(doc, ctx) {
    const analysis = documentAttribution(doc, (block) => ctx.memo('attribution', block, blockAttribution));
    for (const q of analysis.quotes) {
      if (q.notQuote || !q.speaker) continue;
      const message = q.speaker.anonymous
        ? `Quotation from an unnamed \`${q.speaker.text}\`; check the wording and say why the speaker is not named`
        : `Quotation from \`${q.speaker.text}\`; check the wording against the source`;
      ctx.report({ start: q.start, end: q.end, message, speaker: q.speaker.text, anonymousSpeaker: q.speaker.anonymous, data: { attributedBy: q.source } });
    }
  },
});
