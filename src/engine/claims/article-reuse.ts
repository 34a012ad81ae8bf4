import type { Block } from '../blocks';
import { applySentence, linkArticle, pronounKey, type BlockFacts, type BlockRecord, type LinkedArticle, type Pending } from './article-pass';
import type { SentenceFacts } from './sentence';

/**
 * Entity linking after an edit, without linking again. The blocks before and after the edited ones
 * have the same facts (the caller memoises facts per block); when the edited blocks ask the entity
 * table for the same things in the same order (same names, kinds, aliases and roles, sentence by
 * sentence), every `link` answers as it did and the table ends as it was: the previous table and
 * the records of the unchanged blocks stand, and only the edited blocks are recorded anew. Anything
 * else (a name typed or removed) links again from the first edited block on (undefined when that is
 * the first block: the article is linked from scratch). Role
 * words ("the union leader X") never affect linking: when only they changed, the table gets them anew.
 */
export function relinkEdited(text: string, blocks: readonly Block[], facts: ReadonlyArray<BlockFacts | undefined>, previous: LinkedArticle): { linked: LinkedArticle; stale: (block: number) => boolean } | undefined {
  const n = blocks.length;
  const m = previous.blocks.length;
  let head = 0;
  while (head < n && head < m && facts[head] === previous.blocks[head]!.facts && blocks[head]!.start === previous.starts[head]) head++;
  const delta = text.length - previous.textLength;
  let tail = 0;
  while (tail < n - head && tail < m - head && facts[n - 1 - tail] === previous.blocks[m - 1 - tail]!.facts && blocks[n - 1 - tail]!.start === previous.starts[m - 1 - tail]! + delta) tail++;
  const edited = facts.slice(head, n - tail);
  const before = previous.blocks.slice(head, m - tail);
  // When they ask for other things, the blocks before them still make the calls they made: only from the
  // first edited block on must names be searched for again. (The new linking has no claims yet: the
  // caller resolves them all.)
  const relinkFromEdit = () => (head ? { linked: linkArticle(text, blocks, facts, { records: previous.blocks, head }), stale: () => true } : undefined);
  const links = sameLinks(edited, before.map((r) => r.facts));
  if (links === 'different') return relinkFromEdit();
  // The edited blocks' names get the entities the previous blocks' names got, in order, and their
  // pronouns what the same lookups answered then (the linking up to them being the same).
  const raws = before.flatMap((r) => r.mentions.map((mention) => mention.raw));
  const answers = before.flatMap((r) => r.facts?.sentences.map((_, s) => r.pronouns[s]) ?? []);
  let next = 0;
  let sentenceIndex = 0;
  const records: BlockRecord[] = [];
  for (const [k, f] of edited.entries()) {
    const record: BlockRecord = { facts: f, mentions: [], pending: [], pronouns: [] };
    const block = blocks[head + k]!;
    for (const [s, sentence] of (f?.sentences ?? []).entries()) {
      const entities = sentence.facts.names.map(() => raws[next++]!);
      const known = answers[sentenceIndex++];
      let unknown = false;
      applySentence(text, block.start, sentence, entities, undefined, record, (kind, at) => {
        const key = pronounKey(sentence.facts, block.start + sentence.start, kind, at);
        if (!known?.has(key)) unknown = true;
        return known?.get(key);
      });
      // A lookup the previous pass did not make cannot be answered without linking again.
      if (unknown) return relinkFromEdit();
      record.pronouns[s] = known;
    }
    records.push(record);
  }
  const wordCounts = previous.wordCounts.edited(
    before.map((r) => r.facts?.words),
    edited.map((f) => f?.words),
  );
  const all = [...previous.blocks.slice(0, head), ...records, ...previous.blocks.slice(m - tail)];
  const linked: LinkedArticle = {
    blocks: all,
    starts: blocks.map((b) => b.start),
    textLength: text.length,
    table: links === 'same' ? previous.table : previous.table.withRoles(roleCalls(all)),
    wordCounts,
    entityKeys: previous.entityKeys,
    entities: previous.entities,
    // The edited blocks' claims are left to the caller, the others keep theirs, moved with their block.
    ...(previous.claims ? { claims: keptClaims(previous.claims, head, m - tail, records.length, delta) } : {}),
  };
  const to = head + records.length;
  // New roles can change what a definite description ("the company") stands for, anywhere.
  const stale = links === 'same' ? (b: number) => b >= head && b < to : (b: number) => (b >= head && b < to) || all[b]!.pending.some(describes);
  return { linked, stale };
}

/** The claims of the blocks before `from` and from `to` on (moved by `delta`), with none for `edited` blocks between. */
function keptClaims(claims: NonNullable<LinkedArticle['claims']>, from: number, to: number, edited: number, delta: number): NonNullable<LinkedArticle['claims']> {
  const perBlock = claims.perBlock.slice(0, from);
  const moved = claims.moved.slice(0, from);
  for (let k = 0; k < edited; k++) {
    perBlock.push([]);
    moved.push(0);
  }
  for (let b = to; b < claims.perBlock.length; b++) {
    perBlock.push(claims.perBlock[b]!);
    moved.push(claims.moved[b]! + delta);
  }
  return { date: claims.date, perBlock, moved };
}

/** A claim whose subject is found from a definite description once the text is read. */
function describes(p: Pending): boolean {
  return p.subject === undefined && Boolean(p.descriptor) && Boolean(p.definite);
}

/** Every `addRoles` call of the article, with the entity `link` gave the name. */
function* roleCalls(records: readonly BlockRecord[]): Generator<{ entity: number; words: readonly string[] }> {
  for (const record of records) {
    let first = 0;
    for (const sentence of record.facts?.sentences ?? []) {
      for (const role of sentence.facts.roles) yield { entity: record.mentions[first + role.name]!.raw, words: role.words };
      first += sentence.facts.names.length;
    }
  }
}

/**
 * Whether two runs of blocks make the same calls on the entity table ('same'), the same but for
 * role words ('roles', which linking never reads), or not.
 */
function sameLinks(edited: ReadonlyArray<BlockFacts | undefined>, before: ReadonlyArray<BlockFacts | undefined>): 'same' | 'roles' | 'different' {
  const a = edited.flatMap((f) => f?.sentences.map((s) => s.facts) ?? []);
  const b = before.flatMap((f) => f?.sentences.map((s) => s.facts) ?? []);
  // The sentences an edit left as they were have the very facts they had (see `readBlock`).
  if (a.length !== b.length || !a.every((x, i) => x === b[i] || sameNames(x, b[i]!))) return 'different';
  return a.every((x, i) => x === b[i] || sameRoles(x, b[i]!)) ? 'same' : 'roles';
}

function sameNames(x: SentenceFacts, y: SentenceFacts): boolean {
  if (x.names.length !== y.names.length || x.aliases.length !== y.aliases.length) return false;
  const names = x.names.every((h, i) => {
    const g = y.names[i]!;
    return h.kind === g.kind && h.initial === g.initial && h.nickname?.text === g.nickname?.text && sameWords(h.words, g.words);
  });
  return names && x.aliases.every((a, i) => a.name === y.aliases[i]!.name && a.other === y.aliases[i]!.other && a.acronym === y.aliases[i]!.acronym);
}

function sameRoles(x: SentenceFacts, y: SentenceFacts): boolean {
  return x.roles.length === y.roles.length && x.roles.every((r, i) => r.name === y.roles[i]!.name && sameWords(r.words, y.roles[i]!.words));
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}
