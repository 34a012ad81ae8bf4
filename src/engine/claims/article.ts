import type { Block } from '../blocks';
import type { CredenceDocument } from '../document';
import { displayDate, parseIsoDate } from './calendar';
import { resolveDate } from './dates';
import { EntityTable, nameTokens } from './entities';
import { PERSON_EVENTS, STOP_WORDS } from './lexicon';
import { skeleton } from './spelling';
import type { RawClaim, Ref } from './raw';
import { readSentence, type SentenceFacts } from './sentence';
import type { ArticleClaims, Claim, NameMention } from './types';

/** The facts of one block's sentences; depends only on the block's text, so it is memoised per block. */
export interface BlockFacts {
  sentences: Array<{ start: number; end: number; facts: SentenceFacts }>;
  /** Content words of the block, for the article's word profile. */
  words: string[];
}

/** Reads every sentence of a block (block-relative offsets). */
export function readBlock(block: Block): BlockFacts {
  const masked = block.parsed.masked;
  return { sentences: block.parsed.sentences.map((s) => ({ start: s.start, end: s.end, facts: readSentence(masked.slice(s.start, s.end)) })), words: [...contentWords(block.text)] };
}

interface Pending {
  raw: RawClaim;
  base: number;
  sentenceStart: number;
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

const FRONT_MATTER = /^---\r?\n/;

/** The log's offsets per (root) entity, in log order, and whether they ascend (they do when names come in text order). */
function groupMentions(log: ReadonlyArray<{ at: number; entity: number }>, root: (entity: number) => number): Map<number, { at: number[]; ascending: boolean }> {
  const groups = new Map<number, { at: number[]; ascending: boolean }>();
  for (const { at, entity } of log) {
    const r = root(entity);
    let group = groups.get(r);
    if (!group) groups.set(r, (group = { at: [], ascending: true }));
    if (group.at.length && at < group.at[group.at.length - 1]!) group.ascending = false;
    group.at.push(at);
  }
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

/** Extractions by document and date; a document is immutable, so its claims are too (read-only for callers). */
const extracted = new WeakMap<CredenceDocument, Map<string, ArticleClaims>>();

/**
 * Extracts the claims, names and entities of an article. `date` (YYYY-MM-DD) resolves relative
 * dates; without it they are dropped. `read` lets the caller memoise per-block work.
 */
export function extractArticle(doc: CredenceDocument, date: string | undefined, read: (block: Block) => BlockFacts = readBlock): ArticleClaims {
  // claim-conflict and single-source-claim both extract the draft they check: the second gets the first's result.
  const cached = extracted.get(doc)?.get(date ?? '');
  if (cached) return cached;
  const articleDay = parseIsoDate(date);
  const table = new EntityTable();
  const pending: Pending[] = [];
  const names: Array<NameMention & { raw: number }> = [];
  const log: Array<{ at: number; entity: number }> = [];
  const lastBefore = (at: number, kind: 'person' | 'thing') => {
    for (let i = log.length - 1; i >= 0; i--) {
      const m = log[i]!;
      if (m.at >= at) continue;
      const entityKind = table.kind(m.entity);
      if (kind === 'person' ? entityKind === 'person' : entityKind === 'org') return m.entity;
    }
    return undefined;
  };
  // Used only once the text is read (no more links or merges): the log is then grouped by entity
  // once, so that each lookup searches one entity's mentions instead of the whole log.
  let mentionsOf: Map<number, { at: number[]; ascending: boolean }> | undefined;
  const lastMention = (entity: number, at: number) => {
    mentionsOf ??= groupMentions(log, (e) => table.find(e));
    const mentions = mentionsOf.get(entity);
    return mentions ? lastBeforeOffset(mentions, at) : -1;
  };
  const resolveRef = (ref: Ref | undefined, entities: number[], at: number): { entity?: number; descriptor?: string; definite?: boolean } => {
    if (!ref) return {};
    if ('name' in ref) return { entity: entities[ref.name] };
    if ('pronoun' in ref) return { entity: lastBefore(at, ref.pronoun) };
    return { descriptor: ref.descriptor, definite: ref.definite };
  };

  doc.blocks.forEach((block, index) => {
    if (index === 0 && FRONT_MATTER.test(block.text)) return;
    for (const sentence of read(block).sentences) {
      const base = block.start + sentence.start;
      const facts = sentence.facts;
      const sentenceText = doc.text.slice(base, block.start + sentence.end);
      const entities = facts.names.map((hit) => {
        const entity = table.link(hit);
        log.push({ at: base + hit.start, entity });
        const tokens = hit.words.filter((w) => /^\p{Lu}/u.test(w));
        names.push({ text: doc.text.slice(base + hit.start, base + hit.end), start: base + hit.start, end: base + hit.end, tokens, norm: nameTokens(hit.words), entity, raw: entity, kind: hit.kind, sentence: sentenceText, initial: hit.initial });
        return entity;
      });
      for (const alias of facts.aliases) {
        if (alias.other !== undefined) table.union(entities[alias.name]!, entities[alias.other]!);
        if (alias.acronym) table.addAlias(entities[alias.name]!, alias.acronym);
      }
      facts.names.forEach((hit, i) => hit.nickname && table.addAlias(entities[i]!, hit.nickname.text));
      for (const role of facts.roles) table.addRoles(entities[role.name]!, role.words);
      for (const raw of facts.claims) {
        const subject = resolveRef(raw.subject, entities, base + (raw.refAt ?? raw.start));
        const location = resolveRef(raw.location, entities, base + raw.start);
        pending.push({ raw, base, sentenceStart: base, sentenceEnd: block.start + sentence.end, headline: facts.headline, tense: facts.tense, subject: subject.entity, descriptor: subject.descriptor, definite: subject.definite, location: location.entity, place: location.descriptor });
      }
    }
  });

  const claims: Claim[] = [];
  for (const p of pending) {
    const raw = p.raw;
    let subject = p.subject;
    if (subject === undefined && p.descriptor && p.definite) subject = table.resolveDescriptor(p.descriptor, (entity) => lastMention(entity, p.base + raw.start));
    const subjectKind = subject === undefined ? undefined : table.kind(subject);
    if ((raw.type === 'age' || raw.type === 'title') && subjectKind && subjectKind !== 'person' && subjectKind !== 'unknown') continue;
    // An organisation does not resign or die; the sentence's subject was not found.
    if (raw.type === 'date' && PERSON_EVENTS.has(raw.predicate) && subjectKind && subjectKind !== 'person' && subjectKind !== 'unknown') continue;
    if (raw.type === 'age' && subject === undefined && !p.descriptor) continue;
    let value = raw.value;
    let anchor: { lo: number; hi: number } | undefined;
    const sentence = doc.text.slice(p.sentenceStart, p.sentenceEnd);
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
    const key = raw.type === 'count' ? `count:${raw.unit}` : raw.type === 'age' || raw.type === 'title' ? raw.type : `${raw.type}:${raw.predicate}`;
    claims.push({
      type: raw.type,
      key,
      predicate: raw.predicate,
      ...(subject !== undefined ? { subject: table.signature(subject) } : {}),
      ...(p.descriptor && subject === undefined ? { descriptor: p.descriptor } : {}),
      ...(p.location !== undefined ? { location: table.signature(p.location) } : p.place ? { location: { label: `the ${p.place}`, kind: 'place' as const, names: [[p.place]], aliases: [] } } : {}),
      ...(raw.tense ? { tense: raw.tense } : {}),
      ...(anchor ? { anchor } : {}),
      value,
      start: p.base + raw.start,
      end: p.base + raw.end,
      sentenceStart: p.sentenceStart,
      sentenceEnd: p.sentenceEnd,
      sentence,
      headline: p.headline,
    });
  }

  for (const n of names) n.entity = table.find(n.raw);
  const words = new Set<string>();
  doc.blocks.forEach((block, index) => {
    if (!(index === 0 && FRONT_MATTER.test(block.text))) for (const w of read(block).words) words.add(w);
  });
  const fingerprint = { entities: entityKeys(table, names), words };
  const result = { claims, names: names.map(({ raw: _raw, ...n }) => n), entities: table.roots().map((r) => table.signature(r)), fingerprint };
  let byDate = extracted.get(doc);
  if (!byDate) extracted.set(doc, (byDate = new Map()));
  byDate.set(date ?? '', result);
  return result;
}

/** Spelling-tolerant keys per entity; a single word counts only if it is capitalised mid-sentence somewhere. */
function entityKeys(table: EntityTable, names: ReadonlyArray<NameMention>): string[][] {
  const midSentence = new Set(names.filter((n) => !n.initial).map((n) => n.entity));
  return table.roots().flatMap((root) => {
    const sig = table.signature(root);
    const keys = new Set<string>();
    for (const n of sig.names) {
      if (n.length > 1) keys.add(n.map(skeleton).join(' '));
      else if (n[0] && n[0].length >= 4 && midSentence.has(root)) keys.add(skeleton(n[0]));
    }
    for (const a of sig.aliases) keys.add(a);
    return keys.size ? [[...keys]] : [];
  });
}

const CONTENT_WORD = /\p{L}{4,}/gu;

/** The article's content words, lower-case, for a cosine of word sets between articles. */
function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  const lower = text.toLowerCase();
  CONTENT_WORD.lastIndex = 0;
  for (let m = CONTENT_WORD.exec(lower); m; m = CONTENT_WORD.exec(lower)) if (!STOP_WORDS.has(m[0])) words.add(m[0]);
  return words;
}
