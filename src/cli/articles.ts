import { dirname, join, resolve } from 'node:path';
import { Analyzer, DETECTORS, type AnalysisResult, type ArticleInfo, type Corpus } from '../engine';
import { collectArticles } from '../node/walk';
import { readArticle, DEFAULT_MAX_BYTES } from '../node/read-article';
import { articleInfoForFile, loadCorpus } from '../node/corpus-loader';

/** What `check` and `audit` both read from their shared options. */
export interface ArticleRun {
  paths: readonly string[];
  corpusPaths: readonly string[];
  includeSeeds: boolean;
  maxBytes: number;
  /** Only these rules (`check --rules`). */
  only?: readonly string[];
}

/** One checked article. */
export interface AnalysedArticle {
  path: string;
  uri: string;
  text: string;
  article: ArticleInfo;
  corpus: Corpus | undefined;
  result: AnalysisResult;
}

/** `--max-size MB` in bytes, or an error line when it is not a positive number. */
export function maxBytesOf(value: string | undefined): number | string {
  const bytes = value === undefined ? DEFAULT_MAX_BYTES : Math.floor(Number(value) * 1024 * 1024);
  return bytes > 0 ? bytes : `--max-size must be a positive number of megabytes, not '${value}'`;
}

/**
 * Loads the corpus, walks the paths, reads and analyses each article, one at a time so memory
 * stays flat. Every problem (corpus, walk, unreadable file, failing rule) goes to `problem` as
 * one line and the rest of the work goes on.
 */
export function* analyseArticles(run: ArticleRun, problem: (path: string, reason: string) => void): Generator<AnalysedArticle> {
  const seedsDir = join(dirname(__filename), '..', 'seeds');
  const { corpus, errors } = loadCorpus({ paths: run.corpusPaths, includeSeeds: run.includeSeeds, seedsDir, maxBytes: run.maxBytes });
  for (const e of errors) problem(e.path, e.reason);
  const walked = collectArticles(run.paths.length ? run.paths : ['.']);
  for (const e of walked.errors) problem(e.path, e.reason);
  const analyzer = new Analyzer(DETECTORS);
  for (const path of walked.files) {
    const read = readArticle(path, run.maxBytes);
    if (!read.ok) {
      problem(path, read.reason);
      continue;
    }
    const uri = resolve(path);
    const article = articleInfoForFile(path, read.text);
    let result;
    try {
      result = analyzer.analyze(read.text, { uri, languageId: /\.(md|markdown)$/i.test(path) ? 'markdown' : 'plaintext', corpus, only: run.only, article });
    } catch (error) {
      // One file that breaks the engine must not cost the report on all the others.
      problem(path, `internal error: ${(error as Error).message}`);
      continue;
    }
    for (const failure of result.failures) problem(path, `rule ${failure.ruleId} failed: ${failure.message}`);
    yield { path, uri, text: read.text, article, corpus, result };
  }
}
