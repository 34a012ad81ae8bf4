// The generic fixture harness: every folder test/fixtures/<rule-id>/ holds ok-* files (no finding of
// that rule) and not-ok-* files with a .expected.json listing the findings exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, detectorById, type Finding } from '../../src/engine';

interface Expected {
  ruleId: string;
  start: number;
  end: number;
  text: string;
  speaker?: string;
  anonymousSpeaker?: boolean;
}

const ROOT = join(process.cwd(), 'test', 'fixtures');
const ruleDirs = readdirSync(ROOT).filter((name) => detectorById(name));

for (const ruleId of ruleDirs) {
  const dir = join(ROOT, ruleId);
  for (const file of readdirSync(dir).filter((f) => /^(ok|not-ok)-.*\.(txt|md)$/.test(f))) {
    test(`${ruleId}: ${file}`, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const options = { uri: file, languageId: file.endsWith('.md') ? 'markdown' : 'plaintext' };
      const found = analyze(text, options).findings.filter((f) => f.ruleId === ruleId);
      if (file.startsWith('ok-')) {
        assert.deepEqual(found.map(describe(text)), [], `${file} should have no ${ruleId} finding`);
        return;
      }
      const expectedPath = join(dir, file.replace(/\.(txt|md)$/, '.expected.json'));
      assert.ok(existsSync(expectedPath), `${file} needs ${expectedPath}`);
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected[];
      for (const e of expected) assert.equal(text.slice(e.start, e.end), e.text, `expected span ${e.start}-${e.end} in ${file} is not the text it names`);
      assert.deepEqual(found.map(describe(text)), expected.filter((e) => e.ruleId === ruleId).map((e) => ({ ruleId: e.ruleId, start: e.start, end: e.end, text: e.text, ...speakerOf(e) })));
      const fixable = found.filter((f) => f.fix);
      if (fixable.length) {
        const fixed = applyFixes(text, fixable);
        const left = analyze(fixed, options).findings.filter((f) => f.ruleId === ruleId && f.fix);
        assert.equal(left.length, 0, `${file}: fixes should resolve their findings`);
      }
    });
  }
}

function describe(text: string) {
  return (f: Finding) => ({ ruleId: f.ruleId, start: f.start, end: f.end, text: text.slice(f.start, f.end), ...speakerOf(f) });
}

function speakerOf(f: { speaker?: string; anonymousSpeaker?: boolean }) {
  return f.speaker === undefined ? {} : { speaker: f.speaker, anonymousSpeaker: Boolean(f.anonymousSpeaker) };
}

/** Applies every fix's edits from the end of the text backwards so offsets stay valid. */
function applyFixes(text: string, findings: Finding[]): string {
  const edits = findings.flatMap((f) => f.fix!.edits).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
