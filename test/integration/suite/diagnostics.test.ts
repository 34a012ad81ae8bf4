// Diagnostics in a real VS Code: rule ids, exact ranges, severities, related information, lifecycle.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Analyzer, DETECTORS } from '../../../src/engine';
import { sleep, waitFor } from './helpers';
import { api, closeAll, EXTENSION_ID, credence, describe as show, diagnosticOf, diagnostics, fixture, open, ruleOf, textOf, untitled } from './support';

describe('Credence diagnostics', () => {
  afterEach(closeAll);

  it('flags a markdown draft with the default severity of each rule, linking the rule docs', async () => {
    const editor = await open('ferry-draft.md');
    const doc = editor.document;
    const anonymous = await diagnosticOf(doc.uri, 'anonymous-source');
    assert.match(textOf(doc, anonymous), /official/);
    assert.equal(anonymous.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(anonymous.source, 'Credence');
    assert.ok(typeof anonymous.code === 'object' && anonymous.code.target.toString().endsWith('/docs/rules/anonymous-source.md'));

    const all = await diagnostics(doc.uri, (ds) => ['quote', 'unattributed-quote', 'promotional'].every((r) => ds.some((d) => ruleOf(d) === r)), 'quote, unattributed-quote and promotional');
    const quote = all.find((d) => ruleOf(d) === 'quote' && textOf(doc, d).includes('We will not raise fares'));
    assert.ok(quote, `a quote diagnostic on the Lindqvist quote: ${all.map(show)}`);
    assert.equal(quote.severity, vscode.DiagnosticSeverity.Hint);
    const unattributed = all.find((d) => ruleOf(d) === 'unattributed-quote')!;
    assert.match(textOf(doc, unattributed), /cutting us off from the mainland/);
    assert.equal(unattributed.severity, vscode.DiagnosticSeverity.Warning);
    const promo = all.find((d) => ruleOf(d) === 'promotional')!;
    assert.match(textOf(doc, promo), /Subscribe|newsletter|follow us/i);
    assert.equal(promo.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('reports a claim conflict on the value, with related information at the right spans of the corpus files', async () => {
    const editor = await open('ferry-draft.md');
    const doc = editor.document;
    const conflict = await diagnosticOf(doc.uri, 'claim-conflict');
    assert.equal(textOf(doc, conflict), '61');
    assert.equal(conflict.severity, vscode.DiagnosticSeverity.Warning);
    const related = conflict.relatedInformation ?? [];
    const files = related.map((r) => path.basename(r.location.uri.fsPath)).sort();
    assert.deepEqual(files, ['coastal-courier.txt', 'harbour-gazette.txt']);
    for (const r of related) {
      const source = await vscode.workspace.openTextDocument(r.location.uri);
      assert.equal(source.getText(r.location.range), '58', `related span in ${r.location.uri.fsPath}`);
    }
    assert.ok(related.some((r) => r.message.includes('Harbour Gazette') && r.message.includes('2025-03-14')), related.map((r) => r.message).join(' | '));
  });

  it('checks a bundled seed article against the other seeds when credence.corpus.includeSeeds is on', async () => {
    const settingsFile = fixture('.vscode/settings.json').fsPath;
    const original = fs.readFileSync(settingsFile, 'utf8');
    try {
      await vscode.workspace.getConfiguration('credence').update('corpus.includeSeeds', true, vscode.ConfigurationTarget.Workspace);
      await api();
      const seed = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'seeds', '003_2e71ec8e04e081c2.txt');
      const doc = await vscode.workspace.openTextDocument(seed);
      await vscode.window.showTextDocument(doc);
      const ds = await diagnostics(doc.uri, (all) => all.some((d) => ruleOf(d) === 'claim-conflict' && textOf(doc, d) === 'Talpalpa'), 'the misspelt place flagged');
      const conflict = ds.find((d) => ruleOf(d) === 'claim-conflict' && textOf(doc, d) === 'Talpalpa')!;
      assert.ok(conflict.relatedInformation?.length, 'related seeds');
      for (const r of conflict.relatedInformation!) {
        assert.match(path.basename(r.location.uri.fsPath), /^00[0-4]_.*\.txt$/);
        assert.notEqual(r.location.uri.toString(), doc.uri.toString(), 'an article is never compared with itself');
        assert.equal((await vscode.workspace.openTextDocument(r.location.uri)).getText(r.location.range), 'Tapalpa');
      }
    } finally {
      fs.writeFileSync(settingsFile, original);
      await waitFor(() => vscode.workspace.getConfiguration('credence').get('corpus.includeSeeds') === false, 'the settings file to be restored');
    }
  });

  it('puts every finding at exactly the engine offsets in a CRLF plain-text draft with emoji', async () => {
    const text = [
      '🚢🚢 Ferry news 🌊',
      '',
      'A senior port official, speaking on condition of anonymity, said the deal was off. 😬',
      '',
      '“We will keep the timetable,” said harbour master Sven Holm. “It is not negotiable.”',
      '',
      '“Nobody asked us.”',
      '',
    ].join('\r\n');
    const editor = await untitled(text, 'plaintext');
    const doc = editor.document;
    assert.equal(doc.eol, vscode.EndOfLine.CRLF);
    const expected = new Analyzer(DETECTORS).analyze(doc.getText(), { languageId: 'plaintext' }).findings.filter((f) => f.ruleId !== 'claim-conflict');
    assert.ok(expected.length >= 2, `the engine should find something in this draft, found ${expected.length}`);
    const key = (rule: string, r: vscode.Range) => `${rule}@${doc.offsetAt(r.start)}-${doc.offsetAt(r.end)}`;
    const want = expected.map((f) => `${f.ruleId}@${f.start}-${f.end}`).sort();
    await diagnostics(doc.uri, (ds) => ds.filter((d) => ruleOf(d) !== 'claim-conflict').length === want.length, `${want.length} diagnostics`);
    const got = credence(doc.uri).filter((d) => ruleOf(d) !== 'claim-conflict').map((d) => key(ruleOf(d), d.range)).sort();
    assert.deepEqual(got, want);
  });

  it('re-checks after typing stops and keeps only the result for the latest text', async () => {
    const editor = await untitled('The plan is final.\n', 'markdown');
    const doc = editor.document;
    await sleep(400);
    assert.equal(credence(doc.uri).filter((d) => ruleOf(d) === 'anonymous-source').length, 0);
    for (const word of ['Officials ', 'said ', 'the ', 'plan ', 'was ', 'dropped. ']) {
      await editor.edit((e) => e.insert(doc.positionAt(doc.getText().length), word));
      await sleep(40);
    }
    const ds = await diagnostics(doc.uri, (all) => all.some((d) => ruleOf(d) === 'anonymous-source'), 'anonymous-source after typing');
    const anonymous = ds.find((d) => ruleOf(d) === 'anonymous-source')!;
    assert.match(textOf(doc, anonymous), /^Officials said/);
  });

  it('clears diagnostics when a draft is closed', async () => {
    // A file outside the workspace: "Check workspace" (another test) keeps the workspace files' diagnostics on purpose.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'credence-close-'));
    const file = path.join(dir, 'closing.md');
    fs.writeFileSync(file, 'Officials said the ferry would stop running in May.\n');
    try {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      await vscode.window.showTextDocument(doc);
      await diagnosticOf(doc.uri, 'anonymous-source');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await diagnostics(doc.uri, (ds) => ds.length === 0, 'no diagnostics after close');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
