import * as vscode from 'vscode';
import { Analyzer, DETECTORS, type Severity } from '../engine';

const LANGUAGES = new Set(['markdown', 'plaintext']);
const DEBOUNCE_MS = 300;
const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Minimal adapter: engine findings as diagnostics, refreshed on open and (debounced) edit, cleared on close. */
export function activate(context: vscode.ExtensionContext): void {
  const collection = vscode.languages.createDiagnosticCollection('credence');
  const output = vscode.window.createOutputChannel('Credence');
  const analyzers = new Map<string, Analyzer>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const lint = (doc: vscode.TextDocument) => {
    if (!LANGUAGES.has(doc.languageId)) return;
    const key = doc.uri.toString();
    let analyzer = analyzers.get(key);
    if (!analyzer) analyzers.set(key, (analyzer = new Analyzer(DETECTORS)));
    try {
      const result = analyzer.analyze(doc.getText(), { uri: key, languageId: doc.languageId });
      for (const failure of result.failures) output.appendLine(`${doc.uri.fsPath}: rule ${failure.ruleId} failed: ${failure.message}`);
      collection.set(doc.uri, result.findings.map((f) => {
        const diagnostic = new vscode.Diagnostic(new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)), f.message, SEVERITY[f.severity]);
        diagnostic.source = 'Credence';
        diagnostic.code = { value: f.ruleId, target: vscode.Uri.parse(f.url) };
        return diagnostic;
      }));
    } catch (error) {
      output.appendLine(`${doc.uri.fsPath}: analysis failed: ${(error as Error).message}`);
    }
  };
  const schedule = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      lint(doc);
    }, DEBOUNCE_MS));
  };
  const forget = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.delete(key);
    analyzers.delete(key);
    collection.delete(doc.uri);
  };

  context.subscriptions.push(
    collection,
    output,
    vscode.workspace.onDidOpenTextDocument(lint),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument(forget),
    { dispose: () => timers.forEach(clearTimeout) },
  );
  vscode.workspace.textDocuments.forEach(lint);
}

export function deactivate(): void {}
