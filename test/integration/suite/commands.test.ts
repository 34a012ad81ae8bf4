// Commands: check workspace, sourcing summary, status bar, open source, add file to corpus.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { WorkspaceCheckReport } from '../../../src/vscode/workspace-check';
import { waitFor } from './helpers';
import { api, closeAll, credence, diagnosticOf, fixture, open, ruleOf } from './support';

describe('Credence commands', () => {
  afterEach(closeAll);

  it('"Check workspace" checks every .md/.txt file, including drafts that are not open', async () => {
    await api();
    const unopened = fixture('draft.txt');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()));
    const report = await vscode.commands.executeCommand<WorkspaceCheckReport>('credence.checkWorkspace');
    assert.ok(report.files >= 7, `files: ${report.files}`);
    assert.equal(report.checked, report.files - report.skipped.length);
    assert.equal(report.cancelled, false);
    assert.ok(credence(unopened).some((d) => ruleOf(d) === 'anonymous-source'), 'diagnostics for a file that is not open');
    assert.ok(credence(fixture('ferry-draft.md')).some((d) => ruleOf(d) === 'claim-conflict'));
  });

  it('"Show sourcing summary" lists speakers with quote counts, anonymous sourcing, promotion and conflicts', async () => {
    await open('ferry-draft.md');
    await diagnosticOf(fixture('ferry-draft.md'), 'claim-conflict');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('credence.showSummary');
    assert.ok(uri, 'the command returns the summary document');
    const summary = (await vscode.workspace.openTextDocument(uri)).getText();
    assert.match(summary, /^# Sourcing summary: ferry\\-draft\\\.md\n/);
    assert.match(summary, /\| [^|]*Lindqvist \| yes \| 1 \|/);
    assert.match(summary, /\| Anonymous attributions \| 1 \|/);
    assert.match(summary, /## Promotional blocks\n\n- line 13: `Subscribe/);
    const conflicts = /## Claim conflicts\n\n(- line 5: `61`; other sources say `58`: .*)\n/.exec(summary);
    assert.ok(conflicts, summary);
    assert.match(conflicts[1]!, /Harbour Gazette \(2025\\-03\\-14\)/);
    assert.match(conflicts[1]!, /Coastal Courier \(2025\\-03\\-16\)/);
  });

  it('the status bar summarises the active draft', async () => {
    const { statusBar } = await api();
    await open('ferry-draft.md');
    await diagnosticOf(fixture('ferry-draft.md'), 'claim-conflict');
    await waitFor(() => /Credence: .*1 anonymous.*1 conflict/.test(statusBar.text), `status bar text (now: ${statusBar.text})`);
  });

  it('credence.openSource opens a corpus article with the span selected', async () => {
    const file = fixture('corpus/harbour-gazette.txt').fsPath;
    const start = fs.readFileSync(file, 'utf8').indexOf('58');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('credence.openSource', file, start, start + 2);
    assert.ok(editor);
    assert.equal(path.basename(editor.document.uri.fsPath), 'harbour-gazette.txt');
    assert.equal(editor.document.getText(editor.selection), '58');
  });

  it('"Add file to corpus" adds the active file to credence.corpus.paths in the workspace settings', async () => {
    const settingsFile = fixture('.vscode/settings.json').fsPath;
    const original = fs.readFileSync(settingsFile, 'utf8');
    try {
      await open('draft.md');
      const added = await vscode.commands.executeCommand<string>('credence.addFileToCorpus');
      assert.equal(added, 'draft.md');
      await waitFor(() => (vscode.workspace.getConfiguration('credence').inspect<string[]>('corpus.paths')?.workspaceValue ?? []).includes('draft.md'), 'the setting to change');
      assert.deepEqual(vscode.workspace.getConfiguration('credence').inspect<string[]>('corpus.paths')?.workspaceValue, ['corpus', 'draft.md']);
    } finally {
      fs.writeFileSync(settingsFile, original);
      await waitFor(() => (vscode.workspace.getConfiguration('credence').inspect<string[]>('corpus.paths')?.workspaceValue ?? []).length === 1, 'the settings file to be restored');
    }
  });
});
