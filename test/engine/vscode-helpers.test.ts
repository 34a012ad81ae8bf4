// Pure helpers of the VS Code adapter (no `vscode` import): quote search, markdown escaping, summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuote } from '../../src/vscode/quote-match';
import { codeSpan, escapeMarkdown, highlight } from '../../src/vscode/markdown-escape';
import { buildSummary, countFindings } from '../../src/vscode/summary';
import type { Finding } from '../../src/engine';

test('a quote is found whatever its quotation marks, case and spacing', () => {
  const article = 'The mayor said: "We won’t   raise the fares this year," adding that talks continue.';
  const hit = findQuote('“we won\'t raise the fares this year”', article);
  assert.ok(hit);
  assert.equal(article.slice(hit.start, hit.end), 'We won’t   raise the fares this year');
});

test('short or partial-word matches do not count as carrying the quote', () => {
  assert.equal(findQuote('"no comment"', 'She said no comment twice.'), undefined);
  assert.equal(findQuote('"the plan will fail soon"', 'the plan will fail sooner'), undefined);
});

test('a long quote is found by its first words when the source quotes only part of it', () => {
  const quote = '“Ferries are the only link for 4,000 islanders, and every cent matters to them,” he said.';
  const article = 'Ferries are the only link for 4,000 islanders, the councillor told us.';
  assert.ok(findQuote(quote, article));
});

test('escaped markdown keeps links, HTML, commands and structure inert', () => {
  const hostile = '[x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **b** $(zap)\n# h &amp; https://e.example';
  const escaped = escapeMarkdown(hostile);
  assert.ok(!escaped.includes('\n'));
  // Every markdown/HTML-significant character is preceded by a backslash, so none of them acts.
  assert.ok(!/(^|[^\\])[[\]()<>*#&:$]/.test(escaped), escaped);
  assert.equal(escaped.replace(/\\(.)/g, '$1'), hostile.replace('\n', ' '));
});

test('code spans outlast the backticks inside them; highlights escape both sides', () => {
  assert.equal(codeSpan('a `b` c'), '``a `b` c``');
  assert.equal(codeSpan('`x'), '`` `x ``');
  assert.equal(highlight('aged 59 <b>', 5, 7), 'aged **59** \\<b\\>');
});

const finding = (ruleId: string, start: number, end: number, extra: Partial<Finding> = {}): Finding => ({ ruleId, source: 'credence', severity: 'info', message: 'm', start, end, url: 'u', ...extra });

test('the summary counts speakers and escapes draft text', () => {
  const text = '"Yes," said Ana <b>. "No," an aide said. "Maybe," said Ana <b>. Buy [now](command:x)!';
  const findings = [
    finding('quote', 0, 6, { speaker: 'Ana <b>' }),
    finding('quote', 22, 27, { speaker: 'an aide', anonymousSpeaker: true }),
    finding('quote', 41, 49, { speaker: 'Ana <b>' }),
    finding('promotional', 63, text.length),
  ];
  const counts = countFindings(findings);
  assert.equal(counts.namedSpeakers, 1);
  assert.equal(counts.unnamedSpeakers, 1);
  const md = buildSummary({ name: 'draft.md', text, findings, lineOf: () => 1, sourcesOf: () => [] });
  assert.match(md, /\| Ana \\<b\\> \| yes \| 2 \|/);
  assert.match(md, /\| an aide \| no \| 1 \|/);
  assert.ok(!md.includes('<b>'));
  // Draft excerpts are code spans: shown as text, never as a link.
  assert.ok(md.includes('`Buy [now](command:x)!`'));
});

test('the summary charts quoted words by kind of voice, from the audit', () => {
  const text = '"We will rebuild the pier this spring," said Mayor Ana Ortiz. "Nobody told us," an aide said.';
  const findings = [
    finding('quote', 0, 39, { speaker: 'Ana Ortiz' }),
    finding('quote', 62, 79, { speaker: 'an aide', anonymousSpeaker: true }),
  ];
  const md = buildSummary({ name: 'draft.md', text, findings, lineOf: () => 1, sourcesOf: () => [] });
  assert.match(md, /## Voices/);
  // 7 of the 10 quoted words are the mayor's, 3 the unnamed aide's: the bars and shares say so.
  assert.match(md, /\| unnamed \| `██████··············` 30\.0% \| 1 \| 3 \|/);
  assert.match(md, /`██████████████······` 70\.0% \| 1 \| 7 \|/);
});
