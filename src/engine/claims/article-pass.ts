import type { Block } from '../blocks';
import { displayDate, parseIsoDate } from './calendar';
import { resolveDate } from './dates';
import { EntityTable, nameTokens } from './entities';
import { PERSON_EVENTS } from './lexicon';
import type { RawClaim } from './raw';
import type { SentenceFacts } from './sentence';
import { skeleton } from './spelling';
import { startsUpper } from './tokens';
import type { Claim, EntitySignature } from './types';
import { WordCounts } from './word-counts';

/** The facts of one block's sentences; depends only on the block's text, so it is memoised per block. */
export interface BlockFacts {
  sentences: Array<{ start: number; end: number; facts: SentenceFacts }>;
  /** Content words of the block, for the article's word profile. */
  words: string[];
}

/** A name mention as the pass records it, offsets relative to its block (so a block moved by an edit keeps its record). */
export interface MentionRecord {
  text: string;
  start: number;
  end: number;
  tokens: string[];
  norm: string[];
  /** The entity `link` gave it, before later merges. */
  raw: number;
  kind: EntitySignature['kind'];
  sentence: string;
  initial: boolean;
  /**
   * `joinTokens(norm)`, made when the claim rules first list the names (`namesOf`): a record of an
   * unchanged block outlives an edit, and its spelling with it.
   */
  spelling: string | undefined;
}

/** A claim with its subject and place resolved as far as the pass can; offsets relative to its block. */
export interface Pending {
  raw: RawClaim;
  base: number;
  sentenceEnd: number;
  headline: boolean;
  tense: SentenceFacts['tense'];
  subject?: number;
  descriptor?: string;
  definite?: boolean;
  location?: number;
  /** A place named by a common noun ("at the scene"). */
  place?: string;
}

/** What the pass keeps of one block; `facts` is undefined for front matter, which is not read. */
export interface BlockRecord {
  facts: BlockFacts | undefined;
  mentions: MentionRecord[];
  pending: Pending[];
  /** Per sentence (when it has pronoun claims): what each pronoun lookup answered, by `pronounKey`. */
  pronouns: Array<Map<string, number | undefined> | undefined>;
}

/**
 * What a pronoun lookup depends on besides the linking so far: which of its own sentence's names
 * precede the offset (earlier sentences' all do), and the kind sought.
 */
export function pronounKey(sentence: SentenceFacts, sentenceStart: number, kind: 'person' | 'thing', at: number): string {
  return `${kind}:${sentence.names.map((hit) => (sentenceStart + hit.start < at ? 1 : 0)).join('')}`;
}

/**
 * An article after entity linking: per block records, the entity table they were linked with, and
 * what depends only on the table and the mentions (entity keys, signatures). Claims, which also
 * depend on the article's date, are made from it per date.
 */
export interface LinkedArticle {
  blocks: BlockRecord[];
  /** Block offsets in the text the records were made from. */
  starts: number[];
  textLength: number;
  table: EntityTable;
  /** In how many blocks each content word occurs; also the set of the article's words. */
  wordCounts: WordCounts;
  entityKeys: string[][];
  entities: EntitySignature[];
  /**
   * Claims per block, for the date they were resolved with; block b's claims are at offsets
   * `moved[b]` short of where they are in this text (a block an edit moved keeps its claims
   * unmoved until someone reads them: most edits' claims are never read).
   */
  claims?: { date: string | undefined; perBlock: Claim[][]; moved: number[] };
}

const FRONT_MATTER = /^---\r?\n/;

/** The facts of each block, undefined for front matter (which states no claims). */
export function blockFacts(blocks: readonly Block[], read: (block: Block) => BlockFacts): Array<BlockFacts | undefined> {
  return blocks.map((block, index) => blockFactsAt(block, index, read));
}

/** The facts of the block at `index`, undefined when it is front matter. */
export function blockFactsAt(block: Block, index: number, read: (block: Block) => BlockFacts): BlockFacts | undefined {
  return index === 0 && FRONT_MATTER.test(block.text) ? undefined : read(block);
}

/**
 * Blocks at the start of an article that a previous linking of it read with the same facts at the
 * same offsets: `records[0..head)` are what it recorded for them.
 */
export interface Replay {
  records: readonly BlockRecord[];
  head: number;
}

/**
 * Links the names of every block in order, resolving claim subjects as it goes. With `replay`, the
 * first blocks make the same calls on a new table as they made on the previous one, so every answer
 * is the one recorded then: their records are kept and their names given the recorded entities
 * without a search (the table and the mention log still have to be rebuilt for the blocks after).
 */
export function linkArticle(text: string, blocks: readonly Block[], facts: ReadonlyArray<BlockFacts | undefined>, replay?: Replay): LinkedArticle {
  const table = new EntityTable();
  // Every mention linked so far, in text order: its offset and entity (two arrays, no object per name).
  const logAt: number[] = [];
  const logEntity: number[] = [];
  const lastBefore = (at: number, kind: 'person' | 'thing') => {
    for (let i = logAt.length - 1; i >= 0; i--) {
      if (logAt[i]! >= at) continue;
      const entity = logEntity[i]!;
      const entityKind = table.kind(entity);
      if (kind === 'person' ? entityKind === 'person' : entityKind === 'org') return entity;
    }
    return undefined;
  };
  const records = blocks.map((block, index) => {
    if (replay && index < replay.head) {
      const kept = replay.records[index]!;
      let m = 0;
      for (const sentence of kept.facts?.sentences ?? []) {
        const names = sentence.facts.names;
        const entities: number[] = names.length ? [] : NO_ENTITIES;
        for (const hit of names) {
          const mention = kept.mentions[m++]!;
          entities.push(table.link(hit, mention.norm, mention.raw));
          logAt.push(block.start + sentence.start + hit.start);
          logEntity.push(mention.raw);
        }
        applyToTable(sentence.facts, entities, table);
      }
      return kept;
    }
    const record: BlockRecord = { facts: facts[index], mentions: [], pending: [], pronouns: [] };
    if (!record.facts) return record;
    const sentences = record.facts.sentences;
    for (let s = 0; s < sentences.length; s++) {
      const sentence = sentences[s]!;
      const names = sentence.facts.names;
      // A name's folded tokens serve both to link it and to record the mention: made once.
      const norms: string[][] = names.length ? [] : NO_NORMS;
      const entities: number[] = names.length ? [] : NO_ENTITIES;
      for (const hit of names) {
        const tokens = nameTokens(hit.words);
        norms.push(tokens);
        const entity = table.link(hit, tokens);
        entities.push(entity);
        logAt.push(block.start + sentence.start + hit.start);
        logEntity.push(entity);
      }
      // Only a claim asks for a pronoun's entity.
      const pronoun = sentence.facts.claims.length
        ? (kind: 'person' | 'thing', at: number) => {
            const answer = lastBefore(at, kind);
            (record.pronouns[s] ??= new Map()).set(pronounKey(sentence.facts, block.start + sentence.start, kind, at), answer);
            return answer;
          }
        : NO_PRONOUN;
      applySentence(text, block.start, sentence, entities, table, record, pronoun, norms);
    }
    return record;
  });
  const linked: LinkedArticle = { blocks: records, starts: blocks.map((b) => b.start), textLength: text.length, table, wordCounts: WordCounts.of(facts.map((f) => f?.words)), entityKeys: [], entities: [] };
  linked.entityKeys = entityKeys(table, table.roots(), records, linked.entities);
  return linked;
}

/** What a sentence without names or claims is given (never added to, never called). */
const NO_NORMS: string[][] = [];
const NO_ENTITIES: number[] = [];
const NO_PRONOUN = (): undefined => undefined;

/**
 * Records a sentence's mentions, applies its aliases and roles to the table (unless `table` is
 * undefined: a table that has them already) and resolves its claims' references. `entities` are
 * what `link` gave its names; `pronoun` finds the entity a pronoun stands for at an offset (only a
 * forward pass, with the table as it then was, can answer it). `norms` are the names' `nameTokens`
 * when the caller has them.
 */
export function applySentence(
  text: string,
  blockStart: number,
  sentence: BlockFacts['sentences'][number],
  entities: readonly number[],
  table: EntityTable | undefined,
  record: BlockRecord,
  pronoun: (kind: 'person' | 'thing', at: number) => number | undefined,
  norms?: ReadonlyArray<string[]>,
): void {
  const facts = sentence.facts;
  const base = blockStart + sentence.start;
  const names = facts.names;
  if (names.length) {
    const sentenceText = text.slice(base, blockStart + sentence.end);
    for (let i = 0; i < names.length; i++) {
      const hit = names[i]!;
      const tokens = hit.words.filter(startsUpper);
      record.mentions.push({ text: text.slice(base + hit.start, base + hit.end), start: sentence.start + hit.start, end: sentence.start + hit.end, tokens, norm: norms ? norms[i]! : nameTokens(hit.words), raw: entities[i]!, kind: hit.kind, sentence: sentenceText, initial: hit.initial, spelling: undefined });
    }
  }
  if (table) applyToTable(facts, entities, table);
  // A reference is a name (its entity), a pronoun (the entity `pronoun` finds) or a description.
  // Subject before location: a pronoun lookup is recorded in that order.
  for (const raw of facts.claims) {
    let subject: number | undefined;
    let descriptor: string | undefined;
    let definite: boolean | undefined;
    const ref = raw.subject;
    if (ref) {
      if ('name' in ref) subject = entities[ref.name];
      else if ('pronoun' in ref) subject = pronoun(ref.pronoun, base + (raw.refAt ?? raw.start));
      else {
        descriptor = ref.descriptor;
        definite = ref.definite;
      }
    }
    let location: number | undefined;
    let place: string | undefined;
    const where = raw.location;
    if (where) {
      if ('name' in where) location = entities[where.name];
      else if ('pronoun' in where) location = pronoun(where.pronoun, base + raw.start);
      else place = where.descriptor;
    }
    record.pending.push({ raw, base: sentence.start, sentenceEnd: sentence.end, headline: facts.headline, tense: facts.tense, subject, descriptor, definite, location, place });
  }
}

/** A sentence's aliases, nicknames and roles, applied to the table its names were linked in. */
function applyToTable(facts: SentenceFacts, entities: readonly number[], table: EntityTable): void {
  for (const alias of facts.aliases) {
    if (alias.other !== undefined) table.union(entities[alias.name]!, entities[alias.other]!);
    if (alias.acronym) table.addAlias(entities[alias.name]!, alias.acronym);
  }
  for (let i = 0; i < facts.names.length; i++) {
    const nickname = facts.names[i]!.nickname;
    if (nickname) table.addAlias(entities[i]!, nickname.text);
  }
  for (const role of facts.roles) table.addRoles(entities[role.name]!, role.words);
}

/** The log of mentions in text order, per (root) entity, for "mentioned last before" lookups. */
function groupMentions(linked: LinkedArticle): Map<number, { at: number[]; ascending: boolean }> {
  const groups = new Map<number, { at: number[]; ascending: boolean }>();
  linked.blocks.forEach((record, b) => {
    const start = linked.starts[b]!;
    for (const m of record.mentions) {
      const r = linked.table.find(m.raw);
      const at = start + m.start;
      let group = groups.get(r);
      if (!group) groups.set(r, (group = { at: [], ascending: true }));
      if (group.at.length && at < group.at[group.at.length - 1]!) group.ascending = false;
      group.at.push(at);
    }
  });
  return groups;
}

/** The last offset (in log order) before `at`, or -1: what a scan of the log from its end finds. */
function lastBeforeOffset(mentions: { at: readonly number[]; ascending: boolean }, at: number): number {
  const list = mentions.at;
  if (!mentions.ascending) {
    for (let i = list.length - 1; i >= 0; i--) if (list[i]! < at) return list[i]!;
    return -1;
  }
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < at) {
      found = list[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** What `resolveClaims` gives a block it is not asked for (never added to). */
const NO_CLAIMS: Claim[] = [];

/**
 * The claims of the blocks `only` selects (all by default), resolved for a date: dates made absolute,
 * definite descriptions ("the company") linked to the entity mentioned last before.
 */
export function resolveClaims(text: string, linked: LinkedArticle, date: string | undefined, only: (block: number) => boolean = () => true): Claim[][] {
  const articleDay = parseIsoDate(date);
  const table = linked.table;
  let mentionsOf: Map<number, { at: number[]; ascending: boolean }> | undefined;
  const lastMention = (entity: number, at: number) => {
    mentionsOf ??= groupMentions(linked);
    const mentions = mentionsOf.get(entity);
    return mentions ? lastBeforeOffset(mentions, at) : -1;
  };
  return linked.blocks.map((record, b) => {
    // After an edit only a few blocks are asked for; the others all get one empty list.
    if (!only(b)) return NO_CLAIMS;
    const claims: Claim[] = [];
    const blockStart = linked.starts[b]!;
    for (const p of record.pending) {
      const raw = p.raw;
      const base = blockStart + p.base;
      let subject = p.subject;
      if (subject === undefined && p.descriptor && p.definite) subject = table.resolveDescriptor(p.descriptor, (entity) => lastMention(entity, base + raw.start));
      const subjectKind = subject === undefined ? undefined : table.kind(subject);
      if ((raw.type === 'age' || raw.type === 'title') && subjectKind && subjectKind !== 'person' && subjectKind !== 'unknown') continue;
      // An organisation does not resign or die; the sentence's subject was not found.
      if (raw.type === 'date' && PERSON_EVENTS.has(raw.predicate) && subjectKind && subjectKind !== 'person' && subjectKind !== 'unknown') continue;
      if (raw.type === 'age' && subject === undefined && !p.descriptor) continue;
      let value = raw.value;
      let anchor: { lo: number; hi: number } | undefined;
      if (raw.type === 'date') {
        const resolved = resolveDate(raw.date!, articleDay, raw.tense ?? p.tense);
        if (!resolved) continue;
        value = { lo: resolved.lo, hi: resolved.hi, precision: resolved.precision, display: displayDate(resolved.lo, resolved.hi) };
      }
      if (raw.anchor) {
        const resolved = resolveDate(raw.anchor, articleDay, p.tense);
        if (resolved) anchor = { lo: resolved.lo, hi: resolved.hi };
      }
      if (!value) continue;
      const sentenceEnd = blockStart + p.sentenceEnd;
      const key = raw.type === 'count' ? `count:${raw.unit}` : raw.type === 'age' || raw.type === 'title' ? raw.type : `${raw.type}:${raw.predicate}`;
      // Key by key, in the order and with the same keys present as a literal with a spread per
      // optional key would give: each spread copied a small object in V8's generic way.
      const claim = { type: raw.type, key, predicate: raw.predicate } as Claim;
      if (subject !== undefined) claim.subject = table.signature(subject);
      if (p.descriptor && subject === undefined) claim.descriptor = p.descriptor;
      if (p.location !== undefined) claim.location = table.signature(p.location);
      else if (p.place) claim.location = { label: `the ${p.place}`, kind: 'place', names: [[p.place]], aliases: [] };
      if (raw.tense) claim.tense = raw.tense;
      if (anchor) claim.anchor = anchor;
      claim.value = value;
      claim.start = base + raw.start;
      claim.end = base + raw.end;
      claim.sentenceStart = base;
      claim.sentenceEnd = sentenceEnd;
      claim.sentence = text.slice(base, sentenceEnd);
      claim.headline = p.headline;
      claims.push(claim);
    }
    return claims;
  });
}

/**
 * Spelling-tolerant keys per entity; a single word counts only if it is capitalised mid-sentence
 * somewhere. Each root's signature, which the keys are read from, is added to `signatures`.
 */
function entityKeys(table: EntityTable, roots: readonly number[], records: readonly BlockRecord[], signatures: EntitySignature[]): string[][] {
  // By root (roots are ascending): 1 when some mention of it is not at a sentence start.
  const midSentence = new Uint8Array(roots.length ? roots[roots.length - 1]! + 1 : 0);
  for (const record of records) for (const m of record.mentions) if (!m.initial) midSentence[table.find(m.raw)] = 1;
  const all: string[][] = [];
  for (const root of roots) {
    const sig = table.signature(root);
    signatures.push(sig);
    // Most entities have one name and no alias: at most one key, and no set to keep keys distinct.
    if (sig.names.length + sig.aliases.length === 1) {
      const key = sig.names.length ? nameKey(sig.names[0]!, midSentence[root] === 1) : sig.aliases[0]!;
      if (key !== undefined) all.push([key]);
      continue;
    }
    const keys = new Set<string>();
    for (const n of sig.names) {
      const key = nameKey(n, midSentence[root] === 1);
      if (key !== undefined) keys.add(key);
    }
    for (const a of sig.aliases) keys.add(a);
    if (keys.size) all.push([...keys]);
  }
  return all;
}

/** The key of one name of an entity: its words' skeletons; a single word only when long enough and capitalised mid-sentence somewhere. */
function nameKey(n: readonly string[], midSentence: boolean): string | undefined {
  if (n.length > 1) {
    let key = skeleton(n[0]!);
    for (let i = 1; i < n.length; i++) key += ` ${skeleton(n[i]!)}`;
    return key;
  }
  return n[0] && n[0].length >= 4 && midSentence ? skeleton(n[0]) : undefined;
}
