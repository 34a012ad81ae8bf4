// Quick fixes applied in a real editor: cite a source (markdown footnotes, plain-text parenthetical),
// use the value other sources report, ignore a finding, and the kinds filter.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { sleep } from './helpers';
import { apply, closeAll, credence, diagnosticOf, diagnostics, fixture, quickFixes, ruleOf, textOf, untitled } from './support';

const draft = (name: string) => fs.readFileSync(fixture(name).fsPath, 'utf8');
const GAZETTE_FOOTNOTE = '[^1]: Harbour Gazette, "Island ferry fares to rise 12 percent", 2025-03-14, <corpus/harbour-gazette.txt>';

/** The `nth` quotation (attributed or not) whose diagnostic text contains `needle`. */
async function quoteDiagnostic(doc: vscode.TextDocument, needle: string, nth = 0): Promise<vscode.Diagnostic> {
  const pick = (ds: vscode.Diagnostic[]) => {
    const quotes = ds.filter((d) => (ruleOf(d) === 'quote' || ruleOf(d) === 'unattributed-quote') && textOf(doc, d).includes(needle));
    const distinct = quotes.filter((d, i) => quotes.findIndex((e) => e.range.isEqual(d.range)) === i);
    return distinct.sort((a, b) => a.range.start.compareTo(b.range.start))[nth];
  };
  return pick(await diagnostics(doc.uri, (ds) => !!pick(ds), `quote diagnostic ${nth} on ${needle}`))!;
}

describe('Credence quick fixes', () => {
  afterEach(closeAll);

  it('"Cite source" on a quote adds a footnote reference after the sentence and a definition at the end (markdown)', async () => {
    const { document: doc } = await untitled(draft('ferry-draft.md'), 'markdown');
    const quote = await quoteDiagnostic(doc, 'We will not raise fares');
    const actions = await quickFixes(doc.uri, quote.range);
    const cite = actions.find((a) => a.title === 'Cite source: Harbour Gazette');
    assert.ok(cite, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(cite.isPreferred, true);
    assert.equal(cite.kind?.value, 'quickfix');
    assert.equal(actions.indexOf(cite), 0, 'the preferred fix comes first');
    await apply(cite);
    const text = doc.getText();
    assert.ok(text.includes('Lindqvist told reporters at the terminal.[^1]\n'), text);
    assert.ok(text.endsWith(`follow us on Instagram for daily updates!\n\n${GAZETTE_FOOTNOTE}\n`), text);
  });

  it('"Cite source" reuses the footnote of a source already cited', async () => {
    const content = '# Fares\n\n“We will not raise fares again this year,” Lindqvist said on Friday.\n\nAsked again, she repeated: “We will not raise fares again this year.”\n';
    const { document: doc } = await untitled(content, 'markdown');
    await apply((await quickFixes(doc.uri, (await quoteDiagnostic(doc, 'raise fares', 0)).range)).find((a) => a.title === 'Cite source: Harbour Gazette')!);
    await sleep(600); // the re-check after the edit (debounced)
    const second = await quoteDiagnostic(doc, 'raise fares', 1);
    await apply((await quickFixes(doc.uri, second.range)).find((a) => a.title === 'Cite source: Harbour Gazette')!);
    const text = doc.getText();
    assert.equal(text.split('[^1]').length - 1, 3, `two references and one definition:\n${text}`);
    assert.ok(!text.includes('[^2]'), text);
    assert.ok(text.includes('she repeated: “We will not raise fares again this year.”[^1]\n'), text);
  });

  it('"Cite source" in plain text adds "(Source: outlet, date)" at the end of the sentence', async () => {
    const { document: doc } = await untitled(draft('ferry-draft.txt'), 'plaintext');
    const quote = await quoteDiagnostic(doc, 'We will not raise fares');
    const cite = (await quickFixes(doc.uri, quote.range)).find((a) => a.title === 'Cite source: Harbour Gazette');
    assert.ok(cite);
    await apply(cite);
    assert.ok(doc.getText().includes('Lindqvist told reporters at the terminal (Source: Harbour Gazette, 2025-03-14).\n'), doc.getText());
  });

  it('a conflicting claim offers the sources that back the draft, and the value the others report', async () => {
    const { document: doc } = await untitled(draft('ferry-draft.md'), 'markdown');
    const conflict = await diagnosticOf(doc.uri, 'claim-conflict');
    const actions = await quickFixes(doc.uri, conflict.range);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Cite source: Valley Ledger'), titles.join(' | '));
    const use = actions.find((a) => a.title.startsWith('Use the value 2 sources report'));
    assert.ok(use, titles.join(' | '));
    assert.ok(titles.includes('Learn about claim-conflict'));
    await apply(use);
    assert.ok(doc.getText().includes('Marta Lindqvist, 58, said fuel costs'), doc.getText());
    // Now the draft sides with the majority: the one source that says 61 is still a conflict, but a milder one.
    const after = await diagnostics(doc.uri, (ds) => ds.some((d) => ruleOf(d) === 'claim-conflict' && d.severity === vscode.DiagnosticSeverity.Information), 'a milder conflict');
    const mild = after.find((d) => ruleOf(d) === 'claim-conflict')!;
    assert.equal(textOf(doc, mild), '58');
    assert.deepEqual(mild.relatedInformation?.map((r) => r.location.uri.path.split('/').pop()), ['valley-ledger.txt']);
  });

  it('"Ignore this finding here" inserts a suppression comment above the line that the engine honours (markdown and plain text)', async () => {
    for (const [name, language, directive] of [
      ['ferry-draft.md', 'markdown', '<!-- credence-disable-next-line anonymous-source -->'],
      ['ferry-draft.txt', 'plaintext', 'credence-disable-next-line anonymous-source'],
    ] as const) {
      const { document: doc } = await untitled(draft(name), language);
      const anonymous = await diagnosticOf(doc.uri, 'anonymous-source');
      const others = credence(doc.uri).filter((d) => ruleOf(d) !== 'anonymous-source').length;
      const ignores = (await quickFixes(doc.uri, anonymous.range)).filter((a) => a.title === 'Ignore this finding here');
      assert.equal(ignores.length, 1, 'one diagnostic on that range, one "Ignore"');
      const ignore = ignores[0]!;
      await apply(ignore);
      assert.ok(doc.getText().includes(`${directive}\nA senior port official`), doc.getText());
      await diagnostics(doc.uri, (ds) => !ds.some((d) => ruleOf(d) === 'anonymous-source') && ds.length === others, `${language}: anonymous-source silenced, the rest kept`);
    }
  });

  it('honours the requested kind: no quick fixes when only source actions are asked for', async () => {
    const { document: doc } = await untitled(draft('ferry-draft.md'), 'markdown');
    const anonymous = await diagnosticOf(doc.uri, 'anonymous-source');
    assert.ok((await quickFixes(doc.uri, anonymous.range, vscode.CodeActionKind.QuickFix.value)).length > 0);
    assert.deepEqual(await quickFixes(doc.uri, anonymous.range, vscode.CodeActionKind.Source.value, false), []);
    const fixes = await quickFixes(doc.uri, anonymous.range, vscode.CodeActionKind.QuickFix.value);
    assert.ok(fixes.some((a) => a.title === 'Learn about anonymous-source' && a.command?.command === 'credence.showRuleDocs'));
  });
});
