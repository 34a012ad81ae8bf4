// Re-extraction after an edit (which re-links only the edited blocks) must equal a fresh extraction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { nextVersion } from './support/edit-steps';
import { extractArticle, readBlock, type BlockFacts } from '../../src/engine/claims/article';
import { comparableNames, spellingWitnesses } from '../../src/engine/claims/spelling';
import type { ParsedBlock } from '../../src/engine/blocks';
import { BlockCache, CredenceDocument } from '../../src/engine/document';

const DRAFT = [
  'Ana María Ortega, 61, the chief executive of Vellmar Shipping, said on Monday that 14 crew members were aboard the Orion.',
  'Ortega told reporters the company would resign from the port board. She said the union leader Tomas Reyes, 47, disagreed.',
  'The union said it was designated a strike committee in March 2024, and Reyes said he had resigned in 2019.',
  'Vellmar Shipping, also known as VS, said the ship was carrying 14 people when it sank. The company later said 15.',
  'Officials said Reyes and Ortega would meet on Friday. The chief executive said she would step down in January.',
].join('\n\n');

/** Extractions of successive versions of one draft, with facts memoised per block as the analyzer does. */
function editor(): (text: string) => ReturnType<typeof extractArticle> {
  const cache = new BlockCache();
  const memo = new Map<ParsedBlock, BlockFacts>();
  return (text) => {
    const doc = new CredenceDocument(text, { uri: 'draft.md' }, cache);
    const result = extractArticle(doc, '2026-02-24', (block) => {
      let facts = memo.get(block.parsed);
      if (!facts) memo.set(block.parsed, (facts = readBlock(block)));
      return facts;
    });
    cache.sweep();
    return result;
  };
}

function fresh(text: string): ReturnType<typeof extractArticle> {
  return extractArticle(new CredenceDocument(text, { uri: 'draft.md' }), '2026-02-24');
}

function comparable(r: ReturnType<typeof extractArticle>): unknown {
  return { claims: r.claims, names: r.names, entities: r.entities, keys: r.fingerprint.entities, words: [...r.fingerprint.words].sort() };
}

test('re-extraction after edits equals a fresh extraction: a typo, a role word, a name, a pronoun, a split block', () => {
  const extract = editor();
  let text = DRAFT;
  extract(text);
  const edits: Array<[string, string]> = [
    ['reporters', 'reporterss'], // a word no name or role depends on
    ['union leader', 'union leeder'], // a role word before a name
    ['Tomas Reyes', 'Tomas Reyez'], // a name
    ['Reyes said he', 'Reyes said that he'], // a sentence with a pronoun claim
    ['sank. The company', 'sank.\n\nThe company'], // a block split in two
    ['14 crew', '12 crew'], // a figure, in the first block
    ['in January', 'in February'], // the last block
  ];
  for (const [from, to] of edits) {
    assert.ok(text.includes(from), from);
    text = text.replace(from, to);
    assert.deepEqual(comparable(extract(text)), comparable(fresh(text)), `after ${from} → ${to}`);
  }
});

test('spelling witnesses answer what all mentions answer: spellings, and the first comparable mention of each', () => {
  const names = fresh(DRAFT + '\n\nOrtega said Ortega and ORTEGA agreed. Vellmar said so.').names;
  // A mention's spelling is its normalised words joined, made once per mention record.
  for (const n of names) assert.equal(n.spelling, n.norm.join(' '));
  const witnesses = spellingWitnesses(names);
  assert.ok(witnesses.length < names.length);
  assert.deepEqual(new Set(witnesses.map((n) => n.spelling)), new Set(names.map((n) => n.spelling)));
  const firstOf = (list: typeof names) => {
    const first = new Map<string, (typeof names)[number]>();
    for (const n of comparableNames(list)) if (!first.has(n.spelling)) first.set(n.spelling, n);
    return [...first.values()];
  };
  assert.deepEqual(firstOf(witnesses), firstOf(names));
});

test('re-extraction after random keystrokes and undos equals a fresh extraction', () => {
  // A keystroke: a letter typed or a character deleted anywhere; an undo returns to an earlier version.
  const step = fc.oneof(
    fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.constantFrom('e', 'E', 'x', ' ', '.', '\n') }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.constant(1) }),
    fc.record({ kind: fc.constant('undo' as const), back: fc.nat(5) }),
  );
  fc.assert(
    // With front matter, a deleted line break can move a block to or from the first place.
    // A version's claims and names are made when read: some versions are not looked at (as when no
    // corpus article is related), so that claims of moved blocks move over several edits at once.
    fc.property(fc.constantFrom(DRAFT, '---\ntitle: Orion\n---\n' + DRAFT), fc.array(fc.tuple(step, fc.boolean()), { minLength: 1, maxLength: 12 }), (draft, steps) => {
      const extract = editor();
      const versions = [draft];
      extract(draft);
      for (const [i, [s, look]] of steps.entries()) {
        const next = nextVersion(versions, s);
        versions.push(next);
        const extracted = extract(next);
        if (look || i === steps.length - 1) assert.deepEqual(comparable(extracted), comparable(fresh(next)));
      }
    }),
    { numRuns: 100 },
  );
});

test('re-extraction equals a fresh extraction when a block moves to or from the front-matter place', () => {
  const frontMatter = '---\ntitle: Orion\n---\n\n';
  const intro = 'Reyes, 47, said 12 people were aboard.\n\n';
  const versions = [frontMatter + DRAFT, DRAFT, frontMatter + DRAFT, intro + frontMatter + DRAFT, frontMatter + DRAFT, intro + DRAFT, DRAFT];
  const extract = editor();
  for (const [i, text] of versions.entries()) assert.deepEqual(comparable(extract(text)), comparable(fresh(text)), `version ${i}`);
});
