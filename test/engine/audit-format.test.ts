import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditSourcing } from '../../src/audit';
import { formatAuditJson, formatAuditText } from '../../src/cli/audit-format';
import type { Finding } from '../../src/engine';

const TEXT = readFileSync(join(process.cwd(), 'test', 'fixtures', 'audit', 'harbour-dredging.txt'), 'utf8');
const at = (ruleId: string, span: string, extra: Partial<Finding> = {}): Finding => {
  const start = TEXT.indexOf(span);
  return { ruleId, source: 'credence', severity: 'info', message: '', url: '', start, end: start + span.length, ...extra };
};
const AUDIT = auditSourcing({ uri: 'harbour-dredging.txt', text: TEXT }, [
  at('quote', '“We will not start until the environmental review is complete,”', { speaker: 'Camille Roux', anonymousSpeaker: false }),
  at('quote', '“Once they are gone, they do not come back,”', { speaker: 'Pike', anonymousSpeaker: false }),
  at('anonymous-source', 'A port official, speaking on condition of anonymity'),
  at('promotional', 'Download our app for live harbour updates!'),
]);

test('the text audit is an aligned table for people', () => {
  const text = formatAuditText([{ path: 'a.txt', audit: AUDIT }, { path: 'b.txt', audit: AUDIT }]);
  const lines = text.split('\n');
  assert.match(lines[0]!, /^a\.txt$/);
  assert.match(text, /Sources: {5}2 named, 1 anonymous \(1 unnamed attribution\), 0 vague attributions/);
  const header = lines.findIndex((l) => l.trimStart().startsWith('Speaker'));
  const kindColumn = lines[header]!.indexOf('Kind');
  for (const row of lines.slice(header + 1, header + 4)) assert.match(row.slice(kindColumn), /^(government\/officials|experts|unnamed) /);
  assert.match(text, /government\/officials +█+·* +52\.6% +10 words/);
  const summary = lines.slice(lines.indexOf('Summary'));
  assert.equal(summary[1]!.indexOf('Named') + 'Named'.length, summary[2]!.indexOf('2') + 1);
});

test('the JSON audit is versioned and carries the whole audit', () => {
  const json = JSON.parse(formatAuditJson([{ path: 'a.txt', audit: AUDIT }]));
  assert.equal(json.version, 1);
  assert.deepEqual(json.files[0].audit.sources, AUDIT.sources);
});
