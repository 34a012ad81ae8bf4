// The extension never takes the host down: hostile drafts (NUL bytes, lone surrogates, thousands of
// nested quotes, very long lines, command links and raw HTML) are checked, every diagnostic lies inside
// its document, and the extension keeps answering afterwards. A detector that throws inside the
// extension is covered by rule-failure.test.ts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './helpers';
import { api, closeAll, credence, diagnostics, hoverAt, ruleOf, untitled } from './support';

const HOSTILE: ReadonlyArray<[string, 'markdown' | 'plaintext']> = [
  ['NUL \u0000 and lone \ud800 surrogates: “We will rebuild,” an official said.\u0000 \udc00', 'markdown'],
  ['>'.repeat(10_000) + ' “Deep,” a source said.', 'markdown'],
  ['word '.repeat(8_000) + '“A long line,” officials said.', 'plaintext'],
  ['“‘"'.repeat(2_000) + 'she said', 'markdown'],
  ['<script>alert(1)</script>\n\n[x](command:workbench.action.terminal.new) “Hi,” officials said.\n', 'markdown'],
  ['mixed\r\nline\rendings\n“Quoted,” a spokesperson said.\r\n😀\r\n', 'plaintext'],
];

describe('Credence under hostile input', () => {
  afterEach(closeAll);

  it('checks hostile drafts without failing, with every diagnostic inside its document', async function () {
    this.timeout(120_000);
    const credenceApi = await api();
    for (const [i, [text, language]] of HOSTILE.entries()) {
      const doc = (await untitled(text, language)).document;
      await waitFor(() => credenceApi.diagnostics.result(doc.uri)?.version === doc.version, `the check of hostile draft ${i}`, 60_000);
      for (const d of credence(doc.uri)) {
        assert.ok(doc.validateRange(d.range).isEqual(d.range), `draft ${i}: ${ruleOf(d)} at ${JSON.stringify(d.range)} lies outside the document`);
      }
      await closeAll();
    }
  });

  it('keeps working afterwards: a normal draft still gets diagnostics and a hover', async () => {
    const doc = (await untitled('Officials said the harbour road would reopen in May.\n', 'markdown')).document;
    const [first] = await diagnostics(doc.uri, (all) => all.some((d) => ruleOf(d) === 'anonymous-source'), 'anonymous-source after the hostile drafts');
    const { text } = await hoverAt(doc.uri, first!.range.start);
    assert.match(text, /Credence/);
  });

  it('a hover on a draft with a command link and raw HTML runs neither', async () => {
    const doc = (await untitled('[Open a terminal](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> “Fine,” officials said.\n', 'markdown')).document;
    const ds = await diagnostics(doc.uri, (all) => all.length > 0, 'a finding on the hostile draft');
    for (const d of ds) {
      const { hovers } = await hoverAt(doc.uri, d.range.start);
      for (const content of hovers.flatMap((h) => h.contents)) {
        if (typeof content === 'string' || !(content instanceof vscode.MarkdownString)) continue;
        assert.notEqual(content.supportHtml, true, 'hover markdown renders no HTML');
        if (typeof content.isTrusted === 'object') assert.ok(content.isTrusted.enabledCommands.every((c) => c.startsWith('credence.')));
        else assert.notEqual(content.isTrusted, true, 'hover markdown never trusts every command');
        assert.ok(!/(^|[^\\])<img/.test(content.value), 'no raw <img> tag');
        for (const command of content.value.match(/\]\(command:[\w.]+/g) ?? []) assert.match(command, /^\]\(command:credence\./, `only Credence's commands: ${command}`);
      }
    }
  });
});
