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
/** Whole run for 2,000 files, generous for a loaded 2-core machine. */
const MAX_SECONDS = 60;
/** Peak RSS may grow this much from 500 to 2,000 files (the text itself is ~4 MB more). */
const MAX_GROWTH_MB = 64;

let root = '';

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
  (p: string, q: string, n: number) => `A senior official, who spoke on condition of anonymity, said ${n} inspectors had been sent to ${q}.`,
  (p: string, q: string, n: number) => `According to people familiar with the matter, the council in ${q} will vote on a budget of $${n}.5 million.`,
  (p: string, q: string, n: number) => `${p}, ${n + 30}, told reporters that the plan was “undeniably the best option” for ${q}. 🚧`,
  (p: string, q: string, n: number) => `Critics say the ${n}-page report ignores the flood risk near ${q}; ${p} disagreed.`,
  (p: string, q: string, n: number) => `At least ${n} people were evacuated from ${q} on Monday, police said.`,
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
      writeFileSync(join(dir, `article-${i}.${i % 3 ? 'md' : 'txt'}`), article(i));
    }
  }
  writeFileSync(join(root, 'peak-rss.cjs'), "process.on('exit', () => require('fs').writeFileSync(process.env.CREDENCE_RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
});
after(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Measured {
  seconds: number;
  peakRssMb: number;
  files: number;
  findings: number;
  status: number | null;
}

/** Runs `credence check <folder> --format json` with the default corpus; peak RSS comes from the child itself. */
function checkFolder(name: string): Measured {
  const rssFile = join(root, `${name}.rss`);
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--require', join(root, 'peak-rss.cjs'), CLI, 'check', name, '--format', 'json', '--fail-on', 'error'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: 5 * MAX_SECONDS * 1000,
    env: { ...process.env, CREDENCE_RSS_FILE: rssFile },
  });
  const seconds = (performance.now() - started) / 1000;
  assert.equal(r.error, undefined, r.error?.message);
  assert.equal(r.stderr, '', 'no file of the workspace is a problem');
  const report = JSON.parse(r.stdout) as { files: Array<{ findings: unknown[] }> };
  return {
    seconds,
    peakRssMb: Number(readFileSync(rssFile, 'utf8')) / 1024,
    files: report.files.length,
    findings: report.files.reduce((n, f) => n + f.findings.length, 0),
    status: r.status,
  };
}

test(`the CLI checks ${FILES.toLocaleString('en')} files within ${MAX_SECONDS} s, and peak memory stays bounded`, (t) => {
  const small = checkFolder('small');
  const large = checkFolder('large');
  const line = (m: Measured) => `${m.files} files: ${m.seconds.toFixed(1)} s, peak RSS ${m.peakRssMb.toFixed(0)} MB, ${m.findings} findings, exit ${m.status}`;
  t.diagnostic(line(small));
  t.diagnostic(line(large));
  console.log(`load: ${line(small)}\nload: ${line(large)}`);
  assert.equal(small.files, SMALL);
  assert.equal(large.files, FILES);
  assert.ok(large.findings > FILES, 'the articles have findings, so the rules really ran');
  assert.ok(large.status === 0 || large.status === 1, `exit ${large.status}`);
  assert.ok(large.seconds < MAX_SECONDS, `${large.seconds.toFixed(1)} s for ${FILES} files`);
  assert.ok(large.peakRssMb - small.peakRssMb < MAX_GROWTH_MB, `peak RSS grew ${(large.peakRssMb - small.peakRssMb).toFixed(0)} MB from ${SMALL} to ${FILES} files`);
});
