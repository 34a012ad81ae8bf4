import type { Corpus } from '../engine';

export interface CorpusOptions {
  /** Folders of the user's own articles. */
  paths: readonly string[];
  /** Whether the bundled seed articles are part of the corpus. */
  includeSeeds: boolean;
  /** Where the bundled seeds are (next to the extension or CLI). */
  seedsDir: string;
  maxBytes?: number;
}

export interface LoadedCorpus {
  corpus: Corpus | undefined;
  errors: Array<{ path: string; reason: string }>;
}

// TODO(#4): read articles, manifests and front matter into an indexed corpus.
export function loadCorpus(_options: CorpusOptions): LoadedCorpus {
  return { corpus: undefined, errors: [] };
}
