// Hovers on flagged spans: sources with outlet and date, speakers, why it matters, and safe markdown.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import { ARTIFACTS_DIR, sleep, waitFor } from './helpers';
import { closeAll, diagnosticOf, hoverAt, open, positionOf } from './support';

describe('Credence hovers', () => {
  afterEach(closeAll);

  it('cites each conflicting source with outlet, date, highlighted value and a link to open it', async () => {
    const { document: doc } = await open('ferry-draft.md');
    await diagnosticOf(doc.uri, 'claim-conflict');
    const { text, hovers } = await hoverAt(doc.uri, positionOf(doc, 'Lindqvist, 61', 'Lindqvist, '.length + 1));
    assert.ok(hovers.length, 'a hover on the conflicting value');
    assert.match(text, /Harbour Gazette\*\* \(2025\\-03\\-14\)/);
    assert.match(text, /Coastal Courier\*\* \(2025\\-03\\-16\)/);
    assert.match(text, /\*\*58\*\*/, 'the conflicting value is highlighted in the source sentence');
    assert.match(text, /2 of 3 sources agree with 58/);
    assert.match(text, /\(command:credence\.openSource\?/);
    assert.match(text, /date unknown; today’s date assumed/);
  });

  it('escapes hostile corpus text: no live link, command or HTML from an article reaches the hover', async () => {
    const { document: doc } = await open('ferry-draft.md');
    await diagnosticOf(doc.uri, 'claim-conflict');
    const { text, hovers } = await hoverAt(doc.uri, positionOf(doc, 'Lindqvist, 61', 'Lindqvist, '.length));
    assert.match(text, /\\\[details\\\]\\\(command\\:workbench\\\.action\\\.terminal\\\.new\\\)/, 'the corpus link shows as escaped text');
    assert.match(text, /\\<img src\\=x onerror\\=alert\\\(1\\\)\\>/, 'the corpus HTML shows as escaped text');
    assert.ok(!/(^|[^\\])<img/.test(text), 'no raw <img> tag');
    const commands = [...text.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.ok(commands.length > 0);
    assert.deepEqual([...new Set(commands)].filter((c) => !c!.startsWith('credence.')), [], 'only Credence commands are linked');
    for (const hover of hovers) {
      for (const content of hover.contents) {
        if (content instanceof vscode.MarkdownString) {
          assert.notEqual(content.supportHtml, true);
          if (typeof content.isTrusted === 'object') assert.ok(content.isTrusted.enabledCommands.every((c) => c.startsWith('credence.')));
          else assert.notEqual(content.isTrusted, true, 'hover markdown must not be fully trusted');
        }
      }
    }
  });

  it('names the speaker of a quote and says whether they are named', async () => {
    const { document: doc } = await open('ferry-draft.md');
    await diagnosticOf(doc.uri, 'quote');
    const { text } = await hoverAt(doc.uri, positionOf(doc, 'We will not raise fares', 3));
    assert.match(text, /Speaker: \*\*[^*]*Lindqvist\*\* \(named\)/);
    assert.match(text, /Also reported by:[\s\S]*Harbour Gazette/);
  });

  it('explains why anonymous sourcing matters', async () => {
    const { document: doc } = await open('ferry-draft.txt');
    await diagnosticOf(doc.uri, 'anonymous-source');
    const { text } = await hoverAt(doc.uri, positionOf(doc, 'senior port official', 3));
    assert.match(text, /Anonymous/i);
    assert.match(text, /Why it matters:\* Readers cannot weigh a source they cannot identify/);
  });

  it('shows the hover in the editor (screenshot for people)', async function () {
    this.timeout(30000);
    const editor = await open('ferry-draft.md');
    const doc = editor.document;
    await diagnosticOf(doc.uri, 'claim-conflict');
    const at = positionOf(doc, 'Lindqvist, 61', 'Lindqvist, '.length);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('editor.action.showHover');
    await sleep(1500);
    const file = path.join(ARTIFACTS_DIR, 'hover.png');
    if (process.env.CREDENCE_SCREENSHOTS === '1') {
      fs.rmSync(file, { force: true });
      console.log(`__SCREENSHOT__ ${file}`);
      await waitFor(() => fs.existsSync(file), `screenshot ${file}`, 10000);
      await sleep(500);
      assert.ok(fs.statSync(file).size > 10000, 'the screenshot has content');
    }
    const { hovers } = await hoverAt(doc.uri, at);
    assert.ok(hovers.length, 'the hover the screenshot shows exists');
  });
});
