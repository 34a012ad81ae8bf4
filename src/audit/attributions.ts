import type { Block } from '../engine/blocks';
import type { CredenceDocument } from '../engine/document';
import { blockAttribution } from '../detectors/quote/resolve';
import { INSTITUTION_HEADS } from './lexicon';

/** A phrase that credits a statement to someone, block-relative ("David Mora of the … said"). */
export interface Credit {
  /** Who, as the text names or describes them ("Dana Whitfield", "former U.S. official", "he"). */
  name: string;
  anonymous: boolean;
  pronoun: boolean;
  /** Shares its verb with other speakers ("the harbour master and the coast guard said"): more than one source. */
  coordinated: boolean;
  start: number;
  end: number;
}

/** A statement the text credits to a named person or body. Absolute offsets. */
export interface NamedAttribution {
  name: string;
  start: number;
  end: number;
}

/** A speaker joined to another before the attribution ("X and |the coast guard said"). */
const COORDINATED_BEFORE = /[\p{L}\p{N}.’']\s+(?:and|&)\s+(?:the\s+|a\s+|an\s+)?$/iu;

/** Ways of attributing that name the speaker themselves; `shared` repeats an earlier subject. */
const DIRECT = new Set(['subject', 'inverted', 'according', 'passive', 'quoting', 'anonymity']);

/**
 * The credits of a block, from the attribution analysis the quote rules share (cached per block, so
 * this costs nothing after a check). Names and named bodies count only when they start with a capital
 * ("Peru's interior ministry", not "half a dozen states"); a past-tense verb a misparse may leave at
 * the end ("The New York Times detailed") and a leading "the" are dropped.
 */
export function blockCredits(block: Block): Credit[] {
  const credits: Credit[] = [];
  for (const a of blockAttribution(block).attributions) {
    const speaker = a.speaker;
    if (!speaker || !DIRECT.has(a.via)) continue;
    const pronoun = speaker.form === 'pronoun';
    const anonymous = speaker.anonymous === 'yes';
    const name = speaker.text.replace(/\s+\p{Ll}+ed$/u, '').replace(/^the\s+/iu, '').trim();
    const institution = INSTITUTION_HEADS.has(name.split(/\s+/).pop()?.toLowerCase() ?? '');
    if (!pronoun && !anonymous && !institution && !/^[\p{Lu}\p{N}]/u.test(name)) continue;
    const masked = block.parsed.masked;
    const coordinated = COORDINATED_BEFORE.test(masked.slice(Math.max(0, a.start - 80), a.start)) || /\s(?:and|&)\s/u.test(name);
    credits.push({ name, anonymous, pronoun, coordinated, start: a.start, end: a.end });
  }
  return credits;
}

/** Statements credited by name (capitalised; not pronouns, unnamed people or "police") across a document. */
export function namedAttributions(doc: CredenceDocument): NamedAttribution[] {
  return doc.blocks.flatMap((block) =>
    blockCredits(block)
      .filter((c) => !c.anonymous && !c.pronoun && /^[\p{Lu}\p{N}]/u.test(c.name))
      .map((c) => ({ name: c.name, start: block.start + c.start, end: block.start + c.end })),
  );
}
