// Scores the CLI's JSON output against hand annotations: the seeds (../shared/eval/seeds-gold.json)
// and the development set (../shared/eval/dev). Matching follows ../shared/eval/dev/README.md.
// Usage: node scripts/eval.mjs [--misses] [--set seeds|dev] [--dir SET_DIR] [--json]
// --dir scores another set laid out like the dev set (gold.json + manifest.json + articles).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
const shared = [resolve('../shared'), resolve('shared')].find((p) => existsSync(join(p, 'eval')));
if (!shared) {
  console.error('eval: ../shared/eval not found (the annotations live beside the repository)');
  process.exit(2);
}
const KINDS = ['anonymous-source', 'quote', 'promotional', 'claim-conflict'];
const KIND_OF_RULE = { 'anonymous-source': 'anonymous-source', quote: 'quote', 'unattributed-quote': 'quote', promotional: 'promotional', 'claim-conflict': 'claim-conflict' };
const CLI = resolve('dist/cli.js');

function runCli(cwd, argv) {
  try {
    return JSON.parse(execFileSync('node', [CLI, 'check', ...argv, '--format', 'json'], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 }));
  } catch (error) {
    if (error.stdout) return JSON.parse(error.stdout);
    throw error;
  }
}

/** Findings of the seeds, compared with the bundled corpus (the other seeds). */
function seedsFindings() {
  const out = runCli(resolve('seeds'), ['.']);
  return out.files.flatMap((f) => f.findings.map((x) => ({ ...x, file: basename(f.path) })));
}

/** Findings of the dev set, each cluster checked against the other articles of that cluster. */
function devFindings(devDir) {
  const manifest = JSON.parse(readFileSync(join(devDir, 'manifest.json'), 'utf8'));
  const clusters = new Map();
  for (const entry of manifest) {
    const key = entry.cluster ?? entry.file;
    if (!clusters.has(key)) clusters.set(key, []);
    clusters.get(key).push(entry);
  }
  const findings = [];
  for (const entries of clusters.values()) {
    const dir = mkdtempSync(join(tmpdir(), 'credence-eval-'));
    try {
      for (const e of entries) cpSync(join(devDir, e.file), join(dir, e.file));
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ articles: entries.map((e) => ({ file: e.file, outlet: e.outlet, date: e.published, title: null })) }));
      const out = runCli(dir, ['.', '--no-default-corpus', '--corpus', '.']);
      for (const f of out.files) findings.push(...f.findings.map((x) => ({ ...x, file: basename(f.path) })));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return findings;
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

function score(name, gold, findings) {
  const rows = [];
  const misses = [];
  for (const kind of KINDS) {
    const g = gold.filter((a) => a.kind === kind);
    const notQuotes = gold.filter((a) => a.kind === 'not-a-quote');
    const f = findings.filter((x) => KIND_OF_RULE[x.rule] === kind);
    const matches = (finding, ann) => {
      if (ann.file !== finding.file || !overlaps(ann, finding)) return false;
      if (kind !== 'claim-conflict') return true;
      return (finding.related ?? []).some((r) => (ann.conflictsWith ?? []).some((c) => c.file === basename(r.path) && overlaps(c, r)));
    };
    let tp = 0;
    let counted = 0;
    let exact = 0;
    for (const finding of f) {
      const hits = g.filter((a) => matches(finding, a));
      const required = hits.filter((a) => a.required);
      if (required.length) {
        tp++;
        counted++;
        if (required.some((a) => a.start === finding.start && a.end === finding.end)) exact++;
      } else if (hits.length && !(kind === 'quote' && notQuotes.some((n) => n.file === finding.file && overlaps(n, finding)))) {
        // matches only optional gold: neither rewarded nor punished
      } else {
        counted++;
        misses.push(`  FP ${kind} ${finding.file}:${finding.start}-${finding.end} ${JSON.stringify(excerpt(finding))}${finding.speaker ? ` speaker=${finding.speaker}` : ''}`);
      }
    }
    const required = g.filter((a) => a.required);
    const found = required.filter((a) => f.some((x) => matches(x, a)));
    for (const a of required) if (!found.includes(a)) misses.push(`  FN ${kind} ${a.file}:${a.start}-${a.end} ${JSON.stringify(a.text.slice(0, 90))}`);
    let speakerOk = 0;
    if (kind === 'quote') {
      for (const a of found) {
        const x = f.find((y) => matches(y, a));
        const aliases = (a.speaker ?? []).map((s) => s.toLowerCase());
        const ok = x.speaker && aliases.includes(x.speaker.toLowerCase()) && Boolean(x.anonymousSpeaker) === Boolean(a.anonymousSpeaker);
        if (ok) speakerOk++;
        else misses.push(`  SPEAKER ${a.file}:${a.start} ${JSON.stringify(a.text.slice(0, 50))} got=${x.speaker ?? '-'}${x.anonymousSpeaker ? ' (anon)' : ''} want=${(a.speaker ?? []).join('|')}${a.anonymousSpeaker ? ' (anon)' : ''}`);
      }
    }
    const precision = counted ? tp / counted : 1;
    const recall = required.length ? found.length / required.length : 1;
    rows.push({ set: name, kind, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, findings: f.length, required: required.length, exact, speakerAccuracy: kind === 'quote' ? (found.length ? speakerOk / found.length : 1) : undefined });
  }
  const nicknames = findings.filter((x) => KIND_OF_RULE[x.rule] === 'quote' && gold.some((n) => n.kind === 'not-a-quote' && n.file === x.file && overlaps(n, x)));
  return { rows, misses, nicknamesReported: nicknames.length };
}

function excerpt(f) {
  return (f.text ?? f.message).slice(0, 90);
}

const results = [];
if (!only || only === 'seeds') {
  const gold = JSON.parse(readFileSync(join(shared, 'eval', 'seeds-gold.json'), 'utf8')).annotations;
  results.push(score('seeds', gold, seedsFindings()));
}
const extraDir = args.includes('--dir') ? resolve(args[args.indexOf('--dir') + 1]) : undefined;
for (const devDir of extraDir ? [extraDir] : !only || only === 'dev' ? [join(shared, 'eval', 'dev')] : []) {
  const gold = JSON.parse(readFileSync(join(devDir, 'gold.json'), 'utf8')).annotations;
  results.push(score(extraDir ? basename(devDir) : 'dev', gold, devFindings(devDir)));
}

const pct = (x) => (x === undefined ? '     ' : x.toFixed(2).padStart(5));
if (args.includes('--json')) {
  console.log(JSON.stringify(results.map((r) => ({ rows: r.rows, nicknamesReported: r.nicknamesReported })), null, 2));
} else {
  console.log('set     rule              precision recall   F1  speaker  findings required exact');
  for (const r of results) {
    for (const row of r.rows) console.log(`${row.set.padEnd(7)} ${row.kind.padEnd(17)} ${pct(row.precision)}    ${pct(row.recall)} ${pct(row.f1)}  ${pct(row.speakerAccuracy)}  ${String(row.findings).padStart(8)} ${String(row.required).padStart(8)} ${String(row.exact).padStart(5)}`);
    console.log(`${r.rows[0].set.padEnd(7)} nicknames reported as quotes: ${r.nicknamesReported}`);
  }
  if (showMisses) for (const r of results) console.log(`\n${r.rows[0].set} misses:\n${r.misses.join('\n')}`);
}
