import * as vscode from 'vscode';
import { Analyzer, DETECTORS, type CredenceDocument, type Finding, type Severity } from '../engine';
import type { Detector } from '../engine/detector';
import { formatBytes } from '../node/read-article';
import type { CorpusService } from './corpus-service';
import type { Log } from './log';
import type { OffThreadChecker } from './off-thread';
import { engineConfig, isChecked, readSettings, type CredenceSettings } from './settings';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** True when some editor tab shows the document. */
export function isShown(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => {
    const input = tab.input;
    if (input instanceof vscode.TabInputText) return input.uri.toString() === key;
    if (input instanceof vscode.TabInputTextDiff) return input.modified.toString() === key || input.original.toString() === key;
    return false;
  }));
}

/** Quiet time after the last keystroke before a draft is re-checked. */
const DEBOUNCE_MS = 300;
/** Analyses slower than this are logged, and stretch the debounce so typing stays fluid. */
const SLOW_MS = 150;

/** The last analysis of a document, for hovers, quick fixes, the summary and the status bar. */
export interface CheckResult {
  uri: vscode.Uri;
  version: number;
  languageId: string;
  findings: Finding[];
  document: CredenceDocument | undefined;
  /** Why the document was not checked (too large), if it was not. */
  skipped?: string;
}

/** The text and identity of something to check: an open document or a file read from disk. */
export interface Source {
  uri: vscode.Uri;
  text: string;
  languageId: string;
  version: number;
}

/**
 * Turns engine findings into diagnostics: debounced on edit, stale results dropped by document
 * version, cleared on close. One `Analyzer` per open document keeps the engine's per-block caches,
 * so re-checking after a keystroke re-parses only the edited block.
 */
export class Diagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('credence');
  private readonly analyzers = new Map<string, Analyzer>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly delays = new Map<string, number>();
  private readonly results = new Map<string, CheckResult>();
  /** Side map from a diagnostic to the finding behind it; diagnostics themselves get no extra fields. */
  private readonly findings = new WeakMap<vscode.Diagnostic, Finding>();
  private readonly updated = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's diagnostics were replaced. */
  readonly onDidUpdate = this.updated.event;
  private rules: readonly Detector[] = DETECTORS;

  constructor(
    private readonly corpus: CorpusService,
    private readonly log: Log,
    /** Analyses large drafts on a worker thread; without it everything is checked in place. */
    private readonly offThread?: OffThreadChecker,
  ) {}

  /** Checks an open document now, if it is one Credence checks. */
  lint(doc: vscode.TextDocument): void {
    if (doc.isClosed || !isChecked(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const text = doc.getText();
    if (this.offThread?.wants(doc, text)) {
      void this.lintOffThread(doc, text);
      return;
    }
    let analyzer = this.analyzers.get(key);
    if (!analyzer) this.analyzers.set(key, (analyzer = this.createAnalyzer()));
    const started = Date.now();
    const result = this.check({ uri: doc.uri, text, languageId: doc.languageId, version: doc.version }, analyzer);
    const took = Date.now() - started;
    this.delays.set(key, Math.min(2000, Math.max(DEBOUNCE_MS, took * 2)));
    if (took > SLOW_MS) this.log.info(`${doc.uri.fsPath || key}: checked in ${took} ms`);
    // The analysis ran on a snapshot; if the document moved on meanwhile, a newer check is queued.
    if (doc.isClosed || doc.version !== result.version) return;
    this.publish(result);
  }

  /** Large drafts: analysed on the worker thread; a result that a newer edit made stale is dropped. */
  private async lintOffThread(doc: vscode.TextDocument, text: string): Promise<void> {
    try {
      const result = await this.offThread!.check(doc, text);
      if (result && !doc.isClosed && doc.version === result.version) this.publish(result);
    } catch (error) {
      this.log.error(`checking ${doc.uri.fsPath || doc.uri.toString()} off the main thread`, error);
    }
  }

  /** Re-checks a document after the user stops typing. */
  schedule(doc: vscode.TextDocument): void {
    if (!isChecked(doc)) return;
    const key = doc.uri.toString();
    // A run in flight for the previous version is stale now.
    this.offThread?.cancel(doc.uri);
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      try {
        this.lint(doc);
      } catch (error) {
        this.log.error(`checking ${doc.uri.fsPath || key}`, error);
      }
    }, this.delays.get(key) ?? DEBOUNCE_MS));
  }

  /** Forgets a closed document. Files checked by "Check workspace" keep their diagnostics. */
  forget(uri: vscode.Uri, keepDiagnostics = false): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.analyzers.delete(key);
    this.offThread?.forget(uri);
    this.delays.delete(key);
    if (keepDiagnostics) return;
    this.results.delete(key);
    this.collection.delete(uri);
    this.updated.fire(uri);
  }

  /**
   * Re-checks the open drafts (after a settings or corpus change): those shown in an editor tab or
   * checked before, dropping those no longer checked. Documents VS Code merely keeps loaded are left alone.
   */
  relintAll(): void {
    for (const doc of vscode.workspace.textDocuments) {
      try {
        const known = this.results.has(doc.uri.toString());
        if (isChecked(doc) && (known || isShown(doc.uri))) this.lint(doc);
        else if (known) this.forget(doc.uri);
      } catch (error) {
        this.log.error(`checking ${doc.uri.fsPath}`, error);
      }
    }
  }

  /**
   * Analyses one text with the current settings and corpus. Shared by open documents and
   * "Check workspace"; never throws for a detector bug (the other rules still report).
   */
  check(source: Source, analyzer: Analyzer = this.createAnalyzer()): CheckResult {
    const settings = readSettings(source.uri);
    const base = { uri: source.uri, version: source.version, languageId: source.languageId };
    const bytes = Buffer.byteLength(source.text, 'utf8');
    if (bytes > settings.maxBytes) {
      const skipped = `skipped: ${formatBytes(bytes)} is over the ${formatBytes(settings.maxBytes)} limit (raise it with the setting credence.maxFileSizeMB)`;
      return { ...base, findings: [], document: undefined, skipped };
    }
    const corpus = this.corpus.corpusFor(source.uri);
    const uri = source.uri.scheme === 'file' ? source.uri.fsPath : source.uri.toString();
    const result = analyzer.analyze(source.text, { uri, languageId: source.languageId, config: engineConfig(settings), corpus });
    for (const failure of result.failures) this.log.info(`${uri}: rule ${failure.ruleId} failed: ${failure.message}`);
    return { ...base, findings: result.findings, document: result.document };
  }

  /**
   * Replaces a document's diagnostics with a check's findings. Files that are not open (checked by
   * "Check workspace") keep only their findings, not the parsed document, so memory stays bounded.
   */
  publish(result: CheckResult, open = true): void {
    const key = result.uri.toString();
    const previous = this.results.get(key);
    if (result.skipped && previous?.skipped !== result.skipped) this.log.info(`${result.uri.fsPath || key}: ${result.skipped}`);
    const settings = readSettings(result.uri);
    const lines = result.document ? (offset: number) => result.document!.toPoint(offset) : undefined;
    this.collection.set(result.uri, lines ? result.findings.map((f) => this.toDiagnostic(f, settings, lines)) : []);
    this.results.set(key, open ? result : { ...result, document: undefined });
    this.updated.fire(result.uri);
  }

  /** A fresh analyzer running the current rules (see `setDetectors`). */
  createAnalyzer(): Analyzer {
    return new Analyzer(this.rules);
  }

  /** The rules that in-place analyses run. */
  get detectors(): readonly Detector[] {
    return this.rules;
  }

  /**
   * Replaces the rules that in-place analyses run (all of Credence's rules by default; no argument
   * restores them) and drops the per-document analyzers, so that the next check of every draft uses
   * the new list. Exists so that the integration tests can run a faulty rule inside the real
   * extension; drafts analysed on the worker thread always run the built-in rules.
   */
  setDetectors(detectors: readonly Detector[] = DETECTORS): void {
    this.rules = detectors;
    this.analyzers.clear();
  }

  /** The last check of a document, if any. */
  result(uri: vscode.Uri): CheckResult | undefined {
    return this.results.get(uri.toString());
  }

  /** The finding behind one of Credence's diagnostics. */
  findingOf(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Finding | undefined {
    const known = this.findings.get(diagnostic);
    if (known) return known;
    // Diagnostics that went through the renderer come back as copies: match them by what they show.
    const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
    const result = this.results.get(uri.toString());
    const point = (offset: number) => result!.document!.toPoint(offset);
    return result?.document ? result.findings.find((f) => {
      const start = point(f.start);
      const end = point(f.end);
      return f.ruleId === code && f.message === diagnostic.message && start.line === diagnostic.range.start.line && start.character === diagnostic.range.start.character && end.line === diagnostic.range.end.line && end.character === diagnostic.range.end.character;
    }) : undefined;
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.collection.dispose();
    this.updated.dispose();
  }

  private toDiagnostic(finding: Finding, settings: CredenceSettings, point: (offset: number) => { line: number; character: number }): vscode.Diagnostic {
    const start = point(finding.start);
    const end = point(finding.end);
    const range = new vscode.Range(start.line, start.character, end.line, end.character);
    const level = settings.rules[finding.ruleId];
    const severity = level && level !== 'off' ? level : finding.severity;
    const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[severity]);
    diagnostic.source = 'Credence';
    diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(finding.url) };
    const related = (finding.related ?? []).flatMap((r) => {
      const location = this.corpus.location(r.uri, r.start, r.end);
      if (!location) return [];
      // The detector's message usually names the source already; otherwise say which article it is.
      const info = this.corpus.articleInfo(r.uri);
      const name = info?.outlet ?? info?.title;
      const who = name && !r.message.includes(name) ? `${[name, info?.date].filter(Boolean).join(', ')}: ` : '';
      return [new vscode.DiagnosticRelatedInformation(location, `${who}${r.message}`)];
    });
    if (related.length) diagnostic.relatedInformation = related;
    this.findings.set(diagnostic, finding);
    return diagnostic;
  }
}
