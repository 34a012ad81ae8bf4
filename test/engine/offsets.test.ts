// Offsets are UTF-16 code units into the original text: exact with LF, CRLF and astral characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, CredenceDocument } from '../../src/engine';

const SEEDS = join(process.cwd(), 'seeds');
const seedTexts = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8'));

function spans(text: string) {
  return analyze(text, { uri: 'draft.txt', languageId: 'plaintext' }).findings.map((f) => ({ rule: f.ruleId, text: text.slice(f.start, f.end), start: f.start, end: f.end }));
}

test('the seeds produce findings whose spans lie inside the text', () => {
  const all = seedTexts.flatMap(spans);
  assert.ok(all.length > 20, `expected findings on the seeds, got ${all.length}`);
  for (const s of all) assert.ok(s.start >= 0 && s.end > s.start && s.text.length === s.end - s.start, `span ${JSON.stringify(s)}`);
});

test('CRLF line endings give the same findings at mapped offsets', () => {
  for (const lf of seedTexts) {
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = spans(lf).map((s) => ({ rule: s.rule, text: s.text.replace(/\n/g, '\r\n') }));
    const b = spans(crlf).map((s) => ({ rule: s.rule, text: s.text }));
    assert.deepEqual(b, a);
  }
});

test('emoji and other astral characters before a finding shift it by their UTF-16 length', () => {
  const prefix = '🗞️ Breaking 𝐍𝐞𝐰𝐬 — 😀\n\n';
  for (const text of seedTexts) {
    const before = spans(text);
    const after = spans(prefix + text);
    assert.deepEqual(after.map((s) => ({ ...s, start: s.start - prefix.length, end: s.end - prefix.length })), before);
  }
});

test('offsets convert to LSP line/character positions and back', () => {
  const text = 'a😀b\r\nsecond line\rthird\nfourth';
  const doc = new CredenceDocument(text);
  for (let offset = 0; offset <= text.length; offset++) {
    assert.equal(doc.toOffset(doc.toPoint(offset)), offset);
  }
  assert.deepEqual(doc.toPoint(text.indexOf('second')), { line: 1, character: 0 });
  assert.deepEqual(doc.toPoint(text.indexOf('third')), { line: 2, character: 0 });
  assert.deepEqual(doc.toPoint(text.indexOf('b')), { line: 0, character: 3 });
});
