// The worker client: newest request per document wins, stale runs are cancelled, a crashed or hung
// worker is replaced. Most tests drive a fake worker by hand; the last ones use the real bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Analyzer, DETECTORS } from '../../src/engine';
import { AnalysisWorker } from '../../src/vscode/analysis-worker';
import { AnalysisWorkerClient, createWorkerClient, type CancellationLike, type WorkerOutcome, type WorkerPort } from '../../src/vscode/worker-client';
import type { WorkerRequest, WorkerResponse } from '../../src/vscode/worker-protocol';

type AnalyzeRequest = Extract<WorkerRequest, { type: 'analyze' }>;

class FakeWorker extends EventEmitter implements WorkerPort {
  readonly received: WorkerRequest[] = [];
  terminated = false;
  postMessage(message: WorkerRequest): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  analyses(): AnalyzeRequest[] {
    return this.received.filter((m): m is AnalyzeRequest => m.type === 'analyze');
  }
  last(): AnalyzeRequest {
    return this.analyses().at(-1)!;
  }
  reply(response: WorkerResponse): void {
    this.emit('message', response);
  }
  done(request: AnalyzeRequest): void {
    this.reply({ type: 'done', id: request.id, findings: [], failures: [], corpusErrors: [] });
  }
}

function setup(options = {}) {
  const workers: FakeWorker[] = [];
  const client = new AnalysisWorkerClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  }, options);
  return { client, workers };
}

const OPTIONS = { uri: 'draft.md', languageId: 'markdown' };
const cancelFlag = (request: AnalyzeRequest) => Atomics.load(new Int32Array(request.cancel), 0);
const settled = async (promise: Promise<unknown>) => Promise.race([promise.then(() => true, () => true), new Promise((r) => setImmediate(() => r(false)))]);

test('a newer request for the same document cancels the running one and runs after it', async () => {
  const { client, workers } = setup();
  const first = client.analyze('a', 'one', OPTIONS);
  const worker = workers[0]!;
  const running = worker.last();
  const second = client.analyze('a', 'two', OPTIONS);
  assert.deepEqual(await first, { status: 'cancelled' });
  assert.equal(cancelFlag(running), 1, 'the running analysis is told to stop');
  assert.equal(worker.analyses().length, 1, 'the newer request waits for the worker');
  worker.reply({ type: 'cancelled', id: running.id });
  assert.equal(worker.last().text, 'two');
  worker.done(worker.last());
  assert.equal(((await second) as WorkerOutcome).status, 'done');
});

test('queued requests that went stale are never sent', async () => {
  const { client, workers } = setup();
  const a1 = client.analyze('a', 'a1', OPTIONS);
  const b1 = client.analyze('b', 'b1', OPTIONS);
  const b2 = client.analyze('b', 'b2', OPTIONS);
  const b3 = client.analyze('b', 'b3', OPTIONS);
  assert.deepEqual(await b1, { status: 'cancelled' });
  assert.deepEqual(await b2, { status: 'cancelled' });
  const worker = workers[0]!;
  worker.done(worker.last());
  assert.equal(((await a1) as WorkerOutcome).status, 'done', 'another document is not cancelled');
  assert.deepEqual(worker.analyses().map((r) => r.text), ['a1', 'b3']);
  worker.done(worker.last());
  assert.equal(((await b3) as WorkerOutcome).status, 'done');
});

test('a late result of a cancelled run is dropped', async () => {
  const { client, workers } = setup();
  const first = client.analyze('a', 'one', OPTIONS);
  const worker = workers[0]!;
  const stale = worker.last();
  const second = client.analyze('a', 'two', OPTIONS);
  worker.reply({ type: 'done', id: stale.id, findings: [{ ruleId: 'stale' } as never], failures: [], corpusErrors: [] });
  assert.deepEqual(await first, { status: 'cancelled' });
  worker.reply({ type: 'done', id: worker.last().id, findings: [], failures: [], corpusErrors: [] });
  const outcome = (await second) as Extract<WorkerOutcome, { status: 'done' }>;
  assert.deepEqual(outcome.findings, []);
});

test('a cancellation token cancels a queued or running request', async () => {
  const { client, workers } = setup();
  const listeners: Array<() => void> = [];
  const token: CancellationLike & { cancel(): void } = {
    isCancellationRequested: false,
    onCancellationRequested: (listener) => {
      listeners.push(listener);
      return { dispose: () => listeners.splice(listeners.indexOf(listener), 1) };
    },
    cancel() {
      (this as { isCancellationRequested: boolean }).isCancellationRequested = true;
      for (const l of [...listeners]) l();
    },
  };
  const running = client.analyze('a', 'one', OPTIONS, token);
  const queued = client.analyze('b', 'two', OPTIONS, token);
  token.cancel();
  assert.deepEqual(await running, { status: 'cancelled' });
  assert.deepEqual(await queued, { status: 'cancelled' });
  assert.equal(listeners.length, 0, 'token subscriptions are released');
  const worker = workers[0]!;
  assert.equal(cancelFlag(worker.last()), 1);
  worker.reply({ type: 'cancelled', id: worker.last().id });
  assert.equal(worker.analyses().length, 1, 'the cancelled queued request is not sent');
  assert.deepEqual(await client.analyze('c', 'x', OPTIONS, token), { status: 'cancelled' }, 'an already cancelled token runs nothing');
});

test('a crashed worker fails its request and is replaced for the next', async () => {
  const { client, workers } = setup();
  const first = client.analyze('a', 'one', OPTIONS);
  const queued = client.analyze('b', 'two', OPTIONS);
  workers[0]!.emit('error', new Error('boom'));
  await assert.rejects(first, /boom/);
  assert.equal(workers[0]!.terminated, true);
  assert.equal(workers.length, 2, 'the queued request starts a new worker');
  assert.equal(workers[1]!.last().text, 'two');
  workers[1]!.done(workers[1]!.last());
  assert.equal(((await queued) as WorkerOutcome).status, 'done');
});

test('a run that hangs past the timeout is stopped and reported', async () => {
  const { client, workers } = setup({ timeoutMs: 20 });
  await assert.rejects(client.analyze('a', 'one', OPTIONS), /longer than 20 ms/);
  assert.equal(workers[0]!.terminated, true);
  const next = client.analyze('a', 'two', OPTIONS);
  workers[1]!.done(workers[1]!.last());
  assert.equal(((await next) as WorkerOutcome).status, 'done');
});

test('forget and dispose cancel what is pending', async () => {
  const { client, workers } = setup();
  const a = client.analyze('a', 'one', OPTIONS);
  const b = client.analyze('b', 'two', OPTIONS);
  client.forget('a');
  assert.deepEqual(await a, { status: 'cancelled' });
  assert.ok(workers[0]!.received.some((m) => m.type === 'forget' && m.key === 'a'));
  client.dispose();
  assert.deepEqual(await b, { status: 'cancelled' });
  assert.equal(workers[0]!.terminated, true);
  assert.equal(await settled(client.analyze('c', 'x', OPTIONS)), true);
});

const SEEDS = join(process.cwd(), 'seeds');
const seed = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()[0]!;
const seedText = readFileSync(join(SEEDS, seed), 'utf8');

test('the worker side answers with what the engine finds, and honours a set cancel flag', () => {
  const worker = new AnalysisWorker();
  const responses: WorkerResponse[] = [];
  const cancel = new SharedArrayBuffer(4);
  worker.handle({ type: 'analyze', id: 1, key: 'k', text: seedText, options: { uri: 'seed.txt', languageId: 'plaintext' }, cancel }, (r) => responses.push(r));
  const expected = new Analyzer(DETECTORS).analyze(seedText, { uri: 'seed.txt', languageId: 'plaintext' }).findings;
  assert.deepEqual(responses[0], { type: 'done', id: 1, findings: expected, failures: [], corpusErrors: [] });
  Atomics.store(new Int32Array(cancel), 0, 1);
  worker.handle({ type: 'analyze', id: 2, key: 'k', text: `${seedText}\n\nMore.`, options: { uri: 'seed.txt', languageId: 'plaintext' }, cancel }, (r) => responses.push(r));
  assert.deepEqual(responses[1], { type: 'cancelled', id: 2 });
});

const BUNDLE = resolve('dist/worker.js');

test('the bundled worker thread analyses off the main thread and stops a stale run', { skip: !existsSync(BUNDLE) && 'dist/worker.js not built' }, async () => {
  const client = createWorkerClient(BUNDLE, { timeoutMs: 60_000 });
  try {
    const options = { uri: join(SEEDS, seed), languageId: 'plaintext' };
    const outcome = await client.analyze('seed', seedText, options);
    assert.equal(outcome.status, 'done');
    const expected = new Analyzer(DETECTORS).analyze(seedText, options).findings;
    assert.deepEqual((outcome as Extract<WorkerOutcome, { status: 'done' }>).findings, expected);
    // A long draft, then an edit before it is done: the first run is cancelled, the second answers.
    const long = Array.from({ length: 500 }, (_, i) => `Paragraph ${i}: officials said the figure was ${i * 7}, according to people familiar with the talks.`).join('\n\n');
    const stale = client.analyze('long', long, { uri: 'long.md', languageId: 'markdown' });
    const fresh = client.analyze('long', `${long}\n\nOne more.`, { uri: 'long.md', languageId: 'markdown' });
    assert.deepEqual(await stale, { status: 'cancelled' });
    assert.equal((await fresh).status, 'done');
  } finally {
    client.dispose();
  }
});
