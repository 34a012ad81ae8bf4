// Harness smoke test: proves that the extension under development is loaded into a real VS Code
// extension host and activates on a markdown document. Feature tests live in their own *.test.ts files.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { screenshot, waitFor } from './helpers';

const EXTENSION_ID = 'credence.credence';

describe('Credence extension host smoke test', () => {
  it('activates when a markdown draft from the fixture workspace is opened', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the fixture workspace should be open');
    assert.equal(path.basename(folder.uri.path), 'workspace');

    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} should be loaded as the extension under development`);

    // Do not call ext.activate(): the point is that onLanguage:markdown activates it on its own.
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'draft.md'));
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'markdown');
    await waitFor(() => ext.isActive, `${EXTENSION_ID} to activate`);

    console.log(`  (VS Code ${vscode.version}, ${EXTENSION_ID} active)`);
    await screenshot('smoke-draft-md');
  });
});
