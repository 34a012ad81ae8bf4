// `npm run bench`: Credence against remark-parse, alex and write-good on the same texts, in one run.
// Prints a table and writes bench/results.json. Options: --quick (no 10 MB text, smaller corpora),
// --only seeds,long,incremental,corpus.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../src/node/corpus-loader';
import { benchCorpusInChild, corpusChild, writeCorpus, type CorpusResult } from './corpus-bench';
import { generateLongDocument, seedParagraphs } from './generate';
import { benchIncremental, type IncrementalResult } from './incremental-bench';
import { formatReport, summarise } from './report';
import { alexOnce, benchText, type TextResult } from './texts-bench';
import { collectGarbage } from './timing';

const MB = 1024 * 1024;

function main(argv: string[]): void {
  if (argv[0] === '--corpus-child') return corpusChild(argv[1]!);
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
  if (wanted('long')) {
    log('long documents…');
    const sizes = quick ? [1] : [1, 10];
    for (const size of sizes) {
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
  if (wanted('incremental')) {
    log('one-character edits in the 1 MB document…');
    collectGarbage();
    incremental = benchIncremental(oneMb, seedsCorpus, quick ? 5 : 10);
    log(`  re-analysis ${incremental.reanalysis.median.toFixed(1)} ms, full ${incremental.full.median.toFixed(1)} ms`);
  }
  const corpora: CorpusResult[] = [];
  if (wanted('corpus')) {
    const script = process.argv[1]!;
    for (const count of quick ? [1000] : [1000, 10000]) {
      const dir = join(tmpdir(), `credence-bench-${count}`);
      log(`generated corpus of ${count} articles in ${dir}…`);
      const { chars } = writeCorpus(paragraphs, count, dir);
      const result = benchCorpusInChild(script, dir);
      result.corpusChars = chars;
      log(`  build ${(result.buildMs / 1000).toFixed(2)} s, RSS +${result.rssDeltaMb.toFixed(0)} MB, check ${result.check.median.toFixed(2)} ms`);
      corpora.push(result);
    }
  }

  const summary = summarise(texts, incremental, corpora);
  const results = {
    command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    seconds: Math.round((Date.now() - started) / 1000),
    summary,
    texts,
    incremental,
    corpora,
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync(join('bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(formatReport(results.command, texts, incremental, corpora, summary));
}

main(process.argv.slice(2));
