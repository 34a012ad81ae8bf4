/** What kind of fact a claim states. */
export type ClaimType = 'age' | 'count' | 'date' | 'title' | 'relation';

/** How exact a numeric or date value is, as the text states it. */
export type Precision = 'exact' | 'approximate' | 'at-least' | 'at-most' | 'range' | 'day' | 'week' | 'month' | 'part' | 'year';

/** Grammatical time of a statement, used to keep "former CEO" apart from "will be CEO". */
export type Tense = 'past' | 'present' | 'future';

/**
 * A normalised value. Numbers and dates are closed intervals (`lo`..`hi`; dates as day numbers since
 * 1970-01-01) so that "at least 25", "roughly 3 million" and "last year" compare by overlap. Text
 * values (titles, organisation names) compare by words.
 */
export interface ClaimValue {
  lo: number;
  hi: number;
  /** Normalised words of a text value (title head and qualifiers, organisation name). */
  words?: string[];
  /** The value for people: "47", "May 2011", "2.5 million", "vice president". */
  display: string;
  precision: Precision;
}

/** An entity as other articles can recognise it: its names, nicknames and acronyms, normalised. */
export interface EntitySignature {
  /** The name shown in messages ("Ana María Ortega"). */
  label: string;
  kind: 'person' | 'org' | 'place' | 'unknown';
  /** Each known full name as lower-case, accent-free tokens. */
  names: string[][];
  /** Nicknames and acronyms, lower-case and accent-free. */
  aliases: string[];
}

/** One typed statement of an article about an entity, with the exact span of its value. */
export interface Claim {
  type: ClaimType;
  /** Index key: claims are only compared with claims of the same key ("age", "count:people", "date:departure"). */
  key: string;
  /** The event or relation the value belongs to ("death", "designation", "occupancy", "parent"). */
  predicate: string;
  /** Who or what the claim is about; absent when the text does not say (matches any subject). */
  subject?: EntitySignature;
  /** Common-noun description of an unnamed subject ("driver"). */
  descriptor?: string;
  /** A specific object the count is located in ("the Orion"); narrows what is counted. */
  location?: EntitySignature;
  /** Organisation a title belongs to. */
  org?: EntitySignature;
  tense?: Tense;
  /** When a count held, from a date in its sentence ("in 2011"); absent means at publication. */
  anchor?: { lo: number; hi: number };
  value: ClaimValue;
  /** Offsets of the value in the article text. */
  start: number;
  end: number;
  /** The sentence the claim is in (offsets and text), for evidence. */
  sentenceStart: number;
  sentenceEnd: number;
  sentence: string;
  /** True for headline-like lines (no final punctuation); body sentences are preferred as evidence. */
  headline: boolean;
}

/** A proper-name mention, kept for spelling comparison across articles. */
export interface NameMention {
  /** Surface text of the whole name ("Yousef Karimi"). */
  text: string;
  start: number;
  end: number;
  /** Tokens as written, and normalised (lower-case, no accents). */
  tokens: string[];
  norm: string[];
  /** Index of the entity this mention belongs to, within its article. */
  entity: number;
  kind: EntitySignature['kind'];
  sentence: string;
  /** True when the first token starts a sentence (its capital proves nothing). */
  initial: boolean;
  /** `norm` joined (`joinTokens`): what spelling comparisons compare and file names under. */
  spelling: string;
}

/** Everything Credence keeps of one article for comparison: claims, names, entities. */
export interface ArticleClaims {
  claims: Claim[];
  names: NameMention[];
  entities: EntitySignature[];
  /** What tells whether two articles cover the same story. */
  fingerprint: Fingerprint;
}

/** Names and words of an article, compared to tell whether two articles cover the same story. */
export interface Fingerprint {
  /** Per entity, spelling-tolerant keys of its names (consonant skeletons), so "Yusuf Karimi" meets "Yousef Karimi". */
  entities: string[][];
  /** Content words (four letters or more, no function words). */
  words: ReadonlySet<string>;
}
