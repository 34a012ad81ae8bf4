// Times the corpus index: reading the seed corpus into claims, and checking one article against it
// (first check, then re-checks after a one-word edit, which reuse the per-block caches).
// Usage: node scripts/time-corpus.mjs [corpus-dir] [article]   (defaults: seeds, its first article)
import * as esbuild from 'esbuild';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = resolve(process.argv[2] ?? 'seeds');
const article = resolve(process.argv[3] ?? join(dir, readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort()[0]));
const out = mkdtempSync(join(tmpdir(), 'credence-time-'));
const entry = `
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Analyzer, DETECTORS } from './src/engine';
import { loadCorpus, articleInfoForFile } from './src/node/corpus-loader';
export function run(dir, article) {
  const ms = (t) => Math.round((performance.now() - t) * 100) / 100;
  let t = performance.now();
  const { corpus, errors } = loadCorpus({ paths: [dir], includeSeeds: false, seedsDir: dir });
  const index = ms(t);
  // The first load also compiles regexes and warms the JIT; a second load shows the steady cost.
  t = performance.now();
  loadCorpus({ paths: [dir], includeSeeds: false, seedsDir: dir });
  const reindex = ms(t);
  const text = readFileSync(article, 'utf8');
  const info = articleInfoForFile(article, text);
  const analyzer = new Analyzer(DETECTORS);
  const options = { uri: info.uri, corpus, only: ['claim-conflict'], article: info };
  t = performance.now();
  const first = analyzer.analyze(text, options);
  const check = ms(t);
  const edits = [];
  for (let i = 0; i < 20; i++) {
    const edited = text.replace(/\\bthe\\b/, i % 2 ? 'the' : 'The');
    t = performance.now();
    analyzer.analyze(edited, options);
    edits.push(ms(t));
  }
  edits.sort((a, b) => a - b);
  return { articles: corpus.articles().length, errors: errors.length, indexMs: index, reindexMs: reindex, firstCheckMs: check, recheckMedianMs: edits[10], findings: first.findings.length, chars: text.length };
}
`;
try {
  await esbuild.build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile: join(out, 'time.mjs'), logLevel: 'error', banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" } });
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  const { run } = await import(pathToFileURL(join(out, 'time.mjs')).href);
  const result = run(dir, article);
  console.log(`corpus ${dir}: ${result.articles} articles indexed in ${result.indexMs} ms (cold process), ${result.reindexMs} ms (warm)`);
  console.log(`check ${article} (${result.chars} chars, ${result.findings} claim-conflict findings): first ${result.firstCheckMs} ms, re-check after an edit ${result.recheckMedianMs} ms (median of 20)`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
