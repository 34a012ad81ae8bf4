import { Analyzer, DETECTORS, type Corpus } from '../src/engine';
import { Prng } from './prng';
import { collectGarbage, interleave, type Stats } from './timing';

/** Re-analysis of an edited document by a long-lived analyzer, against a fresh full analysis. */
export interface IncrementalResult {
  chars: number;
  edits: number;
  reanalysis: Stats;
  full: Stats;
  /** Whether the edited document's findings equal a fresh analysis of it (they must). */
  sameFindings: boolean;
}

/**
 * Types one character at a time into a long document, at pseudo-random places inside words, and
 * times the long-lived analyzer's re-analysis after each keystroke; interleaved with full analyses
 * of the same text by a fresh analyzer.
 */
export function benchIncremental(text: string, corpus: Corpus | undefined, rounds: number): IncrementalResult {
  const rng = new Prng(0xed17);
  const options = { uri: 'bench/long-draft.md', languageId: 'markdown', corpus };
  const analyzer = new Analyzer(DETECTORS);
  analyzer.analyze(text, options);
  let current = text;
  let edits = 0;
  collectGarbage();
  const measured = interleave(
    [
      {
        name: 'reanalysis',
        run: () => {
          current = typeOneCharacter(current, rng);
          edits++;
          return analyzer.analyze(current, options);
        },
      },
      { name: 'full', run: () => new Analyzer(DETECTORS).analyze(current, options) },
    ],
    rounds,
    1,
  );
  const incremental = JSON.stringify(analyzer.analyze(current, options).findings);
  const fresh = JSON.stringify(new Analyzer(DETECTORS).analyze(current, options).findings);
  return { chars: text.length, edits, reanalysis: measured.get('reanalysis')!, full: measured.get('full')!, sameFindings: incremental === fresh };
}

/** Inserts one letter after a letter, as typing inside a word does. */
function typeOneCharacter(text: string, rng: Prng): string {
  let at = rng.int(1, text.length - 1);
  while (!/\p{L}/u.test(text[at - 1]!)) at = (at + 1) % text.length || 1;
  return text.slice(0, at) + 'e' + text.slice(at);
}
