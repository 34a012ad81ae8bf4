import type { Corpus } from '../src/engine';
import { collectGarbage, interleave, time, type Stats } from './timing';
import { alexRun, credenceFull, LOCAL_RULES, remarkOnly, writeGoodRun } from './tools';

/** Timings of one text through Credence and the tools it is compared with. */
export interface TextResult {
  name: string;
  chars: number;
  credence: Stats;
  remark: Stats;
  writeGood: Stats;
  alex: Stats | undefined;
  /** When alex was too slow to run on this text: its time extrapolated linearly from a smaller text. */
  alexExtrapolatedFrom?: string;
  findings: number;
  /** Seed-sized texts only: the same tools timed again once the JIT has settled (see `STEADY_WARMUP_ROUNDS`). */
  steady?: SteadyTimes;
}

/** Timings of the same variants after a long warm-up of every tool. */
export interface SteadyTimes {
  credence: Stats;
  remark: Stats;
  writeGood: Stats;
  alex: Stats | undefined;
  /** Untimed interleaved rounds run between the first measurement and this one. */
  warmupRounds: number;
  /**
   * Then, in a round of its own: Credence without the claim rules, with remark-parse timed beside it
   * in the same way. The claim rules' share of an analysis, in the conditions the targets are measured in.
   */
  withoutClaimRules: { credence: Stats; remark: Stats };
}

/**
 * Untimed interleaved rounds, every tool included, between the first measurement of a seed and its
 * steady-state one. V8 keeps compiling a large rule set for hundreds of runs: Credence alone on the
 * shortest seed speeds up over its first 200 or so (bench/README.md). A fixed count, because a rule
 * that stops once times level off was fooled by noise on a shared machine (it once stopped after 120).
 */
const STEADY_WARMUP_ROUNDS = 300;

export interface TextInput {
  name: string;
  text: string;
  uri: string;
  languageId: string;
}

/**
 * Rounds per text size: small texts get many, long texts few (each run of 10 MB takes seconds).
 * alex takes about 25 s per MB, so on 1 MB it runs once and on 10 MB not at all (extrapolated).
 */
function plan(chars: number): { rounds: number; alex: 'interleaved' | 'once' | 'skip'; writeGoodEvery: number; warmup: number; collectBetween: boolean; steady: boolean } {
  if (chars < 50_000) return { rounds: 60, alex: 'interleaved', writeGoodEvery: 1, warmup: 5, collectBetween: false, steady: true };
  if (chars < 2_000_000) return { rounds: 5, alex: 'once', writeGoodEvery: 1, warmup: 1, collectBetween: true, steady: false };
  return { rounds: 3, alex: 'skip', writeGoodEvery: 3, warmup: 0, collectBetween: true, steady: false };
}

/** Measures Credence, remark-parse, write-good and (where feasible) alex on one text, interleaved. */
export function benchText(input: TextInput, corpus: Corpus | undefined, log: (line: string) => void): TextResult {
  const { text, uri, languageId } = input;
  const p = plan(text.length);
  let findings = 0;
  collectGarbage();
  const variants = [
    { name: 'remark', run: () => remarkOnly(text) },
    { name: 'credence', run: () => (findings = credenceFull(text, uri, languageId, corpus)) },
    { name: 'writeGood', run: () => writeGoodRun(text), every: p.writeGoodEvery },
    ...(p.alex === 'interleaved' ? [{ name: 'alex', run: () => alexRun(text), every: 3 }] : []),
  ];
  const measured = interleave(variants, p.rounds, p.warmup, p.collectBetween);
  if (p.alex === 'once') {
    const ms = alexOnce(text);
    measured.set('alex', { runs: 1, median: ms, trimmedMean: ms, min: ms });
  }
  const result: TextResult = {
    name: input.name,
    chars: text.length,
    credence: measured.get('credence')!,
    remark: measured.get('remark')!,
    writeGood: measured.get('writeGood')!,
    alex: measured.get('alex'),
    findings,
  };
  if (p.steady) {
    // The first measurement is kept as it was; this one continues the same interleaved run once every tool has settled.
    interleave(variants, STEADY_WARMUP_ROUNDS, 0);
    const settled = interleave(variants, p.rounds, 0);
    // Credence's place in the rotation is taken by its partial run, so that the other tools run between two of them as before.
    const partial = variants.map((v) => (v.name === 'credence' ? { name: 'credence', run: () => credenceFull(text, uri, languageId, corpus, LOCAL_RULES) } : v));
    const part = interleave(partial, p.rounds, 0);
    result.steady = {
      credence: settled.get('credence')!,
      remark: settled.get('remark')!,
      writeGood: settled.get('writeGood')!,
      alex: settled.get('alex'),
      warmupRounds: STEADY_WARMUP_ROUNDS,
      withoutClaimRules: { credence: part.get('credence')!, remark: part.get('remark')! },
    };
  }
  log(`  ${input.name}: credence ${result.credence.median.toFixed(2)} ms, remark ${result.remark.median.toFixed(2)} ms, write-good ${result.writeGood.median.toFixed(2)} ms${result.alex ? `, alex ${result.alex.median.toFixed(2)} ms` : ''}${result.steady ? `; steady state after ${result.steady.warmupRounds} more rounds: credence ${result.steady.credence.median.toFixed(2)} ms, remark ${result.steady.remark.median.toFixed(2)} ms; without the claim rules ${result.steady.withoutClaimRules.credence.median.toFixed(2)} ms` : ''}`);
  return result;
}

/** One timed alex run, for texts where the interleaved plan leaves it out. */
export function alexOnce(text: string): number {
  collectGarbage();
  return time(() => alexRun(text));
}
