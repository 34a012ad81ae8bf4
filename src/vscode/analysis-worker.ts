// Entry of dist/worker.js: runs the engine on a worker thread, so that analysing a large draft never
// blocks the extension host (and with it, typing). One analyzer per document keeps the per-block
// caches here, where the analysis runs; the corpus is loaded here once per configuration.
import { parentPort } from 'node:worker_threads';
import { AnalysisCancelled, Analyzer, DETECTORS, type Corpus } from '../engine';
import { loadCorpus, type CorpusOptions } from '../node/corpus-loader';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/** Documents whose analyzers are kept; the least recently analysed goes first. */
const MAX_DOCUMENTS = 16;

/** The worker's state; a class so that tests can run it on the test's own thread. */
export class AnalysisWorker {
  private readonly analyzers = new Map<string, Analyzer>();
  private readonly corpora = new Map<string, Corpus | undefined>();

  handle(request: WorkerRequest, post: (response: WorkerResponse) => void): void {
    if (request.type === 'forget') {
      this.analyzers.delete(request.key);
      return;
    }
    if (request.type === 'invalidate-corpus') {
      this.corpora.clear();
      return;
    }
    const flag = new Int32Array(request.cancel);
    const isCancelled = () => Atomics.load(flag, 0) !== 0;
    try {
      if (isCancelled()) return post({ type: 'cancelled', id: request.id });
      const { corpus, errors } = this.corpusFor(request.options.corpus);
      const { uri, languageId, config, only, article } = request.options;
      const result = this.analyzerFor(request.key).analyze(request.text, { uri, languageId, config, only, article, corpus, isCancelled });
      post({ type: 'done', id: request.id, findings: result.findings, failures: result.failures, corpusErrors: errors });
    } catch (error) {
      if (error instanceof AnalysisCancelled) post({ type: 'cancelled', id: request.id });
      else post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
    }
  }

  private analyzerFor(key: string): Analyzer {
    let analyzer = this.analyzers.get(key);
    if (analyzer) this.analyzers.delete(key);
    else analyzer = new Analyzer(DETECTORS);
    this.analyzers.set(key, analyzer);
    if (this.analyzers.size > MAX_DOCUMENTS) this.analyzers.delete(this.analyzers.keys().next().value!);
    return analyzer;
  }

  /** The corpus for these options; load errors are returned only with the load that found them. */
  private corpusFor(options: CorpusOptions | undefined): { corpus: Corpus | undefined; errors: Array<{ path: string; reason: string }> } {
    if (!options) return { corpus: undefined, errors: [] };
    const key = JSON.stringify(options);
    if (this.corpora.has(key)) return { corpus: this.corpora.get(key), errors: [] };
    const { corpus, errors } = loadCorpus(options);
    this.corpora.set(key, corpus);
    return { corpus, errors };
  }
}

if (parentPort) {
  const port = parentPort;
  const worker = new AnalysisWorker();
  port.on('message', (request: WorkerRequest) => worker.handle(request, (response) => port.postMessage(response)));
}
