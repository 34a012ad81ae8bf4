// The cheap tests classifyUnit runs before its regexes must never turn away a sentence the regexes would accept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_WHOLE_LINE_WORDS, OWN_PRODUCT } from '../../src/detectors/promotional/cues';
import { OWN_PRODUCTS } from '../../src/detectors/promotional/lexicon';
import { blankQuoted, labelHint, mayPlugOwnProduct, startsWithWord } from '../../src/detectors/promotional/units';
import { mentionsTool } from '../../src/detectors/promotional/ai-source';
import { DOMAIN, mayHaveDomain, OPENER_WORDS, startsWithOpener } from '../../src/detectors/promotional/imperative';
import { blankBetween, countWords, physicalLines, quoteMarkOffsets, quotedRanges, WORD_COUNT_CAP } from '../../src/detectors/promotional/lines';

// The reference tests, as classifyUnit ran them before the prefilters.
const DECORATION = /^[^\p{L}\p{N}"“‘'«]+/u;
const QUOTED = /“[^”]*”?|"[^"]*"?|«[^»]*»?/gu;
const OURS = /[Oo]ur/;
const LABEL_HINT = /^[^:|]{2,45}[:|]/u;
const outside = (text: string) => text.replace(QUOTED, (q) => ' '.repeat(q.length));

const PIECES = [
  'our', 'Our', 'OUR', 'oUr', 'your', 'hours', 'source', 'four', 'tour', 'newsletter', 'daily', 'app', 'podcast', 'channel', 'official', 'WhatsApp',
  ' ', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '“', '”', '"', '«', '»', "'", '’', '-', ',', '.', 'é', '5', '😀', 'ſ', '\u0301', 'x',
];
const noise = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((p) => p.join(''));
const text = fc
  .tuple(noise, fc.constantFrom('our', 'Our', 'OUR', 'oUr', 'your', 'hours', '“our', 'x our', 'é our'), fc.constantFrom(' ', '\n', '“', '"', '«', '', 'x', '\u00a0'), noise, fc.constantFrom(...OWN_PRODUCTS), noise)
  .map((p) => p.join(''));

test('mayPlugOwnProduct is true whenever the old test and OWN_PRODUCT on the quote-blanked text are', () => {
  let plugs = 0;
  const samples = ['Sign up for our morning newsletter.', 'Follow us on our official WhatsApp channel for breaking news.', 'OUR "daily" newsletter, yours', 'Get our“newsletter”', '“x”our podcast', 'A source said hours later.'];
  for (const t of samples) if (OURS.test(t) && OWN_PRODUCT.test(outside(t))) assert.ok(mayPlugOwnProduct(t), t);
  fc.assert(
    fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 40 })), (t) => {
      if (OURS.test(t) && OWN_PRODUCT.test(outside(t))) {
        plugs++;
        assert.ok(mayPlugOwnProduct(t), JSON.stringify(t));
      }
    }),
    { numRuns: 20000, seed: 5 },
  );
  assert.ok(plugs > 100, `only ${plugs} plugs generated`);
});

test('a sentence startsWithWord leaves unchanged is one DECORATION leaves unchanged', () => {
  fc.assert(
    fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 10 })), (t) => {
      if (startsWithWord(t)) assert.equal(t.replace(DECORATION, ''), t);
    }),
    { numRuns: 20000, seed: 6 },
  );
});

test('labelHint answers as /^[^:|]{2,45}[:|]/u', () => {
  const piece = fc.constantFrom('a', 'WATCH', ':', '|', ' ', 'é', '😀', '\ud83d', '\ude00', '\n', '\r\n', 'More from Business', 'x'.repeat(40), '\u0301', ',');
  for (const t of ['WATCH: x', 'A:', 'AB:', 'Related | y', '😀😀:', '😀:', 'x'.repeat(45) + ':', 'x'.repeat(46) + ':']) assert.equal(labelHint(t), LABEL_HINT.test(t), t);
  fc.assert(
    fc.property(fc.oneof(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 60 })), (t) => {
      assert.equal(labelHint(t), LABEL_HINT.test(t), JSON.stringify(t));
    }),
    { numRuns: 20000, seed: 8 },
  );
});

test('a block without a tool word has no sentence with one (the per-block test stands for the per-sentence one)', () => {
  const piece = fc.constantFrom('AI', 'A', 'I', 'engine', 'eng', 'ine', 'chat', ' ', 'bot', 'chatbot', 'GPT', 'g', 'pt', '.', 'ai', 'LLM', 'language', 'model', 'copilot', 'é', '😀', 'x');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), fc.nat(), fc.nat(), (block, a, b) => {
      const from = a % (block.length + 1);
      const to = from + (b % (block.length - from + 1));
      if (mentionsTool(block.slice(from, to))) assert.ok(mentionsTool(block), block);
    }),
    { numRuns: 20000, seed: 9 },
  );
});

/** The physical lines as blockLines found them with a regex (the reference). */
function referenceLines(masked: string, raw: string): Array<{ start: number; end: number }> {
  const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2009 || c === 0x202f || c === 0x3000;
  const physical: Array<{ start: number; end: number }> = [];
  for (const m of masked.matchAll(/[^\r\n]+/g)) {
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && isSpace(masked.charCodeAt(s))) s++;
    if (s === e) continue;
    while (e > s && isSpace(raw.charCodeAt(e - 1))) e--;
    physical.push({ start: s, end: e });
  }
  return physical;
}

test('physicalLines finds the lines the [^\\r\\n]+ regex found', () => {
  const piece = fc.constantFrom('a', 'Word', ' ', '  ', '\t', '\n', '\r', '\r\n', '\n\n', '\u00a0', '\u3000', '😀', 'é', '“', '- ', '](x)');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 16 }).map((p) => p.join('')), fc.boolean(), (raw, mask) => {
      // The masked text blanks some characters to spaces, as link targets are.
      const masked = mask ? raw.replace(/\]\(x\)/g, '    ') : raw;
      assert.deepEqual(physicalLines(masked, raw), referenceLines(masked, raw));
    }),
    { numRuns: 20000, seed: 10 },
  );
});

test('a line’s word count stops at the cap, which is above every threshold the rule compares it with', () => {
  assert.ok(MAX_WHOLE_LINE_WORDS < WORD_COUNT_CAP && 50 < WORD_COUNT_CAP);
  const piece = fc.constantFrom('word', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', 'é', '😀', '-');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 200 }).map((p) => p.join('')), fc.integer({ min: 1, max: 80 }), (t, cap) => {
      assert.equal(countWords(t, cap), Math.min(countWords(t), cap));
    }),
    { numRuns: 5000, seed: 14 },
  );
});

test('mentionsTool answers as the case-insensitive pattern it spells out', () => {
  const REFERENCE = /engine|chat ?bot|copilot|\.ai|gpt|llm|language model/i;
  const piece = fc.constantFrom('engine', 'ENGINE', 'EnGiNe', 'engİne', 'chat', 'CHAT', ' ', 'bot', 'Bot', 'copilot', 'coPilot', '.', 'ai', 'AI', 'aI', 'gpt', 'GPT', 'llm', 'LLm', 'language', 'Language', 'model', 'MODEL', 'ſ', '\u212a', 'é', '😀', 'x', 'l', 'c', 'g');
  fc.assert(
    fc.property(fc.oneof(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 20 })), (t) => {
      assert.equal(mentionsTool(t), t.includes('AI') || REFERENCE.test(t), JSON.stringify(t));
    }),
    { numRuns: 20000, seed: 18 },
  );
});

test('blankBetween says what !text.slice(from, to).trim() said (the slice it spares)', () => {
  const piece = fc.constantFrom('a', ' ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\ufeff', '\u200b', '\u3000', '😀', '\ud800', 'é', ']', '(x)');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), fc.nat(), fc.nat(), (text, a, b) => {
      const from = a % (text.length + 1);
      const to = from + (b % (text.length - from + 1));
      assert.equal(blankBetween(text, from, to), !text.slice(from, to).trim(), JSON.stringify({ text, from, to }));
    }),
    { numRuns: 20000, seed: 11 },
  );
});

test('mayHaveDomain is true wherever DOMAIN finds a web address', () => {
  const piece = fc.constantFrom('example', 'www', 'news', 'app', 'Co', 'ſ', 'K', '\u212a', '-', '.', '..', '.com', '.CO', '.ai', '.uk', '.ſ', '.é', '.1', '@', ' ', '\n', '\r\n', 'é', 'e\u0301', '😀', '’', 'x', '.newſ', '.\u0130n');
  let domains = 0;
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 10 }).map((p) => p.join('')), (t) => {
      if (!DOMAIN.test(t)) return;
      domains++;
      assert.ok(mayHaveDomain(t), JSON.stringify(t));
    }),
    { numRuns: 20000, seed: 23 },
  );
  for (const t of ['Visit example.com today.', 'Try WWW.EXAMPLE.NEWS', 'sage.ai says', 'at bbc.co.uk.']) assert.ok(DOMAIN.test(t) && mayHaveDomain(t), t);
  assert.ok(!mayHaveDomain('Follow us on WhatsApp. Read more.'));
  assert.ok(domains > 500, `only ${domains} texts with a web address`);
});

test('countWords counts the runs of characters that \\s does not match, up to the cap', () => {
  // Words are what /\S+/ finds: every Unicode space separates them, as everywhere else in the engine.
  const reference = (text: string, limit = Infinity): number => Math.min((text.match(/\S+/g) ?? []).length, limit);
  assert.equal(countWords('Follow\u2002us\u205fon\ufeffX'), 4);
  const piece = fc.constantFrom('word', 'a', ' ', '  ', '\n', '\r\n', '\t', '\u000b', '\u00a0', '\u2009', '\u202f', '\u3000', '\u2028', '\u2002', '\u205f', '\ufeff', '\u200b', 'é', 'e\u0301', '😀', '\ud800', '-', '’', '~', '\u007f', '\u0080');
  fc.assert(
    fc.property(fc.oneof(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 40 })), fc.integer({ min: 1, max: 12 }), (t, cap) => {
      assert.equal(countWords(t), reference(t));
      assert.equal(countWords(t, cap), reference(t, cap));
    }),
    { numRuns: 20000, seed: 15 },
  );
});

test('startsWithOpener answers as the lookup of every first word did', () => {
  const reference = (text: string): boolean => {
    let end = 0;
    for (; end < text.length; end++) {
      const c = text.charCodeAt(end);
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 0x2019)) break;
    }
    return end > 0 && OPENER_WORDS.has(text.slice(0, end).toLowerCase().replace('’', "'"));
  };
  const words = [...OPENER_WORDS];
  const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words).map((w) => w.toUpperCase()), fc.constantFrom('’', "'", 'x', 'Subscribers', ' ', ':', 'é', '😀', 'ſ', 'don’t', 'you’re', 'you’’re', 'rock’n’roll', 'Interestedly'));
  fc.assert(
    fc.property(fc.oneof(fc.array(piece, { maxLength: 4 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 12 })), (t) => assert.equal(startsWithOpener(t), reference(t), JSON.stringify(t))),
    { numRuns: 20000, seed: 19 },
  );
});

test('blankQuoted blanks quotations as the replace over every sentence did', () => {
  fc.assert(
    fc.property(fc.oneof(noise, text, fc.string({ unit: 'binary', maxLength: 30 })), (t) => assert.equal(blankQuoted(t), outside(t), JSON.stringify(t))),
    { numRuns: 20000, seed: 31 },
  );
});

/** The former quotedRanges: a loop over every character of the line. */
function quotedRangesByLoop(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let open = -1;
  let opener = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (open < 0 && (c === 0x201c || c === 0x22 || c === 0xab)) {
      open = i;
      opener = c;
    } else if (open >= 0 && (c === 0x201d || c === 0xbb || (c === 0x22 && opener === 0x22) || (c === 0x201c && opener === 0x201c))) {
      if (c === 0x201c) {
        ranges.push({ start: open, end: i });
        open = i;
        continue;
      }
      ranges.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) ranges.push({ start: open, end });
  return ranges;
}

test('quotedRanges over the block’s quotation marks gives what the loop over every character gave', () => {
  const check = (text: string) => {
    const marks = quoteMarkOffsets(text);
    for (let start = 0; start <= text.length; start += 1 + (start >> 2)) {
      for (const end of [start, start + 1, start + 7, text.length]) {
        if (end > text.length) continue;
        assert.deepEqual(quotedRanges(text, start, end, marks), quotedRangesByLoop(text, start, end), JSON.stringify([text, start, end]));
      }
    }
  };
  check('“We will rebuild,” she said. "Straight" and «guillemets» and “nested “twice” and ”odd.\r\nNext line “open');
  const pieces = ['“', '”', '"', '«', '»', '‘', '’', "'", 'a', 'said', ' ', '\n', '\r\n', '😀', 'e\u0301', '—', '.'];
  fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 30 }), (parts) => check(parts.join(''))), { numRuns: 3000 });
});
