/** Summary statistics of repeated timings, in milliseconds. */
export interface Stats {
  runs: number;
  median: number;
  /** Mean of the middle 80% of runs: less sensitive to a stray slow run than the mean. */
  trimmedMean: number;
  min: number;
}

/** A measured variant: a name and one run of the work. `every` runs it only every n-th round (slow tools). */
export interface Variant {
  name: string;
  run: () => unknown;
  every?: number;
}

/** Median, trimmed mean and minimum of samples. */
export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const mid = n >> 1;
  const median = n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const cut = Math.floor(n * 0.1);
  const kept = sorted.slice(cut, n - cut);
  const trimmedMean = kept.reduce((a, b) => a + b, 0) / kept.length;
  return { runs: n, median, trimmedMean, min: sorted[0]! };
}

/** Milliseconds one call takes. */
export function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * Runs the variants interleaved (A B C, B C A, C A B, …) for `rounds` rounds after `warmup`
 * untimed rounds, so that drift from other processes on the machine affects all alike. With
 * `collectBetween`, every timed run starts from a collected heap (untimed): on multi-megabyte texts
 * the previous tool's garbage (remark's tree of 10 MB, write-good's) otherwise lands in the next
 * tool's timing, and which tool pays depends on the order, not on the tool.
 */
export function interleave(variants: readonly Variant[], rounds: number, warmup = 3, collectBetween = false): Map<string, Stats> {
  const samples = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  for (let round = -warmup; round < rounds; round++) {
    for (let k = 0; k < variants.length; k++) {
      const variant = variants[(k + Math.max(round, 0)) % variants.length]!;
      if (round >= 0 && round % (variant.every ?? 1) !== 0) continue;
      if (round < 0 && variant.every && round < -1) continue;
      if (collectBetween) collectGarbage();
      const ms = time(variant.run);
      if (round >= 0) samples.get(variant.name)!.push(ms);
    }
  }
  return new Map([...samples].map(([name, s]) => [name, stats(s)]));
}

/** Collects garbage when node runs with --expose-gc, so that one measurement's garbage does not land in the next. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}
