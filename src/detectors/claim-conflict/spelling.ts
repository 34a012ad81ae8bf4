import { keep, kept, Slot } from '../../engine/kept';
import { isComparable, isNearMiss, isNearMissName, skeleton } from '../../engine/claims/spelling';
import type { ArticleClaims, NameMention } from '../../engine/claims/types';
import type { ArticleInfo, Corpus } from '../../engine/corpus';
import type { Report } from '../../engine/finding';
import type { Checked } from './conflicts';
import { sourceLabel } from './message';

/** An article's names prepared for comparison: worth comparing, all spellings, and grouped by initials. */
export interface NameIndex {
  /** The names worth comparing, in text order, each with its spelling and initials (worked out once). */
  names: Spelt[];
  /** Every spelling of the article's names, and whether some mention spelled so is not at a sentence start. */
  spellings: Map<string, boolean>;
  /**
   * The names worth comparing by initials, in text order (looked up for every name of every draft
   * checked against the article); only other articles' are looked up, so a draft's is left empty.
   */
  byInitials: Map<string, Spelt[]>;
}

/** A name's words kept under its spelling (their `joinTokens`), and whether no word holds a space. */
export interface SpeltWords {
  norm: readonly string[];
  plain: boolean;
}

interface Spelt {
  mention: NameMention;
  spelling: string;
  initials: string;
}

/** Initials of a name's words; a near miss keeps every word's first letter, so only names with equal initials are compared. */
function initials(m: NameMention): string {
  let key = '';
  // charAt, not [0]: an empty word adds nothing, as it did in the joined array this replaces.
  for (const t of m.norm) key += t.charAt(0);
  return key;
}

const NAME_INDEX = new Slot<NameIndex>();
/** A draft's own, without `byInitials` (kept apart, so that neither kind is taken for the other). */
const DRAFT_NAME_INDEX = new Slot<NameIndex>();

/** The name index of an article, `byInitials` filled unless `draft`; corpus articles keep theirs between checks. */
export function nameIndex(article: ArticleClaims, draft = false): NameIndex {
  const slot = draft ? DRAFT_NAME_INDEX : NAME_INDEX;
  const known = kept(article, slot);
  if (known) return known;
  const names: Spelt[] = [];
  const byInitials = new Map<string, Spelt[]>();
  const spellings = new Map<string, boolean>();
  // The names worth comparing are those `comparableNames` picks, in the same order; one map of the
  // spellings serves both to list them and to tell which are used other than at a sentence start.
  const all = article.names;
  for (const n of all) if (!n.initial) spellings.set(n.spelling, true);
  for (const n of all) {
    const nonInitial = spellings.get(n.spelling);
    if (nonInitial === undefined) spellings.set(n.spelling, false);
    if (!isComparable(n, nonInitial === true)) continue;
    const entry: Spelt = { mention: n, spelling: n.spelling, initials: initials(n) };
    names.push(entry);
    if (draft) continue;
    const list = byInitials.get(entry.initials);
    if (list) list.push(entry);
    else byInitials.set(entry.initials, [entry]);
  }
  return keep(article, slot, { names, spellings, byInitials });
}

function variantOf(a: NameMention, b: NameMention): boolean {
  if (a.norm.length > 1 || b.norm.length > 1) return isNearMissName(a.norm, b.norm);
  return isNearMiss(a.norm[0]!, b.norm[0]!);
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `sameWords(kept.norm, norm)` for words with the same spelling as the kept ones. When no kept word
 * holds a space, the spelling has one space fewer than there are kept words; words as many as those
 * then hold no space either, and both are the spelling split at its spaces: the same. (Comparing
 * the words themselves compared the text of strings made by different analyses.)
 */
export function sameSpelt(kept: SpeltWords, norm: readonly string[]): boolean {
  return kept.plain ? kept.norm.length === norm.length : sameWords(kept.norm, norm);
}

export function plainWords(norm: readonly string[]): boolean {
  for (const t of norm) if (t.includes(' ')) return false;
  return true;
}

interface Other {
  uri: string;
  info: ArticleInfo;
  mention: NameMention;
}

/** A related corpus article with its name index. */
interface OtherArticle {
  uri: string;
  info: ArticleInfo;
  index: NameIndex;
}

/** What each other article spells differently (or undefined), for one name's words. */
interface Variants extends SpeltWords {
  variants: Array<NameMention | undefined>;
}

/** The first name of `other` worth comparing that spells `m` differently, where the draft never uses its spelling; undefined when `other` spells `m` as the draft does. */
function variantIn(other: NameIndex, mine: NameIndex, m: Spelt): NameMention | undefined {
  if (other.spellings.has(m.spelling)) return undefined;
  const candidates = other.byInitials.get(m.initials);
  if (!candidates) return undefined;
  for (const n of candidates) if (!mine.spellings.has(n.spelling) && variantOf(m.mention, n.mention)) return n.mention;
  return undefined;
}

/**
 * Names spelled differently across sources ("Yusuf Karimi" / "Yousef Karimi", "Castelmote" /
 * "Castelmonte"): reported on the draft's spelling unless most sources spell it that way. Two
 * different words that each have several sources behind them are two names, not a misspelling.
 */
export function spellingConflicts(mine: ArticleClaims, checked: Checked, corpus: Corpus, relatedUris: ReadonlyMap<string, number>, report: (r: Report) => void): void {
  const mineIndex = nameIndex(mine, true);
  const others: OtherArticle[] = [];
  for (const uri of relatedUris.keys()) {
    const article = corpus.article?.(uri);
    if (article) others.push({ uri, info: article.info, index: nameIndex(article.claims) });
  }
  const byEntity = new Map<number, { mention: NameMention; matches: Other[] }>();
  // What each other article spells differently depends on a name's words only, and a draft repeats its names.
  const variantsBySpelling = new Map<string, Variants[]>();
  for (const spelt of mineIndex.names) {
    const m = spelt.mention;
    let known = variantsBySpelling.get(spelt.spelling);
    let variants: Array<NameMention | undefined> | undefined;
    if (known) for (const k of known) if (sameSpelt(k, m.norm)) variants = k.variants;
    if (!variants) {
      variants = new Array<NameMention | undefined>(others.length);
      for (let k = 0; k < others.length; k++) variants[k] = variantIn(others[k]!.index, mineIndex, spelt);
      if (!known) variantsBySpelling.set(spelt.spelling, (known = []));
      known.push({ norm: m.norm, plain: plainWords(m.norm), variants });
    }
    for (let k = 0; k < others.length; k++) {
      const other = others[k]!;
      const o = variants[k];
      if (!o) continue;
      let entry = byEntity.get(m.entity);
      if (!entry) byEntity.set(m.entity, (entry = { mention: m, matches: [] }));
      if (m.norm.length > entry.mention.norm.length && entry.matches.length === 0) entry.mention = m;
      if (!entry.matches.some((x) => x.uri === other.uri)) entry.matches.push({ uri: other.uri, info: other.info, mention: o });
    }
  }
  for (const { mention, matches } of byEntity.values()) {
    const mine1 = mention.spelling;
    const count = (s: string) => others.filter((o) => o.index.spellings.has(s)).length;
    const myCount = 1 + count(mine1);
    const groups = new Map<string, Other[]>();
    for (const m of matches) {
      const s = m.mention.spelling;
      groups.set(s, [...(groups.get(s) ?? []), m]);
    }
    const ordered = [...groups.entries()].map(([s, list]) => ({ spelling: s, list, count: count(s) })).sort((a, b) => b.count - a.count);
    const top = ordered[0]!;
    if (myCount > top.count) continue;
    const sameWord = ordered.every((o) => skeletonOf(o.spelling) === skeletonOf(mine1));
    if (!sameWord && myCount >= 2 && top.count >= 2) continue;
    const actual = checked.text.slice(mention.start, mention.end);
    const parts = ordered.map((o, i) => `${o.list.length}${i === 0 ? ' other' : ''} ${o.list.length === 1 ? 'source spells' : 'sources spell'} it ${o.list[0]!.mention.text}: ${o.list.map((x) => sourceLabel(x.info)).join(', ')}`);
    const unique = ordered.length === 1 || top.count > ordered[1]!.count;
    report({
      start: mention.start,
      end: mention.end,
      severity: 'warning',
      message: `Name spelled \`${actual}\`; ${parts.join('; ')}; check the spelling`,
      actual,
      expected: top.list[0]!.mention.text,
      related: matches.map((m) => ({ uri: m.uri, start: m.mention.start, end: m.mention.end, text: m.mention.sentence.replace(/\s+/g, ' ').trim(), message: `${sourceLabel(m.info)} spells it ${m.mention.text}` })),
      ...(myCount < top.count && unique ? { fix: { title: `Spell it ${top.list[0]!.mention.text} (as ${top.count} other ${top.count === 1 ? 'source does' : 'sources do'})`, edits: [{ start: mention.start, end: mention.end, text: top.list[0]!.mention.text }] } } : {}),
      data: {
        topic: 'Name spelling',
        subject: actual,
        claimType: 'name',
        value: actual,
        supporting: [],
        conflicting: ordered.map((o) => ({ value: o.list[0]!.mention.text, sources: o.list.map((x) => sourceLabel(x.info)) })),
        corroboration: { value: actual, agree: myCount, total: myCount + matches.length },
        dateSource: checked.dateSource,
        dateAssumed: checked.dateSource === 'today',
      },
    });
  }
}

function skeletonOf(s: string): string {
  return s.split(' ').map(skeleton).join(' ');
}
