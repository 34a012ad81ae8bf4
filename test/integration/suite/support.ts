// Helpers for Credence's feature tests: open drafts, wait for diagnostics, run providers, change settings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CredenceApi } from '../../../src/vscode/extension';
import { sleep, waitFor } from './helpers';

export const EXTENSION_ID = 'credence.credence';

/** The fixture workspace folder (test/fixtures/workspace). */
export function folder(): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the fixture workspace should be open');
  return f;
}

export function fixture(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(folder().uri, ...relative.split('/'));
}

/** The extension's API (activating it if a test runs before any draft was opened). */
export async function api(): Promise<CredenceApi> {
  const ext = vscode.extensions.getExtension<CredenceApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} should be loaded`);
  return ext.isActive ? ext.exports : ext.activate();
}

/** Opens a fixture file in an editor. */
export async function open(relative: string): Promise<vscode.TextEditor> {
  await api();
  const doc = await vscode.workspace.openTextDocument(fixture(relative));
  return vscode.window.showTextDocument(doc);
}

/** Opens an unsaved document with the given text (edits in tests never touch the fixture files). */
export async function untitled(content: string, language: 'markdown' | 'plaintext'): Promise<vscode.TextEditor> {
  await api();
  // A name of its own per draft: VS Code reuses "Untitled-1" once a test has closed it, and a late
  // re-check of the closed draft could then land on the next test's document.
  const uri = vscode.Uri.parse(`untitled:/credence-draft-${++untitledCount}.${language === 'markdown' ? 'md' : 'txt'}`);
  const doc = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), language);
  const editor = await vscode.window.showTextDocument(doc);
  await editor.edit((b) => {
    if (content.includes('\r\n')) b.setEndOfLine(vscode.EndOfLine.CRLF);
    b.insert(new vscode.Position(0, 0), content);
  });
  return editor;
}

let untitledCount = 0;

/** Credence's diagnostics of a document. */
export function credence(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Credence');
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Waits until Credence's diagnostics of a document satisfy a condition, and returns them. */
export async function diagnostics(uri: vscode.Uri, ok: (ds: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 10000): Promise<vscode.Diagnostic[]> {
  await waitFor(() => ok(credence(uri)), `${what} (now: ${JSON.stringify(credence(uri).map(describe))})`, timeoutMs);
  return credence(uri);
}

/** Waits for a diagnostic of a rule and returns the first one. */
export async function diagnosticOf(uri: vscode.Uri, rule: string): Promise<vscode.Diagnostic> {
  const ds = await diagnostics(uri, (all) => all.some((d) => ruleOf(d) === rule), `a ${rule} diagnostic`);
  return ds.find((d) => ruleOf(d) === rule)!;
}

/** Rule id and the text under a diagnostic, for assertion messages. */
export function describe(d: vscode.Diagnostic): string {
  return `${ruleOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
}

/** The text a diagnostic covers. */
export function textOf(doc: vscode.TextDocument, d: vscode.Diagnostic): string {
  return doc.getText(d.range);
}

/** Markdown of every hover at a position, joined. */
export async function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<{ text: string; hovers: vscode.Hover[] }> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  return { text, hovers };
}

/** Titles of the actions Credence offers (the command's results carry no diagnostics to tell them by). */
const OURS = /^(Cite source: |Use the value |Show conflicting claim |Learn about |Ignore this finding here$)/;

/**
 * Credence's quick fixes for a range (optionally of one kind). The diagnostics reach the renderer's
 * marker service a moment after the extension host publishes them, and code actions are asked for
 * with the markers there, so an empty answer is retried briefly unless none is expected.
 */
export async function quickFixes(uri: vscode.Uri, range: vscode.Range, kind?: string, expectSome = true): Promise<vscode.CodeAction[]> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
    const ours = actions.filter((a) => OURS.test(a.title));
    if (ours.length || !expectSome || Date.now() > deadline) return ours;
    await sleep(100);
  }
}

/** Applies a code action's edit and checks that VS Code accepted it. */
export async function apply(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `${action.title} should carry an edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit), `${action.title} should apply`);
}

/** Sets a `credence.*` user setting for the duration of `fn`, then restores it. */
export async function withSetting<T>(key: string, value: unknown, fn: () => Promise<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration('credence');
  const before = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  try {
    return await fn();
  } finally {
    await vscode.workspace.getConfiguration('credence').update(key, before, vscode.ConfigurationTarget.Global);
  }
}

/** Closes all editors without saving (untitled test documents are reverted). */
export async function closeAll(): Promise<void> {
  const dirty = vscode.workspace.textDocuments.filter((d) => d.isDirty || (d.isUntitled && !d.isClosed));
  for (const doc of dirty) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Offset of a needle in a document, as a position (optionally some characters into the match). */
export function positionOf(doc: vscode.TextDocument, needle: string, into = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `${needle} should be in ${doc.uri.toString()}`);
  return doc.positionAt(at + into);
}
