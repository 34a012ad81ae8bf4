import type { Block } from '../../engine/blocks';
import type { CredenceDocument } from '../../engine/document';
import { defineDetector, type DetectContext } from '../../engine/detector';
import { execAll } from '../../engine/lexicon';
import { DOMAIN } from './imperative';
import { blockLines, countWords, unitsOf, type Placement } from './lines';
import { reportCandidates } from './report';
import { brandStem, isBodyLine, lineChrome, paddedSources, trailingChrome, type Candidate, type DocLine } from './structure';
import { classifyUnit, continuesPlug, type UnitVerdict } from './units';
import { mentionsTool } from './ai-source';

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
    const { lines, units } = documentLines(doc, ctx);
    const taken = lines.map(() => false);
    const selling = new Set(units.filter((u) => u.verdict?.strong).map((u) => u.line));
    const candidates: Candidate[] = lineChrome(lines, taken, (index) => selling.has(index));
    const ctas = sellingGroups(doc.text, units, taken);
    candidates.push(...ctas);
    markCovered(lines, taken, ctas);
    const lastBody = lastBodyLine(lines, taken);
    if (lastBody >= 0) candidates.push(...trailingChrome(lines, taken, lastBody));
    candidates.push(...paddedSources(lines, taken, ownBrands(doc.text, candidates, ctx.article.outlet)));
    reportCandidates(doc.text, candidates, ctx);
  },
});

/** A unit placed in the document with its verdict. */
interface DocUnit {
  start: number;
  end: number;
  line: number;
  block: number;
  /** Masked text of the unit. */
  text: string;
  /** Undefined for a sentence that does not sell on its own (most of them). */
  verdict: UnitVerdict | undefined;
}

/** A block's lines and its units with verdicts, placed in the document. */
interface BlockAnalysis {
  place: Placement;
  lines: DocLine[];
  units: DocUnit[];
}

/**
 * Lines and classified units of every block. Per-block work is memoised on the block's text, made
 * where the block first stood; a block found elsewhere later (after an edit above it, or a repeat
 * of its text) gets a moved copy.
 */
function documentLines(doc: CredenceDocument, ctx: DetectContext): { lines: DocLine[]; units: DocUnit[] } {
  const lines: DocLine[] = [];
  const units: DocUnit[] = [];
  for (const block of doc.blocks) {
    const place: Placement = { start: block.start, index: block.index, line: lines.length };
    let analysis = ctx.memo('lines', block, (b) => analyzeBlock(b, place));
    if (!samePlace(analysis.place, place)) analysis = moved(analysis, place);
    for (const line of analysis.lines) lines.push(line);
    for (const unit of analysis.units) units.push(unit);
  }
  return { lines, units };
}

function analyzeBlock(block: Block, place: Placement): BlockAnalysis {
  const lines = blockLines(block, place);
  const units: DocUnit[] = [];
  const masked = block.parsed.masked;
  const toolInBlock = mentionsTool(masked);
  unitsOf(block, lines, (start, end, line) => {
    const text = masked.slice(start, end);
    units.push({ start: place.start + start, end: place.start + end, line: place.line + line, block: place.index, text, verdict: classifyUnit(text, start === lines[line]!.content, toolInBlock) });
  });
  return { place, lines, units };
}

function samePlace(a: Placement, b: Placement): boolean {
  return a.start === b.start && a.index === b.index && a.line === b.line;
}

/** An analysis made at one place, moved to another. */
function moved(analysis: BlockAnalysis, place: Placement): BlockAnalysis {
  const shift = place.start - analysis.place.start;
  const lineShift = place.line - analysis.place.line;
  return {
    place,
    lines: analysis.lines.map((l) => ({
      start: l.start, end: l.end, content: l.content, text: l.text, words: l.words, terminal: l.terminal, norm: l.norm,
      docStart: l.docStart + shift, docEnd: l.docEnd + shift, docContent: l.docContent + shift, block: place.index,
    })),
    units: analysis.units.map((u) => ({ start: u.start + shift, end: u.end + shift, line: u.line + lineShift, block: place.index, text: u.text, verdict: u.verdict })),
  };
}

const MAX_WEAK_FOLLOWERS = 3;
const MAX_WEAK_WORDS = 40;

/**
 * Strong selling sentences, each extended over the weak ones that directly follow it in the same
 * block (a newsletter heading and its pitch are one insertion). Units on lines already claimed by
 * line chrome are skipped.
 */
function sellingGroups(text: string, units: readonly DocUnit[], taken: readonly boolean[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (!unit.verdict?.strong || taken[unit.line]) continue;
    const previous = units[i - 1];
    const teaser = unit.verdict.kind === 'call-to-action' && previous?.verdict?.teaser && previous.block === unit.block && !taken[previous.line] && adjacent(text, previous, unit);
    const start = teaser ? previous!.start : unit.start;
    let end = unit.end;
    let j = i + 1;
    if (unit.verdict.kind === 'call-to-action') {
      let weak = 0;
      for (; j < units.length; j++) {
        const next = units[j]!;
        if (next.block !== unit.block || taken[next.line] || !adjacent(text, units[j - 1]!, next)) break;
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

/** Consecutive units: the next one starts where the previous ended, give or take whitespace (a CRLF counts as one break). */
function adjacent(text: string, a: DocUnit, b: DocUnit): boolean {
  const gap = b.start - a.end;
  return gap <= 3 || (gap === 4 && text.slice(a.end, b.start).includes('\r\n'));
}

/** Marks the lines a candidate covers whole, found by binary search: lines are in document order. */
function markCovered(lines: readonly DocLine[], taken: boolean[], candidates: readonly Candidate[]): void {
  for (const c of candidates) {
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid]!.docEnd <= c.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < lines.length && lines[i]!.docContent < c.end; i++) if (c.start <= lines[i]!.docContent && c.end >= lines[i]!.docEnd) taken[i] = true;
  }
}

/** The last line of reporting, or -1 when the text has none (a bare list, a stub): trailing chrome follows it. */
function lastBodyLine(lines: readonly DocLine[], taken: readonly boolean[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (!taken[i] && isBodyLine(lines[i]!)) return i;
  return -1;
}

/** Every web address; searched with `execAll`, which unlike matchAll does not copy the regex per call. */
const DOMAINS = new RegExp(DOMAIN.source, 'giu');

/** Brands the article plugs (domains in its plugs and calls to action) and its outlet's name. */
function ownBrands(text: string, candidates: readonly Candidate[], outlet: string | undefined): Set<string> {
  const brands = new Set<string>();
  if (outlet) brands.add(brandStem(outlet));
  for (const c of candidates) {
    if (c.kind !== 'call-to-action' && c.kind !== 'product-plug' && c.kind !== 'video-chrome') continue;
    for (const m of execAll(DOMAINS, text.slice(c.start, c.end))) brands.add(brandStem(m[0]));
  }
  return brands;
}
