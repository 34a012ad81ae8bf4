// `npm run bench`: Credence against remark-parse, alex and write-good on the same texts, in one run.
// Prints a table and writes bench/results.json. Options: --quick (no 10 MB text, smaller corpora),
// --only seeds,long,incremental,corpus.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../src/node/corpus-loader';
import { benchCorpusInChild, corpusChild, writeCorpus, type CorpusResult } from './corpus-bench';
import { generateLongDocument, relatedLongDocument, seedParagraphs } from './generate';
import { benchIncremental, type IncrementalResult } from './incremental-bench';
import { formatReport, summarise } from './report';
import { alexOnce, benchText, type TextResult } from './texts-bench';
import { credenceFull } from './tools';
import { collectGarbage, time } from './timing';

const MB = 1024 * 1024;

function main(argv: string[]): void {
  if (argv[0] === '--corpus-child') return void corpusChild(argv[1]!);
  const quick = argv.includes('--quick');
  const onlyArg = argv.includes('--only') ? argv[argv.indexOf('--only') + 1]!.split(',') : undefined;
  const wanted = (part: string) => !onlyArg || onlyArg.includes(part);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const started = Date.now();

  const seedsDir = resolve('seeds');
  const seedFiles = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  const seeds = seedFiles.map((f) => ({ name: f, uri: join(seedsDir, f), text: readFileSync(join(seedsDir, f), 'utf8'), languageId: 'plaintext' }));
  const paragraphs = seedParagraphs(seeds.map((s) => s.text));
  const { corpus: seedsCorpus } = loadCorpus({ paths: [], includeSeeds: true, seedsDir });

  const texts: TextResult[] = [];
  if (wanted('seeds')) {
    log('seed articles (credence with the seeds corpus, remark-parse, write-good, alex)…');
    for (const seed of seeds) texts.push(benchText(seed, seedsCorpus, log));
  }
  const oneMb = generateLongDocument(paragraphs, MB, 1);
  // A superlinear rule would make the long texts run for hours: probe first, skip what cannot finish.
  const growth = wanted('long') || wanted('incremental') ? probeGrowth(paragraphs, seedsCorpus, log) : undefined;
  const feasible = (mb: number) => !growth || growth.projectMs(mb * MB) <= MAX_RUN_MS;
  const skipped: string[] = [];
  if (wanted('long')) {
    log('long documents…');
    const sizes = quick ? [1] : [1, 10];
    for (const size of sizes) {
      if (!feasible(size)) {
        skipped.push(`generated ${size} MB: one analysis projected at ${(growth!.projectMs(size * MB) / 1000).toFixed(0)} s (time grows as size^${growth!.exponent.toFixed(2)}), over the ${MAX_RUN_MS / 1000} s budget`);
        log(`  ${skipped[skipped.length - 1]}`);
        continue;
      }
      const text = size === 1 ? oneMb : generateLongDocument(paragraphs, size * MB, 1);
      collectGarbage();
      const result = benchText({ name: `generated ${size} MB`, text, uri: `bench/generated-${size}mb.md`, languageId: 'markdown' }, seedsCorpus, log);
      if (!result.alex) {
        // alex takes minutes on 10 MB: its 1 MB time, scaled linearly, stands in (a lower bound if alex is superlinear).
        const oneMbAlex = texts.find((t) => t.name === 'generated 1 MB')?.alex ?? { median: alexOnce(oneMb), runs: 1, trimmedMean: 0, min: 0 };
        const scaled = (oneMbAlex.median * text.length) / oneMb.length;
        result.alex = { runs: 0, median: scaled, trimmedMean: scaled, min: scaled };
        result.alexExtrapolatedFrom = 'generated 1 MB';
      }
      texts.push(result);
    }
  }
  let incremental: IncrementalResult | undefined;
  let incrementalRelated: IncrementalResult | undefined;
  if (wanted('incremental') && !feasible(1)) skipped.push('incremental: a full analysis of 1 MB is over the budget');
  else if (wanted('incremental')) {
    log('one-character edits in the 1 MB document…');
    collectGarbage();
    incremental = benchIncremental(oneMb, seedsCorpus, quick ? 5 : 10);
    log(`  re-analysis ${incremental.reanalysis.median.toFixed(1)} ms, full ${incremental.full.median.toFixed(1)} ms`);
    log('one-character edits in a 1 MB document on the seeds\' stories…');
    collectGarbage();
    incrementalRelated = benchIncremental(relatedLongDocument(paragraphs, MB), seedsCorpus, quick ? 5 : 10);
    log(`  re-analysis ${incrementalRelated.reanalysis.median.toFixed(1)} ms, full ${incrementalRelated.full.median.toFixed(1)} ms`);
  }
  const corpora: CorpusResult[] = [];
  if (wanted('corpus')) {
    const script = process.argv[1]!;
    for (const count of quick ? [1000] : [1000, 10000]) {
      const dir = join(tmpdir(), `credence-bench-${count}`);
      log(`generated corpus of ${count} articles in ${dir}…`);
      const { chars } = writeCorpus(paragraphs, count, dir);
      const result = benchCorpusInChild(script, dir);
      rmSync(dir, { recursive: true, force: true });
      result.corpusChars = chars;
      log(`  build ${(result.buildMs / 1000).toFixed(2)} s, RSS +${result.rssDeltaMb.toFixed(0)} MB, check ${result.check.median.toFixed(2)} ms`);
      corpora.push(result);
    }
  }

  const summary = summarise(texts, incremental, corpora);
  for (const line of skipped) summary.push({ name: `skipped — ${line}`, measured: NaN, limit: '', pass: false });
  const results = {
    command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    seconds: Math.round((Date.now() - started) / 1000),
    summary,
    growth: growth && { exponent: growth.exponent, probes: growth.probes },
    skipped,
    texts,
    incremental,
    incrementalRelated,
    corpora,
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync(join('bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(formatReport(results.command, texts, incremental, incrementalRelated, corpora, summary));
}

/** Longest single analysis the benchmark waits for; longer ones are reported as skipped. */
const MAX_RUN_MS = 180_000;

/**
 * Times one full analysis at 128 KB and 512 KB and fits time = c·size^k, so that sizes whose run
 * would take longer than MAX_RUN_MS can be skipped (and reported) instead of hanging the benchmark.
 */
function probeGrowth(paragraphs: readonly string[], corpus: Parameters<typeof credenceFull>[3], log: (line: string) => void): { exponent: number; probes: Array<{ chars: number; ms: number }>; projectMs(chars: number): number } {
  const probes = [128 * 1024, 512 * 1024].map((chars) => {
    const text = generateLongDocument(paragraphs, chars, 2);
    credenceFull(text.slice(0, 20_000), 'bench/probe.md', 'markdown', corpus);
    collectGarbage();
    return { chars: text.length, ms: time(() => credenceFull(text, 'bench/probe.md', 'markdown', corpus)) };
  });
  const [a, b] = probes as [{ chars: number; ms: number }, { chars: number; ms: number }];
  const exponent = Math.max(1, Math.log(b.ms / a.ms) / Math.log(b.chars / a.chars));
  log(`growth probe: ${a.ms.toFixed(0)} ms at ${(a.chars / 1024).toFixed(0)} KB, ${b.ms.toFixed(0)} ms at ${(b.chars / 1024).toFixed(0)} KB (size^${exponent.toFixed(2)})`);
  return { exponent, probes, projectMs: (chars: number) => b.ms * (chars / b.chars) ** exponent };
}

main(process.argv.slice(2));
