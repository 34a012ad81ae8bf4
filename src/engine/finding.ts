/** Severity of a finding, in increasing order of urgency. */
export type Severity = 'hint' | 'info' | 'warning' | 'error';

/** Severities from least to most urgent; index comparisons implement `--fail-on`. */
export const SEVERITIES: readonly Severity[] = ['hint', 'info', 'warning', 'error'];

/** True when `a` is at least as urgent as `b`. */
export function atLeast(a: Severity, b: Severity): boolean {
  return SEVERITIES.indexOf(a) >= SEVERITIES.indexOf(b);
}

/** A span in another article that supports or contradicts a finding. */
export interface RelatedLocation {
  /** Identifies the other article (a path or URI, as the corpus knows it). */
  uri: string;
  /** UTF-16 offsets into that article's text, end exclusive. */
  start: number;
  end: number;
  /** The sentence around the span, for display. */
  text: string;
  message: string;
}

/** A text edit in UTF-16 offsets of the analysed text. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A suggested change that resolves a finding. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** One result of a detector. Offsets are 0-based UTF-16 code units into the original text, end exclusive. */
export interface Finding {
  ruleId: string;
  source: 'credence';
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** Docs page of the rule. */
  url: string;
  /** For quotes: who said it, as the text names them (or the unnamed description). */
  speaker?: string;
  /** For quotes: true when the speaker is not named. */
  anonymousSpeaker?: boolean;
  /** What the text says, and what other sources say, where a rule compares. */
  actual?: string;
  expected?: string;
  related?: RelatedLocation[];
  fix?: Fix;
  /** Rule-specific details for hovers and summaries. */
  data?: Record<string, unknown>;
}

/** What a detector reports; the engine fills in rule id, source, url and default severity. */
export type Report = Omit<Finding, 'ruleId' | 'source' | 'url' | 'severity'> & { severity?: Severity };
