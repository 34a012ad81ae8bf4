import { defineDetector } from '../../engine/detector';
import { collapseSpaces } from '../../engine/spaces';
import { blockAttribution, documentAttribution } from '../quote/resolve';

const EXCERPT = 80;

/**
 * Attributions to people or bodies the story does not name: "officials said", "a person briefed
 * on the plan", "the official, who spoke on condition of anonymity". Named people and named
 * institutions are not reported, even when their title contains "official". The attribution
 * analysis is shared with the quote rules (src/detectors/quote).
 */
export const anonymousSource = defineDetector({
  id: 'anonymous-source',
  meta: {
    title: 'Anonymous sourcing',
    description: 'A statement attributed to an unnamed person or body.',
    severity: 'info',
    tags: ['sourcing'],
  },
  detect(doc, ctx) {
    const includeSpokespeople = ctx.options.spokespeople !== false;
    const analysis = documentAttribution(doc, (block) => ctx.memo('attribution', block, blockAttribution));
    for (const u of analysis.unnamed) {
      if (!includeSpokespeople && u.kind === 'spokesperson') continue;
      const text = collapseSpaces(doc.text.slice(u.start, u.end));
      const shown = text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1).trimEnd()}…` : text;
      ctx.report({ start: u.start, end: u.end, message: `Unnamed source \`${shown}\`; name the source or say why it is withheld`, data: { kind: u.kind, reason: u.reason } });
    }
  },
});
