import type { Block } from './blocks';
import type { CredenceDocument } from './document';
import type { Report, Severity } from './finding';
import type { Corpus, ArticleInfo } from './corpus';

/** Describes a rule for docs, settings and the config schema. */
export interface RuleMeta {
  title: string;
  description: string;
  severity: Severity;
  tags: string[];
  fixable?: boolean;
  /** Rules that compare with other articles need a corpus. */
  needsCorpus?: boolean;
}

/** What a detector gets besides the document. */
export interface DetectContext {
  /** Rule options from config (`rules: { id: [severity, options] }`). */
  options: Readonly<Record<string, unknown>>;
  /** Other articles to compare with; empty when none is configured. */
  corpus: Corpus | undefined;
  /** Outlet and date of the analysed article, from metadata or the text. */
  article: ArticleInfo;
  /** Takes over `finding`, a new object per finding: the engine completes it in place. */
  report(finding: Report): void;
  /**
   * Memoises a per-block computation by name and block text. The computation must depend on the
   * block's own text only; its results (block-relative offsets) survive edits elsewhere.
   */
  memo<T>(name: string, block: Block, compute: (block: Block) => T): T;
}

/** A rule: metadata plus a pure `detect` that reports through the context. */
export interface Detector {
  id: string;
  meta: RuleMeta;
  detect(doc: CredenceDocument, ctx: DetectContext): void;
}

/** Identity helper that type-checks a detector definition. */
export function defineDetector(detector: Detector): Detector {
  return detector;
}

/** Docs page of a rule; derived from the id so that every rule has one. */
export function ruleUrl(id: string): string {
  return `https://github.com/credence-news/credence/blob/main/docs/rules/${id}.md`;
}
