/** Who published an article and when, as far as metadata or the text tell. */
export interface ArticleInfo {
  /** Path or URI identifying the article. */
  uri: string;
  outlet?: string;
  /** Publication date as YYYY-MM-DD. */
  date?: string;
  title?: string;
  url?: string;
  /** Where the date came from; 'today' means the draft had none and today's date stands in. */
  dateSource?: 'manifest' | 'front-matter' | 'text' | 'today';
}

/** Other articles that claims are compared with. Read-only for detectors. */
export interface Corpus {
  articles(): readonly ArticleInfo[];
}
