import type { Block } from './blocks';
import { resolveRule, type CredenceConfig } from './config';
import type { ArticleInfo, Corpus } from './corpus';
import { ruleUrl, type Detector } from './detector';
import { BlockCache, CredenceDocument, type DocumentInfo } from './document';
import type { Finding } from './finding';
import { applySuppressions } from './suppress';

/** Everything an analysis needs besides the text. */
export interface AnalyzeOptions extends DocumentInfo {
  config?: CredenceConfig;
  /** Only these rule ids run (CLI `--rules`); all enabled rules when absent. */
  only?: readonly string[];
  corpus?: Corpus;
  /** Outlet/date of the article; when absent only the uri is known. */
  article?: Partial<ArticleInfo>;
  /**
   * Polled between blocks while parsing and between rules; when it returns true the analysis stops
   * with an `AnalysisCancelled` error. Lets a host abandon a run that a newer edit made stale.
   */
  isCancelled?: () => boolean;
}

/** Thrown by `Analyzer.analyze` when `isCancelled` asked it to stop. */
export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'AnalysisCancelled';
  }
}

/** How many blocks are parsed between two polls of `isCancelled`. */
const CANCEL_POLL_BLOCKS = 32;

/** A detector that threw; the others still ran. */
export interface DetectorFailure {
  ruleId: string;
  message: string;
}

export interface AnalysisResult {
  document: CredenceDocument;
  findings: Finding[];
  failures: DetectorFailure[];
}

/**
 * Runs detectors over documents and keeps per-block caches between runs, so that analysing
 * a new version of the same document re-does only the blocks that changed. One analyzer per
 * open document; a one-shot `analyze()` is below.
 */
export class Analyzer {
  // Memoised results live with each cached block (they depend on its text only), so they are
  // reused exactly when its parse is and no map from blocks to results is rebuilt per analysis.
  private readonly blocks = new BlockCache();
  private readonly memoKeys = new Map<string, Map<string, number>>();
  private memoKeyCount = 0;
  private analysisCount = 0;

  constructor(private readonly detectors: readonly Detector[]) {}

  analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
    const document = new CredenceDocument(text, options, this.blocks);
    const article: ArticleInfo = { uri: document.uri, ...options.article };
    const findings: Finding[] = [];
    const failures: DetectorFailure[] = [];
    const cancelled = options.isCancelled;
    const analysis = ++this.analysisCount;
    if (cancelled) {
      // Parse up front, where it can be interrupted; detectors then find every block parsed.
      const blocks = document.blocks;
      for (let i = 0; i < blocks.length; i++) {
        if (i % CANCEL_POLL_BLOCKS === 0 && cancelled()) throw new AnalysisCancelled();
        void blocks[i]!.parsed;
      }
    }
    for (const detector of this.detectors) {
      if (cancelled?.()) throw new AnalysisCancelled();
      if (options.only && !options.only.includes(detector.id)) continue;
      const rule = resolveRule(detector.meta.severity, options.config?.rules?.[detector.id]);
      if (!rule.enabled) continue;
      const found: Finding[] = [];
      const ruleId = detector.id;
      const url = ruleUrl(ruleId);
      let keys = this.memoKeys.get(ruleId);
      if (!keys) this.memoKeys.set(ruleId, (keys = new Map()));
      const ruleKeys = keys;
      try {
        detector.detect(document, {
          options: rule.options,
          corpus: options.corpus,
          article,
          report: (r) => {
            // Each report is a new object the rule hands over, completed here in place: a copy by
            // spreading took V8's generic path, every rule's reports having shapes of their own. The
            // keys come out in the copy's order (the report's own, then the added ones).
            const finding = r as Finding;
            finding.ruleId = ruleId;
            finding.source = 'credence';
            finding.url = url;
            finding.severity = r.severity ?? rule.severity;
            found.push(finding);
          },
          memo: (name, block, compute) => this.memo(document, analysis, this.memoKey(ruleKeys, name), name, block, compute),
        });
        for (const f of found) if (isValidSpan(f, text)) findings.push(f);
      } catch (error) {
        failures.push({ ruleId: detector.id, message: error instanceof Error ? error.message : String(error) });
      }
    }
    this.blocks.sweep();
    findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
    return { document, findings: applySuppressions(document, findings), failures };
  }

  private memo<T>(document: CredenceDocument, analysis: number, key: number, name: string, block: Block, compute: (block: Block) => T): T {
    const entry = document.cachedBlock(block);
    // Another document's block has no entry here: computed, not memoised.
    if (!entry) return compute(block);
    // Keys are small numbers handed out in order, so the values sit at their key in a short array.
    const memo = (entry.memo ??= []);
    if (key < memo.length) {
      const value = memo[key];
      if (value !== undefined || key in memo) return value as T;
    }
    // Rules that pass the same function under the same name compute the same value (a memoised
    // computation depends on the block's text only), so one computes it and the others reuse it:
    // the three attribution rules share one attribution analysis, the claim rules one reading.
    // The list lasts one analysis: rules may pass a new closure each time, which must not pile up.
    if (entry.sharedIn !== analysis) {
      entry.sharedIn = analysis;
      entry.shared = undefined;
    }
    const shared = (entry.shared ??= []);
    let value: T | undefined;
    let found = false;
    for (let i = 0; i < shared.length; i += 3) {
      if (shared[i] === compute && shared[i + 1] === name) {
        value = shared[i + 2] as T;
        found = true;
        break;
      }
    }
    if (!found) shared.push(compute, name, (value = compute(block)));
    memo[key] = value;
    return value as T;
  }

  /**
   * A number for the pair rule (whose names map `byName` is), `name`, made once per pair: it indexes
   * a block's memo, and no string is joined per call.
   */
  private memoKey(byName: Map<string, number>, name: string): number {
    let key = byName.get(name);
    if (key === undefined) {
      // Names come from rule code, not from documents, so this stays small; the cap guards against a
      // rule that builds them from text (values memoised under forgotten numbers are computed again).
      if (byName.size > 1000) byName.clear();
      byName.set(name, (key = this.memoKeyCount++));
    }
    return key;
  }
}

/** A finding whose span is outside the text or splits a surrogate pair is a detector bug; it is dropped, not shown wrong. */
function isValidSpan(f: Finding, text: string): boolean {
  if (!(f.start >= 0 && f.start < f.end && f.end <= text.length)) return false;
  return !splitsPair(text, f.start) && !splitsPair(text, f.end);
}

/** True when an offset falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  const high = text.charCodeAt(offset - 1);
  const low = text.charCodeAt(offset);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
