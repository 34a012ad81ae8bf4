// Load: "Check workspace" on 2,000 generated drafts finishes with a progress bar, reports every file,
// can be cancelled midway, and keeps only diagnostics (not texts or parsed documents), so the
// extension host's memory stays bounded.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import type { CredenceApi } from '../../../src/vscode/extension';
import { screenshot } from './helpers';
import { api, credence, folder, ruleOf } from './support';

const FILES = 2_000;
/** The generated files go to a fresh folder with this prefix in the fixture workspace. */
const PREFIX = 'credence-load-test-';
/**
 * Bound on the heap still reachable after a full GC once the check is done. Keeping each file's
 * diagnostics costs about 10 MB here (4–5 findings per file); keeping each file's parsed document
 * as well, as for an open draft, measured 81 MB. 40 MB tells the two apart with room for noise.
 */
const MAX_RETAINED_HEAP_MB = 40;
/**
 * Bound on the extension host's RSS growth during the check. RSS also counts garbage V8 has not
 * returned yet, so it is a coarse guard against runaway growth (measured 23–118 MB, with or without
 * the documents kept); the retained heap above is what tells whether the check leaks.
 */
const MAX_RSS_GROWTH_MB = 200;

const PLACES = ['the bus depot', 'the northern bypass', 'the water treatment plant', 'Quay Street', 'the old grain silo', 'the night market', 'the county archive'];
const PEOPLE = ['Aiyana Brookes', 'Tomasz Wielgus', 'Hélène Marchetti', 'Kwame Asante', 'Sofía Ibarra', 'Ravi Menon', 'Ingrid Solberg'];
const MONTHS = ['June', 'September', 'the autumn', 'January'];
const UNNAMED = ['a council official', 'a person familiar with the plans', 'two staff members, who asked not to be named', 'sources close to the board', 'an engineer on the project'];

/** A short news draft (about 750 characters), different for each `i`: quotes with named speakers, unnamed sources, figures; CRLF in every fourth. */
function draft(i: number, markdown: boolean): string {
  const place = PLACES[i % PLACES.length]!;
  const person = PEOPLE[(i * 3) % PEOPLE.length]!;
  const unnamed = UNNAMED[(i * 5) % UNNAMED.length]!;
  const other = PEOPLE[(i * 3 + 2) % PEOPLE.length]!;
  const lines = [
    markdown ? `# Work at ${place} delayed again (${i})` : `Work at ${place} delayed again (${i})`,
    '',
    `Repairs at ${place} will take ${(i % 11) + 2} more weeks, ${unnamed} said on ${['Monday', 'Tuesday', 'Thursday'][i % 3]}, after inspectors found ${(i % 7) + 3} cracked supports.`,
    '',
    `“We knew about the cracks in ${2010 + (i % 14)}, and nobody listened,” said ${person}, who chairs the residents’ association. 🚧`,
    '',
    `The budget rose to ${(i % 40) + 12} million, according to documents seen by reporters.`,
    '',
    `A spokesperson for the county said a full report would be published in ${MONTHS[i % MONTHS.length]}. The contractor declined to comment.`,
    '',
    `“It is not safe to walk here after dark,” said ${other}, adding that the street lights had failed ${(i % 5) + 2} times this year.`,
    '',
    `Residents have been asked to use the detour via ${PLACES[(i + 2) % PLACES.length]} until the work is done, ${i % 2 ? 'officials said' : 'the council said in a statement'}.`,
    '',
  ];
  return lines.join(i % 4 === 3 ? '\r\n' : '\n');
}

/** Runs a full garbage collection in the extension host (V8's `gc`, reached without a command-line flag). */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

describe('Credence on a workspace of 2,000 files', function () {
  this.timeout(300_000);
  let credenceApi: CredenceApi;
  let dir: string;
  let generated: vscode.Uri[];
  const logged: string[] = [];
  let listening: vscode.Disposable | undefined;

  before(async () => {
    credenceApi = await api();
    listening = credenceApi.onDidLog((line) => logged.push(line));
    // A run killed midway leaves its folder behind, which would only add to the file count.
    const root = folder().uri.fsPath;
    for (const stale of fs.readdirSync(root).filter((name) => name.startsWith(PREFIX))) fs.rmSync(path.join(root, stale), { recursive: true, force: true });
    dir = fs.mkdtempSync(path.join(root, PREFIX));
    generated = [];
    for (let i = 0; i < FILES; i++) {
      const markdown = i % 2 === 0;
      const file = path.join(dir, `draft-${String(i).padStart(4, '0')}.${markdown ? 'md' : 'txt'}`);
      fs.writeFileSync(file, draft(i, markdown));
      generated.push(vscode.Uri.file(file));
    }
  });

  after(() => {
    listening?.dispose();
    // The files go away behind VS Code's back; their diagnostics must not outlive them.
    for (const uri of generated ?? []) credenceApi?.diagnostics.forget(uri);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('checks all 2,000 files with a progress bar, keeps only their diagnostics, and uses bounded memory', async () => {
    collectGarbage();
    const rssBefore = process.memoryUsage().rss;
    const heapBefore = process.memoryUsage().heapUsed;
    let peakRss = rssBefore;
    const steps: Array<[number, number]> = [];
    let shot: Promise<string | undefined> | undefined;
    const started = Date.now();
    const report = await credenceApi.checkWorkspace({
      onProgress: (done, total) => {
        steps.push([done, total]);
        if (done % 100 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
        // The progress notification, for people (offline route only).
        if (done === 200) shot = screenshot('workspace-check-progress');
      },
    });
    const took = Date.now() - started;
    await shot;
    const rssAfter = process.memoryUsage().rss;
    peakRss = Math.max(peakRss, rssAfter);
    collectGarbage();
    const heapRetained = process.memoryUsage().heapUsed - heapBefore;
    console.log(`      checked ${report.checked} of ${report.files} files (${report.findings} findings) in ${took} ms; RSS ${mb(rssBefore)} → ${mb(rssAfter)} MB (peak ${mb(peakRss)} MB), heap retained after GC ${mb(heapRetained)} MB`);

    assert.equal(report.cancelled, false);
    assert.ok(report.files >= FILES, `files: ${report.files}`);
    assert.equal(report.checked, report.files - report.skipped.length);
    const prefix = path.basename(dir) + '/';
    assert.deepEqual(report.skipped.filter((s) => s.path.includes(prefix)), [], 'no generated file is skipped');
    // The progress bar advanced once per file, in order, up to the total.
    assert.equal(steps.length, report.files);
    assert.ok(steps.every(([done, total], i) => done === i + 1 && total === report.files));

    for (const uri of generated) {
      const result = credenceApi.diagnostics.result(uri);
      assert.ok(result, `${uri.fsPath} was checked`);
      assert.equal(result.document, undefined, `${uri.fsPath}: only the findings are kept, not the parsed document`);
      assert.ok(result.findings.some((f) => f.ruleId === 'anonymous-source'), `${uri.fsPath}: ${result.findings.map((f) => f.ruleId).join(', ')}`);
    }
    for (const uri of [generated[0]!, generated[1]!, generated[FILES - 1]!]) {
      assert.ok(credence(uri).some((d) => ruleOf(d) === 'anonymous-source'), `diagnostics shown for ${uri.fsPath}`);
    }
    assert.deepEqual(logged.filter((l) => / failed: /.test(l)), [], 'nothing failed');

    assert.ok(peakRss - rssBefore < MAX_RSS_GROWTH_MB * 1e6, `RSS grew by ${mb(peakRss - rssBefore)} MB`);
    assert.ok(heapRetained < MAX_RETAINED_HEAP_MB * 1e6, `${mb(heapRetained)} MB of heap retained`);
  });

  it('can be cancelled midway: it stops before the next file, without errors, keeping what it checked', async () => {
    for (const uri of generated) credenceApi.diagnostics.forget(uri);
    const cancel = new vscode.CancellationTokenSource();
    const stopAt = 500;
    let last = 0;
    const report = await credenceApi.checkWorkspace({
      token: cancel.token,
      onProgress: (done) => {
        last = done;
        if (done === stopAt) cancel.cancel();
      },
    });
    cancel.dispose();
    console.log(`      cancelled after ${report.checked} of ${report.files} files`);

    assert.equal(report.cancelled, true);
    assert.equal(last, stopAt, 'no file was checked after the cancellation');
    assert.equal(report.checked + report.skipped.length, stopAt);
    assert.ok(report.files >= FILES);
    assert.deepEqual(logged.filter((l) => / failed: /.test(l)), [], 'nothing failed');
    const checked = generated.filter((uri) => credenceApi.diagnostics.result(uri));
    assert.ok(checked.length > 0 && checked.length <= stopAt, `${checked.length} generated files have results`);
    assert.equal(credenceApi.diagnostics.result(generated[FILES - 1]!), undefined, 'the last file was not reached');
  });
});
