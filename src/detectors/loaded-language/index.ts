import type { Block } from '../../engine/blocks';
import { defineDetector } from '../../engine/detector';
import type { Fix } from '../../engine/finding';
import { attributionUse } from './attribution-context';
import { blockLetterRuns, type LetterRuns } from '../../engine/phrase-matcher';
import type { Span } from '../../engine/sentences';
import { buildLexicon, CATEGORY_NAMES, normalizeTerm, type CompiledLexicon, type LoadedTerm } from './lexicon';
import { blockQuotedSpans, endsWithEmbedLeadIn, insideAny } from './quoted-spans';

/**
 * A loaded term found in a block, block-relative, with what its finding says: memoised with the
 * block, so that re-analysis after an edit elsewhere only places it.
 */
interface LoadedHit {
  start: number;
  end: number;
  text: string;
  entry: LoadedTerm;
  /** The neutral word in the term's case, when it fits where the term stands. */
  replacement: string | undefined;
  message: string;
}

/** Compiled lexicons by options key; options rarely change, so this stays tiny. */
const compiled = new Map<string, CompiledLexicon>();
const DEFAULT_LEXICON = buildLexicon({});

function lexiconFor(options: Readonly<Record<string, unknown>>): CompiledLexicon {
  if (options.extraTerms === undefined && options.ignoreTerms === undefined) return DEFAULT_LEXICON;
  const key = JSON.stringify([options.extraTerms, options.ignoreTerms]);
  let lexicon = compiled.get(key);
  if (!lexicon) {
    if (compiled.size > 16) compiled.clear();
    lexicon = buildLexicon(options);
    compiled.set(key, lexicon);
  }
  return lexicon;
}

/** Finds the lexicon's terms in a block's prose (`runs` its letter runs), outside quotations (`quotedSpans`, asked for only when a term is found) and neutral uses. */
function findLoaded(masked: string, runs: LetterRuns, lexicon: CompiledLexicon, quotedSpans: () => Span[]): LoadedHit[] {
  const terms = lexicon.terms.findAll(masked, 0, runs);
  if (!terms.length) return [];
  const quoted = quotedSpans();
  const neutral = lexicon.unless.findAll(masked, 0, runs);
  const hits: LoadedHit[] = [];
  for (const hit of terms) {
    const entry = lexicon.byTerm.get(normalizeTerm(hit.text));
    if (!entry || insideAny(quoted, hit.start, hit.end)) continue;
    if (neutral.some((n) => n.start <= hit.start && hit.end <= n.end)) continue;
    let fixable = entry.neutral !== undefined;
    if (entry.context === 'attribution') {
      const use = attributionUse(masked, hit.start, hit.end);
      if (!use) continue;
      // "admitted to lying" cannot become "said to lying".
      if (use === 'to-gerund') fixable = false;
    }
    const replacement = entry.neutral !== undefined && fixable ? matchCase(entry.neutral, hit.text) : undefined;
    const todo = replacement !== undefined ? `use \`${replacement}\` or attribute the wording to a source` : 'describe what happened neutrally or attribute the wording to a source';
    hits.push({ start: hit.start, end: hit.end, text: hit.text, entry, replacement, message: `Loaded ${CATEGORY_NAMES[entry.category]} \`${hit.text}\` in the outlet's own voice; ${todo}` });
  }
  return hits;
}

/** Keeps the capital of a sentence-initial term in its replacement. */
function matchCase(replacement: string, original: string): string {
  return /^\p{Lu}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * Flags emotive, pejorative or editorialising wording in the outlet's own voice: labels, loaded
 * verbs of attribution, intensifiers, editorial comments and certainty framing. Words inside
 * quotations are the speaker's and are not flagged. The terms are data (`lexicon.json`); users add
 * their own with `extraTerms` and silence bundled ones with `ignoreTerms`.
 */
export const loadedLanguage = defineDetector({
  id: 'loaded-language',
  meta: {
    title: 'Loaded language',
    description: 'Emotive, pejorative or editorialising wording in the outlet’s own voice (not inside quotations), with a neutral alternative where one exists.',
    severity: 'info',
    tags: ['bias', 'wording'],
    fixable: true,
  },
  detect(doc, ctx) {
    const lexicon = lexiconFor(ctx.options);
    const memoName = `hits:${lexicon.key}`;
    // One function per analysis, not one per block: it is what the memo computes on a miss.
    const find = (b: Block) => findLoaded(b.parsed.masked, blockLetterRuns(b), lexicon, () => ctx.memo('quoted-spans', b, blockQuotedSpans));
    const blocks = doc.blocks;
    for (let i = 0; i < blocks.length; i++) {
      // A paragraph introduced by "Here is the full statement:" is the statement's author speaking.
      if (i > 0 && endsWithEmbedLeadIn(blocks[i - 1]!.parsed.masked)) continue;
      const block = blocks[i]!;
      const hits = ctx.memo(memoName, block, find);
      for (const hit of hits) {
        const { entry, replacement } = hit;
        const start = block.start + hit.start;
        const end = block.start + hit.end;
        const fix: Fix | undefined = replacement !== undefined ? { title: `Replace with “${replacement}”`, edits: [{ start, end, text: replacement }] } : undefined;
        ctx.report({
          start,
          end,
          actual: hit.text,
          ...(replacement !== undefined ? { expected: replacement } : {}),
          message: hit.message,
          data: { category: entry.category, reason: entry.reason, neutral: entry.neutral ?? null, term: entry.term },
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
});
