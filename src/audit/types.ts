/** Kinds of voice a story quotes, for the share of quoted words. */
export type VoiceKind = 'government' | 'expert' | 'affected' | 'outlet' | 'unnamed' | 'other';

/** Every kind, in the order reports list them. */
export const VOICE_KINDS: readonly VoiceKind[] = ['government', 'expert', 'affected', 'outlet', 'unnamed', 'other'];

/** One voice in the story: a named speaker, or an unnamed source as the text describes it. */
export interface SpeakerSummary {
  /** The name as the text gives it, or the unnamed description ("a former U.S. official"). */
  name: string;
  anonymous: boolean;
  /** Title or role as the text states it ("Brigadier General", "a hotel security guard"). */
  role?: string;
  /** Organisation as the text states it ("the International Crisis Group"). */
  organisation?: string;
  kind: VoiceKind;
  /** Direct quotations credited to this voice. */
  quotes: number;
  /** Words inside those quotations. */
  quotedWords: number;
  /** Attribution phrases that credit this voice by name or description ("Jane Roe said", "officials said"), with or without a quotation. */
  attributions: number;
  /** Offset of the first mention, for ordering and navigation. */
  firstOffset: number;
}

/** Quoted words by kind of voice. */
export interface VoiceShare {
  kind: VoiceKind;
  quotes: number;
  words: number;
  /** Share of all quoted words, 0..1. */
  share: number;
}

/** A factual claim of the story with how much of the corpus backs it. */
export interface AuditClaim {
  /** The value as the text writes it ("59-year-old", "last month"). */
  text: string;
  start: number;
  end: number;
  /** Claim type where known ("age", "count", "date", "title", "relation"). */
  type?: string;
  /** What the claim is about ("Age", "Number killed"). */
  topic?: string;
  /** The normalised value ("59", "January 2026"). */
  value?: string;
  /** Related corpus articles that agree; undefined when no corpus was compared. */
  corroboration?: number;
  /** Related corpus articles that disagree. */
  conflicts: number;
  /** Outlets (or paths) of the agreeing articles. */
  corroboratedBy?: string[];
  /** The rule that reported it, when the claim comes from a finding rather than the claims index. */
  reportedBy?: string;
}

/** The sourcing audit of one article: who speaks, how much, and how much of the text sells. */
export interface SourcingAudit {
  uri: string;
  outlet?: string;
  textLength: number;
  sources: {
    /** Distinct named voices (quoted or credited). */
    named: number;
    /** Distinct unnamed voices, after folding back-references ("the former official") into the source they refer to. */
    anonymous: number;
    /** Attribution findings to unnamed people, before folding. */
    anonymousAttributions: number;
    /** Vague attributions to groups or to nobody ("critics say"). */
    vague: number;
  };
  quotes: { count: number; words: number };
  speakers: SpeakerSummary[];
  voices: VoiceShare[];
  promotional: { findings: number; chars: number; share: number };
  loadedLanguage: number;
  claims: AuditClaim[];
}
