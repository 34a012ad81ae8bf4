import { defineDetector } from '../../engine/detector';
import { execAll } from '../../engine/lexicon';
import type { Unit } from './block';
import { DOMAIN, mayHaveDomain } from './imperative';
import { countWords } from './lines';
import { reportCandidates } from './report';
import { brandStem, isBodyLine, lineChrome, paddedSources, trailingChrome, type Candidate } from './structure';
import { continuesPlug, type PromoKind } from './units';
import { DocumentLines } from './view';

/** Flags text that sells rather than reports: calls to action, related-headline rails, product plugs, site chrome. */
export const promotional = defineDetector({
  id: 'promotional',
  meta: {
    title: 'Promotional insertion',
    description: "Text that sells rather than reports: plugs for the outlet's apps, channels and newsletters, related-headline blocks, AI products cited as sources, player and ad chrome.",
    severity: 'warning',
    tags: ['promotion', 'chrome'],
    fixable: true,
  },
  detect(doc, ctx) {
    const lines = new DocumentLines(doc, ctx);
    const taken = new Set<number>();
    const candidates: Candidate[] = lineChrome(lines, taken);
    sellingGroups(doc.text, lines, taken, candidates);
    const lastBody = lastBodyLine(lines, taken);
    if (lastBody >= 0) candidates.push(...trailingChrome(lines, taken, lastBody));
    candidates.push(...paddedSources(lines, taken, ownBrands(doc.text, candidates, ctx.article.outlet)));
    reportCandidates(doc.text, candidates, ctx);
  },
});

const MAX_WEAK_FOLLOWERS = 3;
const MAX_WEAK_WORDS = 40;

/**
 * Adds each block's selling groups to `out` and marks the lines they cover whole as taken. A
 * block's groups depend on its own units and on which of its own lines line chrome took, so a
 * block none of whose lines was taken (almost every one) reuses the groups memoised with it.
 */
function sellingGroups(text: string, lines: DocumentLines, taken: Set<number>, out: Candidate[]): void {
  for (const b of lines.sellingBlocks) {
    const block = lines.blocks[b]!;
    const first = lines.first[b]!;
    const offset = lines.starts[b]!;
    let groups: Candidate[];
    if (anyTaken(taken, first, block.lines.length)) groups = groupsOf(text, offset, block.units, (line) => taken.has(first + line));
    else groups = block.groups ??= groupsOf(text, offset, block.units, () => false);
    const cached = groups === block.groups;
    for (const g of groups) {
      // A memoised group keeps the brands it names: the same text wherever the block stands.
      const brands = cached && NAMES_BRANDS.has(g.kind) ? (g.brands ??= domainBrands(text.slice(offset + g.start, offset + g.end))) : undefined;
      out.push({ start: offset + g.start, end: offset + g.end, kind: g.kind, ...(brands ? { brands } : {}), ...(cached ? { memo: g } : {}) });
      // The lines a group covers whole: it lies inside the block, so only the block's lines can be.
      for (let i = 0; i < block.lines.length; i++) {
        const line = block.lines[i]!;
        if (g.start <= line.content && g.end >= line.end) taken.add(first + i);
      }
    }
  }
}

function anyTaken(taken: ReadonlySet<number>, first: number, count: number): boolean {
  if (taken.size === 0) return false;
  for (let i = 0; i < count; i++) if (taken.has(first + i)) return true;
  return false;
}

/**
 * Strong selling sentences of one block, each extended over the weak ones that directly follow it
 * (a newsletter heading and its pitch are one insertion); block-relative. Units on lines already
 * claimed by line chrome are skipped. `offset` places the block in `text`.
 */
function groupsOf(text: string, offset: number, units: readonly Unit[], isTaken: (line: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (!unit.verdict?.strong || isTaken(unit.line)) continue;
    const previous = units[i - 1];
    const teaser = unit.verdict.kind === 'call-to-action' && previous?.verdict?.teaser && !isTaken(previous.line) && adjacent(text, offset, previous, unit);
    const start = teaser ? previous!.start : unit.start;
    let end = unit.end;
    let j = i + 1;
    if (unit.verdict.kind === 'call-to-action') {
      let weak = 0;
      for (; j < units.length; j++) {
        const next = units[j]!;
        if (isTaken(next.line) || !adjacent(text, offset, units[j - 1]!, next)) break;
        const strong = next.verdict?.strong && next.verdict.kind === 'call-to-action';
        if (!strong) {
          if (next.verdict?.teaser || (next.verdict && next.verdict.kind !== 'call-to-action')) break;
          if (!next.verdict && !continuesPlug(next.text)) break;
          if (++weak > MAX_WEAK_FOLLOWERS || countWords(next.text) > MAX_WEAK_WORDS) break;
        }
        end = next.end;
      }
    }
    out.push({ start, end, kind: unit.verdict.kind });
    i = j - 1;
  }
  return out;
}

/** Consecutive units: the next one starts where the previous ended, give or take three characters of whitespace. */
function adjacent(text: string, offset: number, a: Unit, b: Unit): boolean {
  let gap = b.start - a.end;
  // Each CRLF counts as one character, so that a text groups alike with either line end; three
  // characters and at most three CRLFs make six.
  if (gap <= 3 || gap > 6) return gap <= 3;
  const end = offset + b.start;
  for (let i = offset + a.end; i < end - 1; i++) if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) gap--;
  return gap <= 3;
}

/** The last line of reporting, or -1 when the text has none (a bare list, a stub): trailing chrome follows it. */
function lastBodyLine(lines: DocumentLines, taken: ReadonlySet<number>): number {
  for (let b = lines.blocks.length - 1; b >= 0; b--) {
    const block = lines.blocks[b]!.lines;
    const first = lines.first[b]!;
    for (let i = block.length - 1; i >= 0; i--) if (!taken.has(first + i) && isBodyLine(block[i]!)) return first + i;
  }
  return -1;
}

/** Every web address; searched with `execAll`, which unlike matchAll does not copy the regex per call. */
const DOMAINS = new RegExp(DOMAIN.source, 'giu');

/** The kinds of finding whose web addresses are the outlet's own brands. */
const NAMES_BRANDS: ReadonlySet<PromoKind> = new Set(['call-to-action', 'product-plug', 'video-chrome']);

/** Brands the article plugs (domains in its plugs and calls to action) and its outlet's name. */
function ownBrands(text: string, candidates: readonly Candidate[], outlet: string | undefined): Set<string> {
  const brands = new Set<string>();
  if (outlet) brands.add(brandStem(outlet));
  for (const c of candidates) {
    if (!NAMES_BRANDS.has(c.kind)) continue;
    for (const brand of c.brands ?? domainBrands(text.slice(c.start, c.end))) brands.add(brand);
  }
  return brands;
}

function domainBrands(span: string): string[] {
  // Most plugs name no web address: the quick test spares the cold search.
  return mayHaveDomain(span) ? execAll(DOMAINS, span).map((m) => brandStem(m[0])) : [];
}
