import * as vscode from 'vscode';
import { CodeActionProvider } from './code-actions';
import { registerCommands, SUMMARY_SCHEME, SummaryDocuments } from './commands';
import { CorpusService } from './corpus-service';
import { Diagnostics, isShown } from './diagnostics';
import { HoverProvider } from './hover';
import { Log } from './log';
import { OffThreadChecker } from './off-thread';
import { DEFAULT_LANGUAGES, isChecked, readSettings } from './settings';
import { StatusBar } from './status-bar';
import { checkWorkspace, type WorkspaceCheckOptions, type WorkspaceCheckReport } from './workspace-check';

/** What `activate` returns: the parts integration tests look into. */
export interface CredenceApi {
  /** Also `diagnostics.setDetectors`, to run a faulty rule inside the real extension. */
  diagnostics: Diagnostics;
  corpus: CorpusService;
  statusBar: StatusBar;
  /** Each line written to the "Credence" output channel. */
  onDidLog: vscode.Event<string>;
  /** "Credence: Check workspace", with a caller's cancellation token and progress callback. */
  checkWorkspace(options?: WorkspaceCheckOptions): Promise<WorkspaceCheckReport>;
}

/**
 * Wires the engine into VS Code. Every handler is guarded: a failure is logged to the "Credence"
 * output channel and the editor carries on.
 */
export function activate(context: vscode.ExtensionContext): CredenceApi {
  const log = new Log();
  const corpus = new CorpusService(log, vscode.Uri.joinPath(context.extensionUri, 'seeds').fsPath);
  const offThread = new OffThreadChecker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath, corpus, log);
  const diagnostics = new Diagnostics(corpus, log, offThread);
  const statusBar = new StatusBar(diagnostics);
  const summaries = new SummaryDocuments();
  const workspaceChecked = new Set<string>();
  const hover = new HoverProvider(diagnostics, corpus);
  const actions = new CodeActionProvider(diagnostics, corpus);
  const guarded = <A extends unknown[]>(where: string, fn: (...args: A) => void) => log.guardSync(where, undefined, fn);
  // Providers follow `credence.languages`, so they are registered again when it changes.
  let providers = registerProviders(hover, actions, log);

  context.subscriptions.push(
    log,
    corpus,
    offThread,
    diagnostics,
    statusBar,
    vscode.workspace.registerTextDocumentContentProvider(SUMMARY_SCHEME, summaries),
    { dispose: () => providers.dispose() },
    ...registerCommands({ context, diagnostics, corpus, log, summaries, workspaceChecked }),
    vscode.workspace.onDidOpenTextDocument(guarded('open', (doc: vscode.TextDocument) => diagnostics.lint(doc))),
    vscode.workspace.onDidChangeTextDocument(guarded('edit', (e: vscode.TextDocumentChangeEvent) => {
      if (e.contentChanges.length) diagnostics.schedule(e.document);
    })),
    vscode.workspace.onDidCloseTextDocument(guarded('close', (doc: vscode.TextDocument) => diagnostics.forget(doc.uri, workspaceChecked.has(doc.uri.toString())))),
    // VS Code may keep a document loaded long after its last tab closed; the diagnostics go with the tab.
    vscode.window.tabGroups.onDidChangeTabs(guarded('tabs', (e: vscode.TabChangeEvent) => {
      // A document reopened in a tab while VS Code still had it loaded gets no open event.
      for (const tab of e.opened) {
        const uri = tab.input instanceof vscode.TabInputText ? tab.input.uri.toString() : undefined;
        const doc = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) : undefined;
        if (doc && !diagnostics.result(doc.uri)) diagnostics.lint(doc);
      }
      for (const tab of e.closed) {
        const uri = tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
        if (uri && !isShown(uri) && !workspaceChecked.has(uri.toString())) diagnostics.forget(uri);
      }
    })),
    vscode.workspace.onDidChangeConfiguration(guarded('settings', (e: vscode.ConfigurationChangeEvent) => {
      if (!e.affectsConfiguration('credence')) return;
      if (e.affectsConfiguration('credence.languages')) {
        providers.dispose();
        providers = registerProviders(hover, actions, log);
      }
      if (e.affectsConfiguration('credence.corpus') || e.affectsConfiguration('credence.maxFileSizeMB')) corpus.invalidate();
      else diagnostics.relintAll();
    })),
    vscode.workspace.onDidGrantWorkspaceTrust(guarded('trust', () => corpus.invalidate())),
    vscode.workspace.onDidChangeWorkspaceFolders(guarded('folders', () => corpus.invalidate())),
    corpus.onDidChange(guarded('corpus change', () => diagnostics.relintAll())),
    diagnostics.onDidUpdate(guarded('status', () => statusBar.update())),
    vscode.window.onDidChangeActiveTextEditor(guarded('status', () => statusBar.update())),
  );
  for (const doc of vscode.workspace.textDocuments) {
    if (isChecked(doc)) guarded('open', (d: vscode.TextDocument) => diagnostics.lint(d))(doc);
  }
  statusBar.update();
  return {
    diagnostics,
    corpus,
    statusBar,
    onDidLog: log.onDidWrite,
    checkWorkspace: (options) => checkWorkspace(diagnostics, log, workspaceChecked, options),
  };
}

/** Hover and quick-fix providers for the checked languages (on disk, unsaved, and in virtual workspaces). */
function registerProviders(hover: HoverProvider, actions: CodeActionProvider, log: Log): vscode.Disposable {
  const languages = [...new Set([...DEFAULT_LANGUAGES, ...readSettings().languages])];
  const selector = languages.flatMap((language) => ['file', 'untitled', 'vscode-vfs'].map((scheme) => ({ language, scheme })));
  return vscode.Disposable.from(
    vscode.languages.registerHoverProvider(selector, {
      provideHover: log.guardSync('hover', undefined, (doc: vscode.TextDocument, position: vscode.Position) => hover.provideHover(doc, position)),
    }),
    vscode.languages.registerCodeActionsProvider(
      selector,
      {
        provideCodeActions: log.guardSync('code actions', [], (doc: vscode.TextDocument, range: vscode.Range, ctx: vscode.CodeActionContext) => actions.provideCodeActions(doc, range, ctx)),
      },
      CodeActionProvider.metadata,
    ),
  );
}

export function deactivate(): void {}
