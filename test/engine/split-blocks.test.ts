// splitBlocks skips slicing and matching most lines; it must split exactly as the plain line-by-line reading below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitBlocks } from '../../src/engine/blocks';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DIRECTIVE_LINE = /^[ \t]*(?:<!--[ \t]*)?credence-disable-next-line(?:[ \t]+[a-z][a-z0-9-]*)*[ \t]*(?:-->)?[ \t]*$/;

/** Every line sliced and tested with the patterns: the reading the engine must agree with. */
function reference(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let blockStart = -1;
  let blockEnd = 0;
  let fence: string | undefined;
  let pos = 0;
  while (pos <= text.length) {
    let eol = pos;
    while (eol < text.length && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    const line = text.slice(pos, eol);
    const blank = fence === undefined && (/^[ \t]*$/.test(line) || (line.includes('credence-disable-next-line') && DIRECTIVE_LINE.test(line)));
    if (blank) {
      if (blockStart >= 0) ranges.push({ start: blockStart, end: blockEnd });
      blockStart = -1;
    } else {
      if (blockStart < 0) blockStart = pos;
      blockEnd = eol;
      const marker = FENCE.exec(line)?.[1];
      if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence === undefined ? marker : undefined;
    }
    if (eol >= text.length) break;
    pos = eol + (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : 1);
  }
  if (blockStart >= 0) ranges.push({ start: blockStart, end: blockEnd });
  return ranges;
}

const PIECES = ['word', ' ', '  ', '\t', '\n', '\n', '\r\n', '\r', '```', '````', '~~~', '`', '~', '   ```', '    ```', '\t```', 'credence-disable-next-line', ' quote', '<!-- ', ' -->', '<!-- credence-disable-next-line -->', 'x credence-disable-next-line', '- item', '😀'];

test('splitBlocks splits as the line-by-line reading does', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join('')), (text) => {
      assert.deepEqual(splitBlocks(text), reference(text));
    }),
    { numRuns: 20000, seed: 3 },
  );
});
