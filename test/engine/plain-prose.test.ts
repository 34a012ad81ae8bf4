// The plain-paragraph shortcut must give exactly what parsing with remark gives, or send the block to remark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseBlock, parseBlockWithRemark, splitBlocks } from '../../src/engine/blocks';
import { plainParagraphStart, plainParts } from '../../src/engine/plain-prose';

const isPlainParagraph = (text: string) => plainParagraphStart(text) >= 0;

// Prose pieces plus every character that means something to markdown, at line starts and inside lines.
const PIECES = ['word', 'Word', ' ', ' ', '  ', '   ', '. ', ', ', '“', '”', '"', "'", '’', '(', ')', '!', '?', ':', ';', '&', '&amp;', '\\', '/', '%', '$', '😀', 'é', '\u00a0', '\n', '\r\n', '\r', '\t', '#', '>', '-', '*', '+', '=', '_', '~', '|', '`', '<', '[', ']', '1.', '2)', '10', '    ', '---', '===', '***', '```', 'http://x.org', '<b>', '[a](u)', '![i](p)', '[a]', '[a]: u', '](', '][', ']:', '[^1]', '[]', '![a]', '\n- ', '\n* ', '\n+ ', '- ', '\n  ', '\n - ', '\n-  ', '\r\n- ', '# ', '## ', '\n# ', '\n## ', '\n#tag', '####### '];

const block = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 })
  .map((pieces) => pieces.join(''))
  .chain((text) => fc.constant(splitBlocks(text).map(({ start, end }) => text.slice(start, end))[0] ?? 'x'));

test('a block the shortcut accepts parses to the same result as with remark', () => {
  let accepted = 0;
  let lists = 0;
  let headings = 0;
  fc.assert(
    fc.property(block, (text) => {
      const parts = plainParts(text);
      if (!parts) return;
      accepted++;
      if (parts.some((p) => p.kind === 'listItem')) lists++;
      if (parts.some((p) => p.kind === 'heading')) headings++;
      assert.deepEqual(parseBlock(text), parseBlockWithRemark(text));
    }),
    { numRuns: 30000, seed: 6 },
  );
  assert.ok(accepted > 1000, `only ${accepted} generated blocks took the shortcut`);
  assert.ok(lists > 300, `only ${lists} generated lists took the shortcut`);
  assert.ok(headings > 300, `only ${headings} generated headings took the shortcut`);
});

test('headings, paragraphs and a simple bullet list take the shortcut; nested, mixed or spaced-out lists do not', () => {
  for (const text of ['## A heading', '# Title\nA paragraph under it.\n## Next\n- an item', 'Text\n### Interrupting heading', '#hashtag opens a paragraph', '####### seven hashes are text', 'Key points\n- One thing happened.\n- Another followed,\nand went on.\n- A third.', '* Only items\n* here', 'Intro:\r\n+ item\r\n  indented continuation']) {
    assert.ok(plainParts(text), JSON.stringify(text));
    assert.deepEqual(parseBlock(text), parseBlockWithRemark(text), JSON.stringify(text));
  }
  for (const text of ['- a\n  - nested', '- a\n* other marker', '-  two spaces', ' - indented marker', '- # heading item', '- 1. ordered inside', 'Intro \n- after a trailing space', '-\tx', '- item\n## heading after a list', '#', '## ', ' ## indented heading', '## Heading \nText', '## H\n    indented code']) {
    assert.equal(plainParts(text), undefined, JSON.stringify(text));
  }
});

test('the seed paragraphs parse alike with and without the shortcut, and most take it', () => {
  const seeds = join(process.cwd(), 'seeds');
  let plain = 0;
  let total = 0;
  for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join(seeds, file), 'utf8');
    for (const { start, end } of splitBlocks(text)) {
      const piece = text.slice(start, end);
      total++;
      if (isPlainParagraph(piece)) plain++;
      assert.deepEqual(parseBlock(piece), parseBlockWithRemark(piece));
    }
  }
  assert.ok(plain / total > 0.5, `${plain} of ${total} seed blocks took the shortcut`);
});

test('markdown syntax at a line start or inside a line is left to remark', () => {
  for (const text of ['# Title', '> quoted', '- item', '* item', '+ item', '1. item', '3) item', 'para\n===', 'para\n---', '    code', '\tcode', 'a `code` span', 'a <b>tag</b>', 'a [link](u)', 'an ![image](p)', 'line\n- item', 'line\n  - item', 'line\n 2. item', '    indented code', 'trailing space ', '[a]: /u', 'text\n[a]: /u', 'an ![image][r]\n[r]: /i']) {
    assert.equal(isPlainParagraph(text), false, JSON.stringify(text));
  }
  for (const text of ['Officials said on Sunday.', 'A “quote,” he said.\nNext line — with a dash.', 'Prices rose 5% & fell.', '2026 was a year.', '  Two leading spaces.', 'Line one\n   line two indented.', 'The cartel [KLMN] said.', 'Brackets [a] then (b) and [c][d].', 'a [b]\n(c)']) {
    assert.deepEqual(parseBlock(text), parseBlockWithRemark(text), JSON.stringify(text));
    assert.equal(isPlainParagraph(text), true, JSON.stringify(text));
  }
});
