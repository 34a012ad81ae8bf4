import type { DateHit } from './dates';
import type { ClaimType, Precision, Tense } from './types';

/** Who a claim is about, as the sentence says it: a name in it, a pronoun, or a description. */
export type Ref =
  | { name: number }
  | { pronoun: 'person' | 'thing' }
  | { descriptor: string; definite: boolean };

/** A claim as one sentence states it, before entities and relative dates are resolved. Offsets are sentence-relative. */
export interface RawClaim {
  type: ClaimType;
  predicate: string;
  /** Unit of a count ("people", "youth", "money:usd", "percent:market"). */
  unit?: string;
  start: number;
  end: number;
  /** Value of numbers, titles and relations; dates resolve later from `date`. */
  value?: { lo: number; hi: number; precision: Precision; display: string; words?: string[] };
  date?: DateHit;
  /** A date in the same sentence that anchors a count in time ("in 2011"). */
  anchor?: DateHit;
  subject?: Ref;
  /** Where pronouns of the subject are resolved from (the event word, which may precede the value). */
  refAt?: number;
  location?: Ref;
  tense?: Tense;
}

/** Words a sentence uses for a named entity ("leader", "spokesman"), so that "the union leader" finds its name. */
export interface RoleHit {
  name: number;
  words: string[];
}

/** Two names of a sentence that are one entity ("X, better known as Y"; "X (ABC)"). */
export interface AliasHit {
  name: number;
  /** Another name of the sentence, or an acronym written after the name. */
  other?: number;
  acronym?: string;
}
