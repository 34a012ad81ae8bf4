// Load: the built CLI checks a generated workspace of 2,000 articles, and its memory stays bounded:
// peak RSS for 2,000 files is close to that for 500, because nothing per file outlives its report.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const FILES = 2_000;
const SMALL = 500;
/**
 * CPU seconds (user + system) of the CLI for 2,000 files. CPU time, not wall time, is asserted: on a
 * shared machine wall time also counts other processes' turns. Wall time is printed next to it.
 */
const MAX_CPU_SECONDS = 60;
/**
 * The CLI runs with its V8 heap capped at this size: if anything per file were kept until the end,
 * 2,000 files would run out of heap. Uncapped, V8 grows the heap lazily and peak RSS also counts
 * garbage not yet collected (measured: 129 MB for 500 files, 173 MB for 2,000).
 */
const HEAP_CAP_MB = 64;
/** Peak RSS may grow this much from 500 to 2,000 files. */
const MAX_GROWTH_MB = 32;

let root = '';
const sizes = { small: 0, large: 0 };

/** Deterministic pseudo-random numbers (mulberry32), so every run checks the same workspace. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ['Ana Ferreira', 'Tomas Okafor', 'Lena Brandt', 'Ines Varga', 'Petra Holm', 'Jonas Lind', 'Mira Castell', 'Ravi Menon'];
const PLACES = ['Port Elsby', 'Vardø Bay', 'Kestrel Falls', 'São Brás', 'Northgate', 'Lower Ashby'];
const PARAGRAPHS = [
  (p: string, q: string, n: number) => `“We expect the ${q} bridge to reopen within ${n} weeks,” ${p} said on Tuesday.`,
  (_p: string, q: string, n: number) => `A senior official, who spoke on condition of anonymity, said ${n} inspectors had been sent to ${q}.`,
  (_p: string, q: string, n: number) => `According to people familiar with the matter, the council in ${q} will vote on a budget of $${n}.5 million.`,
  (p: string, q: string, n: number) => `${p}, ${n + 30}, told reporters that the plan was “undeniably the best option” for ${q}. 🚧`,
  (p: string, q: string, n: number) => `Critics say the ${n}-page report ignores the flood risk near ${q}; ${p} disagreed.`,
  (_p: string, q: string, n: number) => `At least ${n} people were evacuated from ${q} on Monday, police said.`,
  (_p: string, q: string, _n: number) => `Officials in ${q} said the harbour road would stay closed. “It is not safe,” one engineer said.`,
];
const TAILS = ['Follow us on our app for live updates.', 'Subscribe to our newsletter for more stories like this.', ''];

function article(index: number): string {
  const next = random(index + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const lines = [`# ${pick(PLACES)} council weighs repairs (${index})`, ''];
  const count = 8 + Math.floor(next() * 8);
  for (let i = 0; i < count; i++) lines.push(pick(PARAGRAPHS)(pick(PEOPLE), pick(PLACES), 2 + Math.floor(next() * 60)), '');
  lines.push(pick(TAILS), '');
  return lines.join(next() < 0.2 ? '\r\n' : '\n');
}

before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run \`npm run build\` first (npm test does)`);
  root = mkdtempSync(join(tmpdir(), 'credence-load-'));
  for (const [name, n] of [['small', SMALL], ['large', FILES]] as const) {
    for (let i = 0; i < n; i++) {
      const dir = join(root, name, `section-${Math.floor(i / 100)}`);
      mkdirSync(dir, { recursive: true });
      const text = article(i);
      writeFileSync(join(dir, `article-${i}.${i % 3 ? 'md' : 'txt'}`), text);
      sizes[name] += Buffer.byteLength(text) / 1024 / 1024;
    }
  }
  // Preloaded into the CLI: its own peak RSS (KB) and CPU time (µs) at exit, as JSON.
  writeFileSync(join(root, 'usage.cjs'), "process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeFileSync(process.env.CREDENCE_USAGE_FILE, JSON.stringify(u)); });\n");
});
after(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Measured {
  seconds: number;
  cpuSeconds: number;
  megabytes: number;
  peakRssMb: number;
  files: number;
  findings: number;
  status: number | null;
}

/** Runs `credence check <folder> --format json` with the default corpus; peak RSS and CPU time come from the child itself. */
function checkFolder(name: string, megabytes: number): Measured {
  const usageFile = join(root, `${name}.usage.json`);
  const started = performance.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_CAP_MB}`, '--require', join(root, 'usage.cjs'), CLI, 'check', name, '--format', 'json', '--fail-on', 'error'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: 10 * MAX_CPU_SECONDS * 1000,
    env: { ...process.env, CREDENCE_USAGE_FILE: usageFile },
  });
  const seconds = (performance.now() - started) / 1000;
  assert.equal(r.error, undefined, r.error?.message);
  assert.equal(r.stderr, '', 'no file of the workspace is a problem, and the heap cap was enough');
  const report = JSON.parse(r.stdout) as { files: Array<{ findings: unknown[] }> };
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as NodeJS.ResourceUsage;
  return {
    seconds,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    megabytes,
    peakRssMb: usage.maxRSS / 1024,
    files: report.files.length,
    findings: report.files.reduce((n, f) => n + f.findings.length, 0),
    status: r.status,
  };
}

test(`the CLI checks ${FILES.toLocaleString('en')} files within ${MAX_CPU_SECONDS} CPU seconds in a ${HEAP_CAP_MB} MB heap, and peak memory stays flat`, (t) => {
  const small = checkFolder('small', sizes.small);
  const large = checkFolder('large', sizes.large);
  const line = (m: Measured) =>
    `${m.files} files (${m.megabytes.toFixed(1)} MB): ${m.cpuSeconds.toFixed(1)} s CPU, ${m.seconds.toFixed(1)} s wall, peak RSS ${m.peakRssMb.toFixed(0)} MB, ${m.findings} findings, exit ${m.status}`;
  t.diagnostic(line(small));
  t.diagnostic(line(large));
  console.log(`load: ${line(small)}\nload: ${line(large)}`);
  assert.equal(small.files, SMALL);
  assert.equal(large.files, FILES);
  assert.ok(large.findings > FILES, 'the articles have findings, so the rules really ran');
  assert.ok(large.status === 0 || large.status === 1, `exit ${large.status}`);
  assert.ok(large.cpuSeconds < MAX_CPU_SECONDS, `${large.cpuSeconds.toFixed(1)} CPU seconds for ${FILES} files`);
  assert.ok(large.peakRssMb - small.peakRssMb < MAX_GROWTH_MB, `peak RSS grew ${(large.peakRssMb - small.peakRssMb).toFixed(0)} MB from ${SMALL} to ${FILES} files`);
});
