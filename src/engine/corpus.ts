import type { ArticleClaims, Claim, Fingerprint } from './claims/types';

/** Who published an article and when, as far as metadata or the text tell. */
export interface ArticleInfo {
  /** Path or URI identifying the article. */
  uri: string;
  outlet?: string;
  /** Publication date as YYYY-MM-DD. */
  date?: string;
  title?: string;
  url?: string;
  /** Byline, when the text has one ("By Staff, Agencies"). */
  author?: string;
  /** Where the date came from; 'today' means the draft had none and today's date stands in. */
  dateSource?: 'manifest' | 'front-matter' | 'text' | 'today';
}

/** A corpus article with what the engine extracted from it. */
export interface IndexedArticle {
  info: ArticleInfo;
  claims: ArticleClaims;
}

/** A claim of a corpus article, found by its key. */
export interface CorpusClaim {
  uri: string;
  claim: Claim;
}

/**
 * Other articles that claims are compared with. Read-only for detectors. The claim methods are
 * optional so that a plain list of articles is still a corpus (it just yields no comparisons).
 */
export interface Corpus {
  articles(): readonly ArticleInfo[];
  /** An indexed article by uri. */
  article?(uri: string): IndexedArticle | undefined;
  /** Claims of every article with this key ("age", "count:people", "date:designation"). */
  claims?(key: string): readonly CorpusClaim[];
  /**
   * The claims with this key of the given articles only: `claims(key)` filtered to `uris`, in the
   * same order, but touching only those articles, so a check costs the same in a large corpus.
   */
  claimsAmong?(key: string, uris: ReadonlyMap<string, unknown>): readonly CorpusClaim[];
  /**
   * Articles that cover the same story as an article with this fingerprint (they share names and
   * much of their vocabulary), with their word similarity; the article `exclude` is left out.
   */
  related?(fingerprint: Fingerprint, exclude?: string): ReadonlyMap<string, number>;
}
