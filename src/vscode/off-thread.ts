import * as vscode from 'vscode';
import { CredenceDocument } from '../engine';
import type { CorpusService } from './corpus-service';
import type { CheckResult } from './diagnostics';
import type { Log } from './log';
import { engineConfig, readSettings } from './settings';
import { createWorkerClient, type AnalysisWorkerClient } from './worker-client';

/**
 * Drafts longer than this (UTF-16 code units, about 200 KB) are analysed on the worker thread.
 * Shorter ones are analysed in place: a full check of them takes well under the debounce, and
 * re-checks after an edit re-parse one block.
 */
export const OFF_THREAD_MIN_CHARS = 200_000;

/** A run longer than this is taken for a hang on hostile input; the worker is restarted. */
const TIMEOUT_MS = 120_000;

/**
 * Checks large drafts on a worker thread (dist/worker.js) so that typing never waits for the
 * engine: the extension host only posts the text and publishes the findings. A newer edit cancels
 * the run in flight; the worker keeps one analyzer per draft, so re-checks stay incremental.
 */
export class OffThreadChecker implements vscode.Disposable {
  private readonly client: AnalysisWorkerClient;
  private readonly subscription: vscode.Disposable;

  constructor(
    workerScript: string,
    private readonly corpus: CorpusService,
    private readonly log: Log,
  ) {
    this.client = createWorkerClient(workerScript, { timeoutMs: TIMEOUT_MS });
    this.subscription = corpus.onDidChange(() => this.client.invalidateCorpus());
  }

  /** Whether this text goes to the worker: long, and within the size limit (over it, the in-place check reports the skip). */
  wants(doc: vscode.TextDocument, text: string): boolean {
    return text.length > OFF_THREAD_MIN_CHARS && Buffer.byteLength(text, 'utf8') <= readSettings(doc.uri).maxBytes;
  }

  /** Analyses a snapshot of the document; undefined when a newer edit made the run stale. */
  async check(doc: vscode.TextDocument, text: string): Promise<CheckResult | undefined> {
    const settings = readSettings(doc.uri);
    const version = doc.version;
    const uri = doc.uri.scheme === 'file' ? doc.uri.fsPath : doc.uri.toString();
    const corpus = { paths: settings.corpusPaths, includeSeeds: settings.includeSeeds, seedsDir: this.corpus.seedsDir, maxBytes: settings.maxBytes };
    const started = Date.now();
    const outcome = await this.client.analyze(doc.uri.toString(), text, { uri, languageId: doc.languageId, config: engineConfig(settings), corpus });
    if (outcome.status === 'cancelled') return undefined;
    for (const failure of outcome.failures) this.log.info(`${uri}: rule ${failure.ruleId} failed: ${failure.message}`);
    for (const e of outcome.corpusErrors) this.log.info(`corpus (worker): ${e.path}: ${e.reason}`);
    this.log.info(`${uri}: checked off the main thread in ${Date.now() - started} ms (${text.length} characters)`);
    // The document object only converts offsets and finds sentences for quick fixes: it parses lazily.
    return { uri: doc.uri, version, languageId: doc.languageId, findings: outcome.findings, document: new CredenceDocument(text, { uri, languageId: doc.languageId }) };
  }

  /** The document changed again: stop its run in flight. */
  cancel(uri: vscode.Uri): void {
    this.client.cancel(uri.toString());
  }

  /** The document was closed: the worker drops its caches. */
  forget(uri: vscode.Uri): void {
    this.client.forget(uri.toString());
  }

  dispose(): void {
    this.subscription.dispose();
    this.client.dispose();
  }
}
