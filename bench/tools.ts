import { unified } from 'unified';
import remarkParse from 'remark-parse';
import alex from 'alex';
import writeGood from 'write-good';
import { Analyzer, DETECTORS, type Corpus } from '../src/engine';

/** The baseline: remark-parse alone, as `unified().use(remarkParse).parse(text)`. */
const remark = unified().use(remarkParse);

/** Parses with remark alone; the tree is returned so the work cannot be optimised away. */
export function remarkOnly(text: string): unknown {
  return remark.parse(text);
}

/** A full Credence analysis with a fresh analyzer: parse, every rule (or only `rules`), conflicts against `corpus`. */
export function credenceFull(text: string, uri: string, languageId: string, corpus: Corpus | undefined, rules?: readonly string[]): number {
  return new Analyzer(DETECTORS).analyze(text, { uri, languageId, corpus, only: rules }).findings.length;
}

/** The rules that read no corpus: every rule but the claim rules (claim-conflict, single-source-claim). */
export const LOCAL_RULES = DETECTORS.filter((d) => !d.meta.needsCorpus).map((d) => d.id);

/** alex as its CLI runs it on a file (markdown, its default for .md and .txt alike). */
export function alexRun(text: string): number {
  return alex(text).messages.length;
}

/** write-good as its CLI and API run it: one call on the text. */
export function writeGoodRun(text: string): number {
  return writeGood(text).length;
}
