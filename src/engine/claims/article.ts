import { keep, kept, Slot } from '../kept';
import type { Block, ParsedBlock } from '../blocks';
import type { CredenceDocument } from '../document';
import { blockFacts, blockFactsAt, linkArticle, resolveClaims, type BlockFacts, type LinkedArticle } from './article-pass';
import { relinkEdited } from './article-reuse';
import { contentWords } from './content-words';
import { joinTokens } from './join-tokens';
import { readSentence, type SentenceFacts } from './sentence';
import { sentenceCopy } from './sentence-copy';
import type { ArticleClaims, Claim, EntitySignature, Fingerprint, NameMention } from './types';

export type { BlockFacts } from './article-pass';

/** Reads every sentence of a block (block-relative offsets). */
export function readBlock(block: Block): BlockFacts {
  const masked = block.parsed.masked;
  const known = replacedSentences;
  return {
    sentences: block.parsed.sentences.map((s) => {
      const text = masked.slice(s.start, s.end);
      return { start: s.start, end: s.end, facts: known?.get(text) ?? readSentence(sentenceCopy(text)) };
    }),
    words: contentWords(block.text),
  };
}

/**
 * While the blocks an edit changed are read: the facts of the sentences of the blocks they replaced,
 * by sentence text (a sentence's facts depend on its text only). A keystroke changes one sentence of
 * a paragraph; the others need not be read again.
 */
let replacedSentences: Map<string, SentenceFacts> | undefined;

/**
 * The last linking per document lineage, under its first and last blocks (an edit rarely changes
 * both), with the parsed blocks it was made from.
 */
const LINEAGE = new Slot<Lineage>();

interface Lineage {
  linked: LinkedArticle;
  parsed: ParsedBlock[];
}

/** Extractions by document and date; a document is immutable, so its claims are too (read-only for callers). */
const EXTRACTED = new Slot<Map<string, ArticleClaims>>();

/**
 * Extracts the claims, names and entities of an article. `date` (YYYY-MM-DD) resolves relative
 * dates; without it they are dropped. `read` lets the caller memoise per-block work; when it does,
 * a new version of a document re-links only the blocks an edit changed (see `relinkEdited`).
 */
export function extractArticle(doc: CredenceDocument, date: string | undefined, read: (block: Block) => BlockFacts = readBlock): ArticleClaims {
  // claim-conflict and single-source-claim both extract the draft they check: the second gets the first's result.
  const cached = kept(doc, EXTRACTED)?.get(date ?? '');
  if (cached) return cached;
  const blocks = doc.blocks;
  // Without memoised facts no block of a new version can be recognised, and a kept linking would
  // only outlive its document (a corpus index extracts thousands).
  const parsed = read !== readBlock ? blocks.map((b) => b.parsed) : [];
  const ends = parsed.length ? [parsed[0]!, parsed[parsed.length - 1]!] : [];
  const lineage = ends.map((p) => kept(p, LINEAGE)).find((l) => l !== undefined);
  const previous = lineage?.linked;
  const facts = lineage ? factsAfterEdit(blocks, parsed, read, lineage) : blockFacts(blocks, read);
  const relinked = previous && relinkEdited(doc.text, blocks, facts, previous);
  const linked = relinked?.linked ?? linkArticle(doc.text, blocks, facts);
  const unchanged = relinked && linked.claims && linked.claims.date === date ? linked.claims : undefined;
  let claims: NonNullable<LinkedArticle['claims']>;
  if (relinked && unchanged) {
    claims = unchanged;
    const fresh = resolveClaims(doc.text, linked, date, relinked.stale);
    for (let b = 0; b < fresh.length; b++) {
      if (!relinked.stale(b)) continue;
      claims.perBlock[b] = fresh[b]!;
      claims.moved[b] = 0;
    }
  } else {
    const perBlock = resolveClaims(doc.text, linked, date);
    claims = { date, perBlock, moved: perBlock.map(() => 0) };
  }
  linked.claims = claims;
  const next: Lineage = { linked, parsed };
  for (const p of ends) keep(p, LINEAGE, next);

  const fingerprint = { entities: linked.entityKeys, words: linked.wordCounts };
  let result: ArticleClaims;
  if (!parsed.length) result = { claims: claimsOf(claims), names: namesOf(linked), entities: linked.entities, fingerprint };
  else {
    // A draft being edited: its claims and names are made when read. The claim rules read them only
    // when some corpus article is on the same story; every other edit would copy all of them for nothing.
    result = new LazyArticleClaims(claims, linked, fingerprint);
  }
  const byDate = kept(doc, EXTRACTED) ?? keep(doc, EXTRACTED, new Map());
  byDate.set(date ?? '', result);
  return result;
}

/**
 * Claims and names made when first read. A class, not an object literal with getters: each literal
 * with accessors gets its own hidden class, made in the old generation and holding the getters'
 * closures, which kept every analysis' data alive through minor collections until a full one.
 */
class LazyArticleClaims implements ArticleClaims {
  private claimList: Claim[] | undefined;
  private nameList: NameMention[] | undefined;
  readonly entities: EntitySignature[];

  constructor(
    private readonly resolved: NonNullable<LinkedArticle['claims']>,
    private readonly linked: LinkedArticle,
    readonly fingerprint: Fingerprint,
  ) {
    this.entities = linked.entities;
  }

  get claims(): Claim[] {
    return (this.claimList ??= claimsOf(this.resolved));
  }

  set claims(list: Claim[]) {
    this.claimList = list;
  }

  get names(): NameMention[] {
    return (this.nameList ??= namesOf(this.linked));
  }

  set names(list: NameMention[]) {
    this.nameList = list;
  }
}

/** All the claims, in block order, moved to where their blocks are now (blocks are moved once, when first read). */
function claimsOf(claims: NonNullable<LinkedArticle['claims']>): Claim[] {
  const all: Claim[] = [];
  for (let b = 0; b < claims.perBlock.length; b++) {
    const delta = claims.moved[b]!;
    let list = claims.perBlock[b]!;
    if (delta) {
      list = list.map((c) => ({ ...c, start: c.start + delta, end: c.end + delta, sentenceStart: c.sentenceStart + delta, sentenceEnd: c.sentenceEnd + delta }));
      claims.perBlock[b] = list;
      claims.moved[b] = 0;
    }
    for (const c of list) all.push(c);
  }
  return all;
}

/** Every name mention of the article, at its offset in the text, with its entity as finally merged. */
function namesOf(linked: LinkedArticle): NameMention[] {
  const names: NameMention[] = [];
  linked.blocks.forEach((record, b) => {
    const start = linked.starts[b]!;
    for (const m of record.mentions) names.push({ text: m.text, start: start + m.start, end: start + m.end, tokens: m.tokens, norm: m.norm, entity: linked.table.find(m.raw), kind: m.kind, sentence: m.sentence, initial: m.initial, spelling: (m.spelling ??= joinTokens(m.norm)) });
  });
  return names;
}

/**
 * The facts of each block of a new version: the blocks before and after the edited ones are the
 * previous version's parsed blocks, whose facts the previous linking holds (facts depend on the
 * block's text only), so only the edited blocks are read (asking the memo for every block of a long
 * draft cost more than the linking that follows).
 */
function factsAfterEdit(blocks: readonly Block[], parsed: readonly ParsedBlock[], read: (block: Block) => BlockFacts, previous: Lineage): Array<BlockFacts | undefined> {
  const n = parsed.length;
  const m = previous.parsed.length;
  let head = 0;
  while (head < n && head < m && parsed[head] === previous.parsed[head]) head++;
  let tail = 0;
  // A block that is or was first is read anew unless it stayed first: whether it is front matter depends on its place.
  while (tail < n - head && tail < m - head && n - 1 - tail > 0 && m - 1 - tail > 0 && parsed[n - 1 - tail] === previous.parsed[m - 1 - tail]) tail++;
  const records = previous.linked.blocks;
  const replaced = new Map<string, SentenceFacts>();
  for (let i = head; i < m - tail; i++) {
    const masked = previous.parsed[i]!.masked;
    for (const s of records[i]!.facts?.sentences ?? []) replaced.set(masked.slice(s.start, s.end), s.facts);
  }
  const facts: Array<BlockFacts | undefined> = [];
  for (let i = 0; i < head; i++) facts.push(records[i]!.facts);
  replacedSentences = replaced;
  try {
    for (let i = head; i < n - tail; i++) facts.push(blockFactsAt(blocks[i]!, i, read));
  } finally {
    replacedSentences = undefined;
  }
  for (let i = n - tail; i < n; i++) facts.push(records[m - n + i]!.facts);
  return facts;
}
