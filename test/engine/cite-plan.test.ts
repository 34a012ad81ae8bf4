import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationOffset, footnoteText, parenthetical, planCitation, sourceLabel, type CitedSource } from '../../src/vscode/cite-plan';
import type { TextEdit } from '../../src/engine';

const GAZETTE: CitedSource = { outlet: 'Harbour Gazette', title: 'Ferry fares rise again', date: '2025-03-14', location: 'corpus/gazette.md' };
const LEDGER: CitedSource = { outlet: 'Valley Ledger', date: '2025-03-15', location: 'https://ledger.example/fares' };

/** Applies edits from last to first, as an editor would. */
function apply(text: string, edits: TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
}

/** Plans a citation for the sentence that contains `needle`. */
function cite(text: string, needle: string, source: CitedSource, languageId = 'markdown'): string {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `${needle} not in text`);
  return apply(text, planCitation(text, languageId, start, start + needle.length, source));
}

test('markdown: a footnote reference after the sentence and a definition at the end', () => {
  const text = '# Fares\n\nThe fare rose to €4.20, the operator said.\n\nMore text follows.\n';
  assert.equal(
    cite(text, 'The fare rose to €4.20, the operator said.', GAZETTE),
    '# Fares\n\nThe fare rose to €4.20, the operator said.[^1]\n\nMore text follows.\n\n[^1]: Harbour Gazette, "Ferry fares rise again", 2025-03-14, <corpus/gazette.md>\n',
  );
});

test('markdown: the reference goes after closing quotes, and a second source gets the next number', () => {
  const once = cite('“It will not last,” she said. 🚢 Later, “we will see.”', '“we will see.”', GAZETTE);
  assert.equal(once, '“It will not last,” she said. 🚢 Later, “we will see.”[^1]\n\n[^1]: Harbour Gazette, "Ferry fares rise again", 2025-03-14, <corpus/gazette.md>\n');
  const twice = cite(once, '“It will not last,” she said.', LEDGER);
  assert.match(twice, /she said\.\[\^2\] 🚢/);
  assert.match(twice, /\n\[\^1\]: Harbour Gazette[^\n]*\n\[\^2\]: Valley Ledger, 2025-03-15, <https:\/\/ledger\.example\/fares>\n$/);
});

test('markdown: citing the same source again reuses its footnote', () => {
  const text = 'First claim.[^1] Second claim here.\n\n[^1]: Harbour Gazette, "Ferry fares rise again", 2025-03-14, <corpus/gazette.md>\n';
  const edits = planCitation(text, 'markdown', text.indexOf('Second'), text.indexOf('here.') + 5, GAZETTE);
  assert.deepEqual(edits, [{ start: text.indexOf('here.') + 5, end: text.indexOf('here.') + 5, text: '[^1]' }]);
});

test('markdown: a footnote already present at the sentence end is not added twice', () => {
  const text = 'Claim.[^1]\n\n[^1]: Harbour Gazette, "Ferry fares rise again", 2025-03-14, <corpus/gazette.md>\n';
  assert.deepEqual(planCitation(text, 'markdown', 0, 6, GAZETTE), []);
});

test('markdown: numbering skips labels in use and keeps CRLF line ends', () => {
  const text = 'A claim.[^3]\r\n\r\n[^3]: Someone else\r\n';
  assert.equal(cite(text, 'A claim.', GAZETTE).split('[^4]').length, 3);
  assert.ok(cite(text, 'A claim.', GAZETTE).endsWith('[^3]: Someone else\r\n[^4]: Harbour Gazette, "Ferry fares rise again", 2025-03-14, <corpus/gazette.md>\r\n'));
});

test('markdown: a sentence at the very end of a file without newline', () => {
  assert.equal(cite('Only sentence.', 'Only sentence.', LEDGER), 'Only sentence.[^1]\n\n[^1]: Valley Ledger, 2025-03-15, <https://ledger.example/fares>\n');
});

test('plain text: a parenthetical before the final period, or after a closing quote', () => {
  assert.equal(cite('Fares rose 12% in March. Next.', 'Fares rose 12% in March.', LEDGER, 'plaintext'), 'Fares rose 12% in March (Source: Valley Ledger, 2025-03-15). Next.');
  assert.equal(cite('He said: “It is over.” Then left.', 'He said: “It is over.”', GAZETTE, 'plaintext'), 'He said: “It is over.” (Source: Harbour Gazette, 2025-03-14) Then left.');
});

test('plain text: the same parenthetical is not inserted twice', () => {
  const once = cite('Fares rose 12% in March.', 'Fares rose 12% in March.', LEDGER, 'plaintext');
  assert.deepEqual(planCitation(once, 'plaintext', 0, once.length, LEDGER), []);
});

test('citation texts use what is known about the source', () => {
  assert.equal(sourceLabel({ title: 'A headline', location: 'x/y.txt' }), 'A headline');
  assert.equal(sourceLabel({ location: 'x/y.txt' }), 'y.txt');
  assert.equal(footnoteText({ date: '2024-01-02' }), '2024-01-02');
  assert.equal(parenthetical({ title: 'A headline', date: '2024-01-02' }), '(Source: "A headline", 2024-01-02)');
  assert.equal(citationOffset('Hi there.  ', 0, 11, 'after'), 9);
});
