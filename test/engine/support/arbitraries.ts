// Generators of hostile and news-like text for the property tests (test/engine/properties.test.ts).
// The vocabulary is invented, generic newsroom wording: it exists to make detectors fire, not to
// mirror any article in the seeds or the dev set.
import fc from 'fast-check';

/** Prose words plus the cue phrases detectors look for, so that generated documents have findings. */
const WORDS = [
  'the', 'a', 'of', 'in', 'on', 'and', 'to', 'that', 'was', 'is', 'were', 'has', 'had', 'will', 'not',
  'council', 'budget', 'vote', 'bridge', 'harbour', 'flood', 'strike', 'hospital', 'report', 'police', 'court',
  'said', 'says', 'told', 'added', 'wrote', 'claimed', 'slammed', 'admitted', 'stated', 'according to',
  'officials said', 'a senior official', 'the official', 'a spokesperson', 'sources said', 'people familiar with the matter',
  'who spoke on condition of anonymity', 'who asked not to be named', 'critics say', 'some experts believe',
  'it is widely believed', 'observers noted', 'told reporters', 'told the newspaper', 'in a statement',
  'Ana Ferreira', 'Tomas Okafor', 'Lena Brandt', 'Dr. Ines Varga', 'Mayor Petra Holm', 'the ministry of transport',
  'she', 'he', 'they', 'Ferreira', 'Okafor', 'Holm, 61,', 'the 59-year-old', 'fifty-nine', 'at least 25 people',
  '59', '60', '1,200', '$4.5 million', '3.2%', 'March 3, 2024', 'last year', 'on Tuesday', 'in January', 'Feb. 12',
  'Mr.', 'Mrs.', 'U.S.', 'U.N.', 'p.m.', 'e.g.', 'No.', 'St.', 'J. R. Okafor',
  'Follow us on', 'Subscribe to our newsletter', 'Watch this video', 'Download our app', 'Read more', 'Related:',
  'Others Also Read', 'Sponsored', 'shocking', 'undeniably', 'thugs', 'regime',
];
const PUNCTUATION = ['.', ',', '!', '?', ':', ';', '—', '–', '…', '(', ')', '...', '?!', '."', '.”', ',”'];
const UNICODE = [
  'café', 'naïve', 'Zürich', 'São Paulo', 'Łódź', 'e\u0301', '😀', '🗞️', '👩‍👩‍👧', '🇺🇦', '𝐍𝐞𝐰𝐬', '中文报道', 'العربية', 'Ελλάδα',
  '\u00a0', '\u200b', '\u2028', '\u2029', '\ufeff', '\t', '\u0085', '\u3000',
];
const HOSTILE = ['\u0000', '\ud800', '\udbff', '\udc00', '\udfff', '\r', '\\', '`', '``', '*', '_', '#', '>', '|', '[', ']', '(', '<', '&amp;', '<!--', '-->', '~~~', '```'];
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'], ['‘', '’'], ['"', '"'], ["'", "'"], ['«', '»'], ['„', '“'], ['‹', '›'], ['「', '」'],
];
const RULE_IDS = ['anonymous-source', 'quote', 'unattributed-quote', 'promotional', 'claim-conflict', 'loaded-language', 'weasel-attribution'];

/** A lone surrogate half: the one UTF-16 unit a finding must never end next to its partner. */
export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Any UTF-16 text: every code point (astral included), plus lone surrogates, NUL and line breaks mixed in. */
export const anyText = (maxLength: number) =>
  fc.string({
    unit: fc.oneof(
      { weight: 6, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
      { weight: 1, arbitrary: loneSurrogate },
      { weight: 1, arbitrary: fc.constantFrom('\u0000', '\n', '\r\n', '\r', '\n\n', ' ', '.', '"', '“', '”') },
    ),
    maxLength,
    size: 'max',
  });

const word = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }) },
);

/** Inline prose: words, nested quotations (balanced or not), links, code spans, emphasis and inline HTML. */
const inline: fc.Memo<string> = fc.memo((depth) => {
  const piece = depth <= 1
    ? word
    : fc.oneof(
        { weight: 10, arbitrary: word },
        { weight: 2, arbitrary: quotation(depth - 1) },
        { weight: 1, arbitrary: inline(depth - 1).map((t) => `[${t}](https://example.org/a?b=1 "t")`) },
        { weight: 1, arbitrary: inline(depth - 1).map((t) => `*${t}*`) },
        { weight: 1, arbitrary: fc.constantFrom('`code “quoted” said`', '<span title="x">', '</span>', '<br>', '![alt “x”](img.png)', '[ref][1]', '<https://example.org>') },
      );
  return fc.array(piece, { minLength: 1, maxLength: depth <= 1 ? 12 : 6 }).chain((pieces) =>
    fc.array(fc.constantFrom(' ', ' ', ' ', '', '  '), { minLength: pieces.length, maxLength: pieces.length }).map((gaps) => pieces.map((p, i) => p + gaps[i]).join('').trimEnd()),
  );
});

/** A quotation whose inside may hold further quotations: “He said ‘they “never” came’ again,” she said. */
function quotation(depth: number): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...QUOTE_PAIRS), inline(depth), fc.constantFrom('both', 'both', 'both', 'open', 'close')).map(([[open, close], body, shape]) =>
    (shape === 'close' ? '' : open) + body + (shape === 'open' ? '' : close),
  );
}

const line = inline(3);
const lines = (max: number) => fc.array(line, { minLength: 1, maxLength: max }).map((ls) => ls.join('\n'));

const listBlock = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '• '), line), { minLength: 1, maxLength: 8 })
  .map((items) => items.map(([depth, marker, text]) => '  '.repeat(depth) + marker + text).join('\n'));

/** One markdown-ish block: paragraph, heading, list, quote, fence (maybe unclosed), HTML, table, directive… */
const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: lines(4) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), line).map(([n, t]) => `${'#'.repeat(n)} ${t}`) },
  { weight: 1, arbitrary: fc.tuple(line, fc.constantFrom('===', '---')).map(([t, u]) => `${t}\n${u}`) },
  { weight: 3, arbitrary: listBlock },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 12 }), fc.oneof(lines(3), listBlock)).map(([n, t]) => t.split('\n').map((l) => '> '.repeat(n) + l).join('\n')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'js', 'md'), lines(3), fc.boolean()).map(([f, lang, body, closed]) => `${f}${lang}\n${body}${closed ? `\n${f}` : ''}`) },
  { weight: 1, arbitrary: lines(2).map((t) => t.split('\n').map((l) => `    ${l}`).join('\n')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('div', 'p', 'script', 'aside', 'span'), line).map(([tag, t]) => `<${tag} class="x">\n${t}\n</${tag}>`) },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '<!-- note: “draft” -->', '| said | told |\n|---|---|\n| “a” | b |', '[1]: https://example.org "Officials said"') },
  { weight: 1, arbitrary: fc.tuple(fc.subarray(RULE_IDS, { maxLength: 2 }), fc.boolean()).map(([ids, html]) => (html ? `<!-- credence-disable-next-line ${ids.join(' ')} -->` : `credence-disable-next-line ${ids.join(' ')}`).replace(/ +(-->|$)/, ' $1').trimEnd()) },
);

/** A document of blocks separated by blank lines (sometimes several, sometimes only one line break). LF only. */
export const markdownDoc = (maxBlocks: number) =>
  fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n\n', '\n\n', '\n\n\n', '\n', '\n \n')), { minLength: 1, maxLength: maxBlocks }).map((parts) =>
    parts.map(([b, sep]) => b + sep).join('').replace(/\s+$/, (tail) => (tail.includes('\n') ? '\n' : '')),
  );

/** A document with every line break replaced by \n, \r\n or a lone \r, cycling through a generated choice. */
export const mixedEolDoc = (maxBlocks: number) =>
  fc.tuple(markdownDoc(maxBlocks), fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 16 })).map(([doc, eols]) => {
    let i = 0;
    return doc.replace(/\n/g, () => eols[i++ % eols.length]!);
  });

/**
 * A paragraph with no cue of any rule: no quote marks, verbs of saying, dates or numbers, and no
 * capitalised word but the opening "The" (a capitalised word could be taken for a name, and a later
 * "he said" resolved to it).
 */
export const neutralParagraph = fc
  .array(fc.constantFrom('the', 'river', 'was', 'calm', 'and', 'grey', 'by', 'morning', 'traffic', 'moved', 'slowly', 'along', 'road', 'rain'), { minLength: 2, maxLength: 20 })
  .map((ws) => `The ${ws.join(' ')}.`);
