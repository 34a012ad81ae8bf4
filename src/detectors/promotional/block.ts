import type { Block } from '../../engine/blocks';
import { mentionsTool } from './ai-source';
import { AD_LABEL_LINE, MAX_WHOLE_LINE_WORDS, SOURCE_HEADING_LINE, VIDEO_CHROME_LINE, WIDGET_LINE } from './cues';
import { blockLines, unitsOf, type Line } from './lines';
import type { Candidate } from './structure';
import { isRelatedHeading } from './structure';
import { classifyUnit, type UnitVerdict } from './units';

/** A unit of a block (block-relative offsets, block-local line index) with its verdict. */
export interface Unit {
  start: number;
  end: number;
  line: number;
  /** Masked text of the unit. */
  text: string;
  /** Undefined for a sentence that does not sell on its own (most of them). */
  verdict: UnitVerdict | undefined;
}

/** The whole-line chrome cue a line carries, by the first test `lineChrome` would make of it. */
export type ChromeCue = 'related' | 'video' | 'ad' | 'widget';

/**
 * What the rule reads from one block, block-relative so that it holds wherever the block stands
 * (memoised on the block's text and reused as is after an edit elsewhere). Besides the lines and
 * units it lists the few lines the document-level passes start from, so that those passes visit
 * only the blocks that have them: most blocks are prose and have none.
 */
export interface BlockAnalysis {
  lines: Line[];
  units: Unit[];
  /** Lines with a whole-line chrome cue, in order. */
  cues: Array<{ line: number; cue: ChromeCue }>;
  /** Lines that head a source list ("Sources:"). */
  sources: number[];
  /** Lines with a unit that sells on its own, in order, each once. */
  selling: number[];
  /**
   * The block's selling groups when none of its lines is claimed by line chrome (almost always),
   * block-relative; made on first need.
   */
  groups?: Candidate[];
}

const NONE: never[] = [];

/** The rule's per-block analysis; a named function, so that memoising it allocates no closure per block. */
export function analyzeBlock(block: Block): BlockAnalysis {
  const lines = blockLines(block);
  const units: Unit[] = [];
  const masked = block.parsed.masked;
  const toolInBlock = mentionsTool(masked);
  let selling: number[] = NONE;
  unitsOf(block, lines, (start, end, line) => {
    const text = masked.slice(start, end);
    const verdict = classifyUnit(text, start === lines[line]!.content, toolInBlock);
    if (verdict?.strong && selling[selling.length - 1] !== line) (selling === NONE ? (selling = []) : selling).push(line);
    units.push({ start, end, line, text, verdict });
  });
  let cues: BlockAnalysis['cues'] = NONE;
  let sources: number[] = NONE;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.words > MAX_WHOLE_LINE_WORDS) continue;
    const cue = chromeCue(line);
    if (cue) (cues === NONE ? (cues = []) : cues).push({ line: i, cue });
    if (SOURCE_HEADING_LINE.test(line.norm)) (sources === NONE ? (sources = []) : sources).push(i);
  }
  return { lines, units, cues, sources, selling };
}

function chromeCue(line: Line): ChromeCue | undefined {
  if (isRelatedHeading(line)) return 'related';
  if (VIDEO_CHROME_LINE.test(line.norm)) return 'video';
  if (AD_LABEL_LINE.test(line.norm)) return 'ad';
  if (WIDGET_LINE.test(line.norm)) return 'widget';
  return undefined;
}
