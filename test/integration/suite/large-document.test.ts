// Large drafts are analysed on a worker thread: diagnostics arrive, the extension host keeps
// answering while the analysis runs, and an edit made meanwhile is what the final diagnostics show.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, credence, diagnostics, ruleOf, textOf, untitled } from './support';

/** About 300 KB of varied paragraphs (over the 200 KB off-thread threshold), each with an unnamed source. */
function largeDraft(): string {
  const places = ['the harbour', 'the northern depot', 'the old mill', 'the river crossing', 'the ring road'];
  const paragraphs: string[] = [];
  for (let i = 0; paragraphs.join('\n\n').length < 300_000; i++) {
    paragraphs.push(`Crews cleared ${i + 3} lorries from ${places[i % places.length]} on day ${i + 1}, a council official said, adding that the work would take ${(i % 9) + 2} more weeks.`);
  }
  return paragraphs.join('\n\n');
}

describe('Credence on large drafts', () => {
  afterEach(closeAll);

  it('checks a 300 KB draft off the main thread without stalling the extension host', async function () {
    this.timeout(150_000);
    const editor = await untitled(largeDraft(), 'markdown');
    const doc = editor.document;
    // From here on, measure how late a 20 ms timer fires: a long synchronous analysis in the
    // extension host would show as one big gap.
    let last = Date.now();
    let worstGap = 0;
    const ticker = setInterval(() => {
      const now = Date.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
    }, 20);
    try {
      const ds = await diagnostics(doc.uri, (all) => all.filter((d) => ruleOf(d) === 'anonymous-source').length > 100, 'anonymous-source on the large draft', 60_000);
      assert.match(textOf(doc, ds.find((d) => ruleOf(d) === 'anonymous-source')!), /official/);
      // Edit near the end while a re-check may be running; the final diagnostics follow the edit.
      const end = doc.positionAt(doc.getText().length);
      await editor.edit((b) => b.insert(end, '\n\nA second council official said the road would reopen.'));
      await diagnostics(doc.uri, (all) => all.some((d) => ruleOf(d) === 'anonymous-source' && d.range.start.line === end.line + 2), 'the finding in the added paragraph', 60_000);
    } finally {
      clearInterval(ticker);
    }
    // Generous bound for a loaded 2-core machine; an in-thread analysis of 300 KB blocks for seconds.
    assert.ok(worstGap < 1500, `the extension host stalled for ${worstGap} ms`);
    assert.ok(credence(vscode.window.activeTextEditor!.document.uri).length > 0);
  });
});
