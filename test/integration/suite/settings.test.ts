// Settings apply without a reload: rule levels, languages, size limit and the corpus.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, credence, diagnosticOf, diagnostics, open, ruleOf, withSetting } from './support';

describe('Credence settings', () => {
  afterEach(closeAll);

  it('credence.rules turns a rule off and changes a rule severity, and back', async () => {
    const { document: doc } = await open('ferry-draft.md');
    await diagnosticOf(doc.uri, 'anonymous-source');
    await withSetting('rules', { 'anonymous-source': 'off', promotional: 'error' }, async () => {
      const ds = await diagnostics(doc.uri, (all) => !all.some((d) => ruleOf(d) === 'anonymous-source') && all.some((d) => ruleOf(d) === 'promotional' && d.severity === vscode.DiagnosticSeverity.Error), 'anonymous-source off, promotional an error');
      assert.ok(ds.some((d) => ruleOf(d) === 'quote'), 'other rules still report');
    });
    const ds = await diagnostics(doc.uri, (all) => all.some((d) => ruleOf(d) === 'anonymous-source'), 'anonymous-source back');
    assert.equal(ds.find((d) => ruleOf(d) === 'promotional')?.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('credence.languages decides which documents are checked', async () => {
    const { document: doc } = await open('ferry-draft.txt');
    await diagnosticOf(doc.uri, 'anonymous-source');
    await withSetting('languages', ['markdown'], async () => {
      await diagnostics(doc.uri, (all) => all.length === 0, 'plain text no longer checked');
    });
    await diagnosticOf(doc.uri, 'anonymous-source');
  });

  it('credence.maxFileSizeMB skips a draft over the limit and says so in the status bar', async () => {
    const { document: doc } = await open('ferry-draft.md');
    await diagnosticOf(doc.uri, 'anonymous-source');
    const api = await vscode.extensions.getExtension<{ statusBar: { text: string } }>('credence.credence')!.activate();
    await withSetting('maxFileSizeMB', 0.0001, async () => {
      await diagnostics(doc.uri, (all) => all.length === 0, 'no diagnostics over the size limit');
      assert.match(api.statusBar.text, /not checked/);
    });
    await diagnosticOf(doc.uri, 'anonymous-source');
  });

  it('corpus settings rebuild the corpus: without it the claim conflict disappears', async () => {
    const { document: doc } = await open('ferry-draft.md');
    await diagnosticOf(doc.uri, 'claim-conflict');
    const config = vscode.workspace.getConfiguration('credence', doc.uri);
    const before = config.inspect<string[]>('corpus.paths')?.workspaceValue;
    assert.deepEqual(before, ['corpus']);
    try {
      await config.update('corpus.paths', [], vscode.ConfigurationTarget.Workspace);
      await diagnostics(doc.uri, (all) => !all.some((d) => ruleOf(d) === 'claim-conflict') && all.some((d) => ruleOf(d) === 'anonymous-source'), 'no claim-conflict without a corpus');
    } finally {
      await vscode.workspace.getConfiguration('credence', doc.uri).update('corpus.paths', before, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticOf(doc.uri, 'claim-conflict');
    assert.ok(credence(doc.uri).length > 1);
  });
});
