import type { ArticleInfo, CredenceConfig, DetectorFailure, Finding } from '../engine';
import type { CorpusOptions } from '../node/corpus-loader';

/** What an analysis in the worker needs besides the text: plain data, since it crosses threads. */
export interface WorkerAnalyzeOptions {
  uri: string;
  languageId: string;
  config?: CredenceConfig;
  only?: readonly string[];
  article?: Partial<ArticleInfo>;
  /** The corpus to compare claims with; the worker loads it once per distinct value and keeps it. */
  corpus?: CorpusOptions;
}

/** Messages from the extension host to the worker. */
export type WorkerRequest =
  | {
      type: 'analyze';
      id: number;
      /** Identifies the document: its analyzer (and per-block caches) live in the worker under this key. */
      key: string;
      text: string;
      options: WorkerAnalyzeOptions;
      /** One Int32 the host sets to 1 to stop a stale run between blocks or rules. */
      cancel: SharedArrayBuffer;
    }
  | { type: 'forget'; key: string }
  | { type: 'invalidate-corpus' };

/** Messages from the worker back to the host, one per `analyze` request. */
export type WorkerResponse =
  | { type: 'done'; id: number; findings: Finding[]; failures: DetectorFailure[]; corpusErrors: Array<{ path: string; reason: string }> }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };
