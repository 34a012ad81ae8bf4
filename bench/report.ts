import type { CorpusResult } from './corpus-bench';
import type { IncrementalResult } from './incremental-bench';
import type { Stats } from './timing';
import type { TextResult } from './texts-bench';

/** One target of issue #6, with the measured value and whether it holds. */
export interface Target {
  name: string;
  measured: number;
  limit: string;
  pass: boolean;
}

const MB = 1024 * 1024;

/** Checks the measured figures against the targets; each figure is a ratio from the same run, or an absolute time/size. */
export function summarise(texts: readonly TextResult[], incremental: IncrementalResult | undefined, corpora: readonly CorpusResult[]): Target[] {
  const targets: Target[] = [];
  const seeds = texts.filter((t) => !t.name.startsWith('generated'));
  if (seeds.length) {
    targets.push(...seedTargets('first 60 rounds after 5 warm-up rounds', seeds));
    const steady = seeds.flatMap((t) => (t.steady ? [t.steady] : []));
    if (steady.length === seeds.length) targets.push(...seedTargets('steady state', steady));
  }
  const one = texts.find((t) => t.name === 'generated 1 MB');
  const ten = texts.find((t) => t.name === 'generated 10 MB');
  if (one && ten) {
    const ratio = ten.credence.median / (ten.chars / MB) / (one.credence.median / (one.chars / MB));
    targets.push({ name: 'time per MB at 10 MB / at 1 MB', measured: ratio, limit: '≤ 1.3', pass: ratio <= 1.3 });
  }
  if (incremental) {
    const ratio = incremental.reanalysis.median / incremental.full.median;
    targets.push({ name: 'one-character edit in 1 MB: re-analysis / full', measured: ratio, limit: '≤ 0.1', pass: ratio <= 0.1 && incremental.sameFindings });
  }
  const big = corpora.find((c) => c.articles >= 10000) ?? corpora[corpora.length - 1];
  if (big) {
    const n = big.articles.toLocaleString('en-US');
    targets.push({ name: `${n}-article corpus: check one article (ms)`, measured: big.check.median, limit: '≤ 20', pass: big.check.median <= 20 });
    targets.push({ name: `${n}-article corpus: RSS of the index (MB)`, measured: big.rssDeltaMb, limit: '≤ 300', pass: big.rssDeltaMb <= 300 });
    const build = (big.buildMs + big.firstCheckMs) / 1000;
    targets.push({ name: `${n}-article corpus: build incl. first check (s)`, measured: build, limit: '≤ 60', pass: build <= 60 });
  }
  return targets;
}

/** The two seed targets, on one set of timings of the seeds. */
function seedTargets(when: string, seeds: ReadonlyArray<{ credence: Stats; remark: Stats; alex?: Stats | undefined }>): Target[] {
  const worst = Math.max(...seeds.map((t) => t.credence.median / t.remark.median));
  const alexed = seeds.filter((t) => t.alex);
  const slowest = Math.min(...alexed.map((t) => t.alex!.median / t.credence.median));
  return [
    { name: `seed article: Credence / remark-parse (worst seed), ${when}`, measured: worst, limit: '≤ 2.0', pass: worst <= 2 },
    { name: `seed article: alex / Credence (least speed-up), ${when}`, measured: slowest, limit: '≥ 10', pass: slowest >= 10 },
  ];
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`);
const size = (chars: number) => (chars >= MB ? `${(chars / MB).toFixed(1)} MB` : `${(chars / 1024).toFixed(1)} KB`);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** The bench report as markdown tables: texts, incremental analysis, corpora, targets. */
export function formatReport(
  command: string,
  texts: readonly TextResult[],
  incremental: IncrementalResult | undefined,
  incrementalRelated: IncrementalResult | undefined,
  corpora: readonly CorpusResult[],
  targets: readonly Target[],
): string {
  const out: string[] = [`Credence benchmark — \`${command}\` (medians; ratios from the same interleaved run)`, ''];
  if (texts.length) {
    out.push(
      table(
        ['text', 'size', 'Credence', 'remark-parse', '× remark', 'alex', 'alex / Credence', 'write-good', 'write-good / Credence', 'runs'],
        texts.map((t) => [
          t.name,
          size(t.chars),
          fmt(t.credence.median),
          fmt(t.remark.median),
          (t.credence.median / t.remark.median).toFixed(2),
          t.alex ? `${fmt(t.alex.median)}${t.alexExtrapolatedFrom ? '*' : ''}` : '—',
          t.alex ? `${(t.alex.median / t.credence.median).toFixed(1)}${t.alexExtrapolatedFrom ? '*' : ''}` : '—',
          fmt(t.writeGood.median),
          (t.writeGood.median / t.credence.median).toFixed(1),
          String(t.credence.runs),
        ]),
      ),
      '',
    );
    if (texts.some((t) => t.alexExtrapolatedFrom)) out.push('\\* alex not run on this text: its 1 MB time scaled linearly by size (alex grows at least linearly, so this flatters alex).', '');
    const steady = texts.flatMap((t) => (t.steady ? [{ name: t.name, s: t.steady }] : []));
    if (steady.length) {
      out.push(
        table(
          ['steady state (same run, after further warm-up)', 'warm-up rounds', 'Credence', 'remark-parse', '× remark', 'alex', 'alex / Credence', 'write-good', 'write-good / Credence', 'without claim rules', '× remark', 'claim rules share'],
          steady.map(({ name, s }) => {
            const part = s.withoutClaimRules;
            const partRatio = part.credence.median / part.remark.median;
            const fullRatio = s.credence.median / s.remark.median;
            return [
            name,
            String(s.warmupRounds),
            fmt(s.credence.median),
            fmt(s.remark.median),
            (s.credence.median / s.remark.median).toFixed(2),
            s.alex ? fmt(s.alex.median) : '—',
            s.alex ? (s.alex.median / s.credence.median).toFixed(1) : '—',
            fmt(s.writeGood.median),
            (s.writeGood.median / s.credence.median).toFixed(1),
            fmt(part.credence.median),
            partRatio.toFixed(2),
            `${Math.round(100 * (1 - partRatio / fullRatio))}%`,
            ];
          }),
        ),
        '',
        'Without claim rules: the same analysis with claim-conflict and single-source-claim left out, timed in a round of its own after the steady state, remark-parse beside it; the share compares the two ratios to remark-parse.',
        '',
      );
    }
  }
  // The target is measured on the generated draft; the draft on the corpus's stories shows what the claim rules add when they compare on every edit.
  for (const [title, result] of [['1 MB document, one character typed', incremental], ["1 MB document on the seeds' stories (no target)", incrementalRelated]] as const) {
    if (!result) continue;
    out.push(
      table(
        [title, 'median', 'runs'],
        [
          ['re-analysis by the long-lived Analyzer', fmt(result.reanalysis.median), String(result.reanalysis.runs)],
          ['full analysis by a fresh Analyzer', fmt(result.full.median), String(result.full.runs)],
          ['ratio', (result.reanalysis.median / result.full.median).toFixed(3), ''],
          ['findings identical to a fresh analysis', result.sameFindings ? 'yes' : 'NO', ''],
        ],
      ),
      '',
    );
  }
  if (corpora.length) {
    out.push(
      table(
        ['generated corpus', 'text', 'build', 'first check', 'RSS Δ', 'heap Δ', 'check (claim-conflict)', 'full analysis', 'conflicts in 5 drafts'],
        corpora.map((c) => [
          `${c.articles.toLocaleString('en-US')} articles`,
          size(c.corpusChars),
          fmt(c.buildMs),
          fmt(c.firstCheckMs),
          `${c.rssDeltaMb.toFixed(0)} MB`,
          `${c.heapDeltaMb.toFixed(0)} MB`,
          fmt(c.check.median),
          fmt(c.fullAnalysis.median),
          String(c.conflicts),
        ]),
      ),
      '',
    );
  }
  if (targets.length) {
    out.push(table(['target (issue #6)', 'measured', 'limit', ''], targets.map((t) => (Number.isNaN(t.measured) ? [t.name, '—', t.limit, 'SKIPPED'] : [t.name, t.measured.toFixed(t.measured < 10 ? 3 : 1), t.limit, t.pass ? 'PASS' : 'FAIL']))), '');
  }
  return `${out.join('\n')}\n`;
}
