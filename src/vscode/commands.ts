import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { DETECTORS, detectorById } from '../engine';
import { ruleUrl } from '../engine/detector';
import { toUri, type CorpusService } from './corpus-service';
import type { Diagnostics } from './diagnostics';
import { evidenceFor } from './evidence';
import type { Log } from './log';
import { buildSummary } from './summary';
import { checkWorkspace } from './workspace-check';

/** Scheme of the read-only sourcing summaries (markdown, shown in the preview). */
export const SUMMARY_SCHEME = 'credence-summary';

/** Serves the sourcing summaries as read-only markdown documents. */
export class SummaryDocuments implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  set(uri: vscode.Uri, content: string): void {
    this.contents.set(uri.toString(), content);
    this.changed.fire(uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }
}

export interface CommandDeps {
  context: vscode.ExtensionContext;
  diagnostics: Diagnostics;
  corpus: CorpusService;
  log: Log;
  summaries: SummaryDocuments;
  /** Files checked by "Check workspace", whose diagnostics outlive closing them. */
  workspaceChecked: Set<string>;
}

/** Registers every `credence.*` command; each one logs its failure instead of throwing into VS Code. */
export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const { log } = deps;
  const register = (id: string, fn: (...args: any[]) => unknown) => vscode.commands.registerCommand(id, log.guard(id, undefined, fn));
  return [
    register('credence.openSource', (uri: unknown, start: unknown, end: unknown) => openSource(uri, start, end)),
    register('credence.showRuleDocs', (id: unknown) => showRuleDocs(deps.context, id)),
    register('credence.showSummary', (uri?: vscode.Uri) => showSummary(deps, uri)),
    register('credence.checkWorkspace', () => checkWorkspace(deps.diagnostics, log, deps.workspaceChecked)),
    register('credence.addFileToCorpus', (uri?: vscode.Uri) => addFileToCorpus(deps, uri)),
    register('credence.showOutput', () => log.show()),
  ];
}

/** Opens a corpus article with the given span selected; the arguments come from hover links and related information. */
async function openSource(uri: unknown, start: unknown, end: unknown): Promise<vscode.TextEditor | undefined> {
  if (typeof uri !== 'string' || !Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  const doc = await vscode.workspace.openTextDocument(toUri(uri));
  const range = new vscode.Range(doc.positionAt(start as number), doc.positionAt(end as number));
  return vscode.window.showTextDocument(doc, { selection: range, viewColumn: vscode.ViewColumn.Beside, preview: true });
}

/** Opens a rule's docs page: the copy bundled with the extension in the preview, else the web page. */
async function showRuleDocs(context: vscode.ExtensionContext, id: unknown): Promise<void> {
  if (id === undefined) {
    const picked = await vscode.window.showQuickPick(DETECTORS.map((d) => ({ label: d.id, description: d.meta.title })), { placeHolder: 'Which rule?' });
    id = picked?.label;
  }
  if (typeof id !== 'string' || !detectorById(id)) return;
  const page = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`);
  if (page.scheme === 'file' && existsSync(page.fsPath)) {
    await vscode.commands.executeCommand('markdown.showPreview', page);
  } else {
    await vscode.env.openExternal(vscode.Uri.parse(ruleUrl(id)));
  }
}

/** Builds the sourcing summary of a draft (the active one by default) and opens it in the markdown preview. */
async function showSummary(deps: CommandDeps, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const doc = target ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showInformationMessage('Credence: open a draft to see its sourcing summary');
    return undefined;
  }
  let result = deps.diagnostics.result(doc.uri);
  if (!result || result.version !== doc.version || !result.document) {
    deps.diagnostics.lint(doc);
    result = deps.diagnostics.result(doc.uri);
  }
  if (!result?.document) {
    void vscode.window.showInformationMessage(result?.skipped ? `Credence: ${result.skipped}` : 'Credence does not check this document (see credence.languages)');
    return undefined;
  }
  const name = basename(doc.uri.path) || doc.uri.toString();
  const checked = result.document;
  const content = buildSummary({
    name,
    text: doc.getText(),
    findings: result.findings,
    lineOf: (offset) => checked.toPoint(offset).line + 1,
    sourcesOf: (finding) => evidenceFor(finding, deps.corpus, doc.uri).conflicting.map((s) => ({ name: s.info.outlet ?? s.info.title ?? basename(s.uri), date: s.info.date })),
  });
  const uri = vscode.Uri.from({ scheme: SUMMARY_SCHEME, path: `/${name} sourcing summary.md`, query: doc.uri.toString() });
  deps.summaries.set(uri, content);
  await vscode.commands.executeCommand('markdown.showPreview', uri);
  return uri;
}

/**
 * Adds a file (the active one, or the one chosen in the explorer) to `credence.corpus.paths`, as a
 * workspace-relative path in the workspace settings, so that the choice is visible, editable and
 * shared with the CLI's `--corpus`.
 */
async function addFileToCorpus(deps: CommandDeps, target?: vscode.Uri): Promise<string | undefined> {
  const uri = target ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri || uri.scheme !== 'file') {
    void vscode.window.showInformationMessage('Credence: open or select a saved article to add it to the corpus');
    return undefined;
  }
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const entry = folder ? vscode.workspace.asRelativePath(uri, false) : uri.fsPath;
  const config = vscode.workspace.getConfiguration('credence', uri);
  const where = folder ? (vscode.workspace.workspaceFolders!.length > 1 ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace) : vscode.ConfigurationTarget.Global;
  const inspected = config.inspect<string[]>('corpus.paths');
  const current = (where === vscode.ConfigurationTarget.WorkspaceFolder ? inspected?.workspaceFolderValue : where === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue) ?? [];
  if (current.includes(entry)) {
    void vscode.window.showInformationMessage(`Credence: ${entry} is already in the corpus`);
    return entry;
  }
  await config.update('corpus.paths', [...current, entry], where);
  deps.log.info(`added ${entry} to credence.corpus.paths`);
  void vscode.window.showInformationMessage(`Credence: added ${entry} to the corpus (credence.corpus.paths)`);
  return entry;
}
