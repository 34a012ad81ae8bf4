import { Worker } from 'node:worker_threads';
import type { DetectorFailure, Finding } from '../engine';
import type { WorkerAnalyzeOptions, WorkerRequest, WorkerResponse } from './worker-protocol';

export type { WorkerAnalyzeOptions } from './worker-protocol';

/** The part of a VS Code `CancellationToken` the client uses (so that it runs, and is tested, without VS Code). */
export interface CancellationLike {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

/** The part of a `worker_threads` Worker the client uses; tests pass a fake. */
export interface WorkerPort {
  postMessage(message: WorkerRequest): void;
  on(event: 'message', listener: (response: WorkerResponse) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): unknown;
}

/** How a request ended: findings, or cancelled because a newer request or the token made it stale. */
export type WorkerOutcome =
  | { status: 'done'; findings: Finding[]; failures: DetectorFailure[]; corpusErrors: Array<{ path: string; reason: string }> }
  | { status: 'cancelled' };

export interface WorkerClientOptions {
  /** A run longer than this is taken for a hang (hostile input): the worker is restarted and the request fails. */
  timeoutMs?: number;
}

interface Job {
  id: number;
  key: string;
  text: string;
  options: WorkerAnalyzeOptions;
  cancel: Int32Array;
  settled: boolean;
  resolve(outcome: WorkerOutcome): void;
  reject(error: Error): void;
  /** Drops the cancellation-token subscription. */
  release: () => void;
}

const CANCELLED: WorkerOutcome = { status: 'cancelled' };

/**
 * Sends analyses to one worker thread, one at a time. Per document only the newest request counts:
 * a newer request for the same key cancels the older one — dropped if it is still queued, stopped
 * at the worker's next check (between blocks or rules) if it is running — and the older promise
 * resolves as cancelled at once. A worker that crashes or hangs is replaced on the next request.
 */
export class AnalysisWorkerClient {
  private worker: WorkerPort | undefined;
  private readonly queue: Job[] = [];
  private readonly latest = new Map<string, Job>();
  private running: Job | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private nextId = 1;
  private disposed = false;

  constructor(
    private readonly spawn: () => WorkerPort,
    private readonly options: WorkerClientOptions = {},
  ) {}

  /** Analyses `text` as the document `key`; resolves cancelled when superseded or when `token` fires. */
  analyze(key: string, text: string, options: WorkerAnalyzeOptions, token?: CancellationLike): Promise<WorkerOutcome> {
    if (this.disposed || token?.isCancellationRequested) return Promise.resolve(CANCELLED);
    const previous = this.latest.get(key);
    if (previous) this.cancelJob(previous);
    let resolve!: (outcome: WorkerOutcome) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<WorkerOutcome>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const job: Job = { id: this.nextId++, key, text, options, cancel: new Int32Array(new SharedArrayBuffer(4)), settled: false, resolve, reject, release: () => {} };
    this.latest.set(key, job);
    this.queue.push(job);
    if (token) {
      const subscription = token.onCancellationRequested(() => this.cancelJob(job));
      job.release = () => subscription.dispose();
    }
    this.pump();
    return promise;
  }

  /** Cancels the pending request of a document (it changed again), keeping the worker's caches for it. */
  cancel(key: string): void {
    const job = this.latest.get(key);
    if (job) this.cancelJob(job);
  }

  /** Drops a closed document: its pending request is cancelled and the worker frees its caches. */
  forget(key: string): void {
    this.cancel(key);
    this.worker?.postMessage({ type: 'forget', key });
  }

  /** The corpus files or settings changed: the worker reloads the corpus on its next request. */
  invalidateCorpus(): void {
    this.worker?.postMessage({ type: 'invalidate-corpus' });
  }

  /** Cancels everything and stops the worker. */
  dispose(): void {
    this.disposed = true;
    for (const job of [...this.queue, ...(this.running ? [this.running] : [])]) this.cancelJob(job);
    this.stopWorker();
  }

  private cancelJob(job: Job): void {
    Atomics.store(job.cancel, 0, 1);
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    this.settle(job, (j) => j.resolve(CANCELLED));
  }

  private settle(job: Job, how: (job: Job) => void): void {
    if (this.latest.get(job.key) === job) this.latest.delete(job.key);
    if (job.settled) return;
    job.settled = true;
    job.release();
    how(job);
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const job = this.queue.shift();
    if (!job) return;
    this.running = job;
    const worker = this.ensureWorker();
    worker.postMessage({ type: 'analyze', id: job.id, key: job.key, text: job.text, options: job.options, cancel: job.cancel.buffer as SharedArrayBuffer });
    if (this.options.timeoutMs) this.timer = setTimeout(() => this.fail(new Error(`analysis took longer than ${this.options.timeoutMs} ms and was stopped`)), this.options.timeoutMs);
  }

  private ensureWorker(): WorkerPort {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    worker.on('message', (response) => {
      if (worker === this.worker) this.receive(response);
    });
    worker.on('error', (error) => {
      if (worker === this.worker) this.fail(error);
    });
    worker.on('exit', (code) => {
      if (worker === this.worker) this.fail(new Error(`analysis worker exited with code ${code}`));
    });
    this.worker = worker;
    return worker;
  }

  private receive(response: WorkerResponse): void {
    const job = this.running;
    if (!job || job.id !== response.id) return;
    this.finishRunning();
    if (response.type === 'done') this.settle(job, (j) => j.resolve({ status: 'done', findings: response.findings, failures: response.failures, corpusErrors: response.corpusErrors }));
    else if (response.type === 'cancelled') this.settle(job, (j) => j.resolve(CANCELLED));
    else this.settle(job, (j) => j.reject(new Error(response.message)));
    this.pump();
  }

  /** The worker crashed, exited or hung: the running request fails, the worker is replaced for the next. */
  private fail(error: Error): void {
    const job = this.running;
    this.finishRunning();
    this.stopWorker();
    if (job) this.settle(job, (j) => j.reject(error));
    this.pump();
  }

  private finishRunning(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.running = undefined;
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
  }
}

/** A client whose worker runs the bundled engine in `scriptPath` (dist/worker.js next to the extension). */
export function createWorkerClient(scriptPath: string, options: WorkerClientOptions = {}): AnalysisWorkerClient {
  return new AnalysisWorkerClient(() => new Worker(scriptPath), options);
}
