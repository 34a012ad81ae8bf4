import { keep, kept, Slot } from './kept';
import { extractArticle } from './claims/article';
import { spellingWitnesses } from './claims/spelling';
import type { Claim, Fingerprint } from './claims/types';
import type { Corpus, CorpusClaim, IndexedArticle, ArticleInfo } from './corpus';
import { CredenceDocument } from './document';
import { StringPool } from './string-pool';
import { UrisByKey } from './uris-by-key';
import { WordSet } from './word-set';

/**
 * Two articles cover the same story when they share a named entity and their vocabularies overlap
 * (cosine of their content-word sets), or share many entities. Same-story pairs of the development
 * set score 0.2 and up, different stories 0.15 and below.
 */
export const RELATED_MIN_COSINE = 0.17;
/** With this many shared entities, less shared vocabulary is enough. */
export const RELATED_MANY_ENTITIES = 4;
/** The word similarity still needed then. */
export const RELATED_MANY_MIN_COSINE = 0.1;

/** An answer for one version of one index: the `related` set and shared entities of a draft are asked by both claim rules. */
interface Answer<T> {
  index: CorpusIndex;
  version: number;
  exclude: string | undefined;
  answer: T;
}

/** Kept on the draft's fingerprint and entity keys, which are immutable once extracted (see `kept`). */
const RELATED = new Slot<Answer<ReadonlyMap<string, number>>>();
const SHARED = new Slot<Answer<ReadonlyMap<string, number>>>();
/** Kept on a set of related articles: those in the index in the order they were added, and their claims by key. */
const AMONG = new Slot<{ index: CorpusIndex; version: number; ordered: string[]; byKey: Map<string, CorpusClaim[]> }>();

/**
 * The corpus index: each article read once into claims keyed by type, plus an inverted index of
 * the names that tell which articles cover the same story. A check looks up only the keys its own
 * claims have. Articles can be added, replaced and removed one at a time (a saved or new file),
 * without re-reading the others.
 */
export class CorpusIndex implements Corpus {
  private readonly byUri = new Map<string, IndexedArticle>();
  private readonly byKey = new Map<string, CorpusClaim[]>();
  private readonly byName = new UrisByKey();
  private readonly pool = new StringPool();
  /** When each article was (last) added: `byKey` lists are in this order. */
  private readonly added = new Map<string, number>();
  private addCount = 0;
  /** Bumped by every change, so that remembered `related` answers are dropped when the corpus changes. */
  private version = 0;

  /** Reads an article into the index, replacing an earlier version with the same uri. */
  add(info: ArticleInfo, text: string): IndexedArticle {
    this.remove(info.uri);
    this.version++;
    const doc = new CredenceDocument(text, { uri: info.uri, languageId: /\.(md|markdown)$/i.test(info.uri) ? 'markdown' : 'plaintext' });
    const claims = extractArticle(doc, info.date);
    // Other articles compare with its claims (whose subjects keep their signatures), its fingerprint
    // and its spellings: the entity list and repeated mentions of one spelling are never read again.
    claims.names = spellingWitnesses(claims.names);
    claims.entities = [];
    const article: IndexedArticle = { info, claims };
    this.pool.compact(article.claims);
    this.byUri.set(info.uri, article);
    this.added.set(info.uri, this.addCount++);
    for (const claim of article.claims.claims) {
      let list = this.byKey.get(claim.key);
      if (!list) this.byKey.set(claim.key, (list = []));
      list.push({ uri: info.uri, claim });
    }
    for (const name of article.claims.fingerprint.entities.flat()) {
      // `remove` took the uri out of every list first, so a repeat can only be this article's, just added.
      this.byName.add(name, info.uri);
    }
    return article;
  }

  /** Same as `add`; the name says what the caller means when a corpus file changed. */
  update(info: ArticleInfo, text: string): IndexedArticle {
    return this.add(info, text);
  }

  /** Drops an article; true when it was there. */
  remove(uri: string): boolean {
    const article = this.byUri.get(uri);
    if (!article) return false;
    this.version++;
    this.byUri.delete(uri);
    this.added.delete(uri);
    for (const claim of article.claims.claims) {
      const list = this.byKey.get(claim.key);
      if (!list) continue;
      const kept = list.filter((c) => c.uri !== uri);
      if (kept.length) this.byKey.set(claim.key, kept);
      else this.byKey.delete(claim.key);
    }
    for (const name of article.claims.fingerprint.entities.flat()) this.byName.remove(name, uri);
    return true;
  }

  get size(): number {
    return this.byUri.size;
  }

  articles(): readonly ArticleInfo[] {
    return [...this.byUri.values()].map((a) => a.info);
  }

  article(uri: string): IndexedArticle | undefined {
    return this.byUri.get(uri);
  }

  claims(key: string): readonly CorpusClaim[] {
    return this.byKey.get(key) ?? [];
  }

  claimsAmong(key: string, uris: ReadonlyMap<string, unknown>): readonly CorpusClaim[] {
    // Both claim rules ask for each key of a draft among the same related articles (one map, see `related`).
    let among = kept(uris, AMONG);
    if (!among || among.index !== this || among.version !== this.version) {
      const ordered = [...uris.keys()].filter((uri) => this.added.has(uri)).sort((a, b) => this.added.get(a)! - this.added.get(b)!);
      among = keep(uris, AMONG, { index: this, version: this.version, ordered, byKey: new Map() });
    }
    let found = among.byKey.get(key);
    if (!found) {
      found = [];
      for (const uri of among.ordered) {
        const claims = claimsByKey(this.byUri.get(uri)!).get(key);
        if (claims) for (const claim of claims) found.push({ uri, claim });
      }
      among.byKey.set(key, found);
    }
    return found;
  }

  related(fingerprint: Fingerprint, exclude?: string): ReadonlyMap<string, number> {
    const cached = kept(fingerprint, RELATED);
    if (cached && cached.index === this && cached.version === this.version && cached.exclude === exclude) return cached.answer;
    return keep(fingerprint, RELATED, { index: this, version: this.version, exclude, answer: this.computeRelated(fingerprint, exclude) }).answer;
  }

  private computeRelated(fingerprint: Fingerprint, exclude: string | undefined): ReadonlyMap<string, number> {
    const shared = this.sharedEntities(fingerprint.entities, exclude);
    const related = new Map<string, number>();
    // The draft's words as the index numbers them (a word no article has cannot be shared).
    const known = shared.size ? this.pool.words.known(fingerprint.words) : new Int32Array();
    for (const [uri, entities] of shared) {
      const words = this.byUri.get(uri)!.claims.fingerprint.words;
      const similarity = cosine(fingerprint.words, words, known);
      if (similarity >= RELATED_MIN_COSINE || (entities >= RELATED_MANY_ENTITIES && similarity >= RELATED_MANY_MIN_COSINE)) related.set(uri, similarity);
    }
    return related;
  }

  /**
   * How many of these entities (keys per entity) each article shares. A draft's version after an
   * edit that changed no name has the previous version's entity keys (the same array): the answer
   * is remembered for it, as the lookups of a long draft's thousands of keys cost more than the rest.
   */
  private sharedEntities(keys: string[][], exclude: string | undefined): ReadonlyMap<string, number> {
    const cached = kept(keys, SHARED);
    if (cached && cached.index === this && cached.version === this.version && cached.exclude === exclude) return cached.answer;
    // Per uri met: the entity (its index) that last counted it (an article sharing several keys of
    // one entity counts once for it), its count, and whether it is the excluded article (asked once
    // per uri, not per key). One lookup per key and uri.
    const tally = new Map<string, Tally>();
    let entity = 0;
    const count = (uri: string) => {
      let t = tally.get(uri);
      if (!t) tally.set(uri, (t = { entity: -1, count: 0, excluded: exclude !== undefined && exclude !== '' && sameArticle(uri, exclude) }));
      if (t.entity === entity) return;
      t.entity = entity;
      t.count++;
    };
    for (; entity < keys.length; entity++) for (const k of keys[entity]!) this.byName.forEach(k, count);
    // In the order uris were first counted, as a map counted into directly lists them.
    const shared = new Map<string, number>();
    for (const [uri, t] of tally) if (!t.excluded) shared.set(uri, t.count);
    return keep(keys, SHARED, { index: this, version: this.version, exclude, answer: shared }).answer;
  }
}

/** How many entities of a draft an article shares (see `sharedEntities`). */
interface Tally {
  entity: number;
  count: number;
  excluded: boolean;
}

/**
 * An indexed article's claims by key, in their order, made once and kept on the article: every
 * check of a draft on the same story asks for a few keys of each related article, and went through
 * all of its claims for each. (An article is replaced, never changed, when its file changes.)
 */
const CLAIMS_BY_KEY = new Slot<Map<string, Claim[]>>();

function claimsByKey(article: IndexedArticle): Map<string, Claim[]> {
  let byKey = kept(article, CLAIMS_BY_KEY);
  if (!byKey) {
    byKey = new Map();
    for (const claim of article.claims.claims) {
      const list = byKey.get(claim.key);
      if (list) list.push(claim);
      else byKey.set(claim.key, [claim]);
    }
    keep(article, CLAIMS_BY_KEY, byKey);
  }
  return byKey;
}

/**
 * True when two uris name the same file: a path and its `file://` URI, or paths that differ in
 * slashes or a drive letter's case. A draft open in the editor is never compared with its saved copy.
 */
export function sameArticle(a: string, b: string): boolean {
  return a === b || articleKey(a) === articleKey(b);
}

/**
 * Keys already worked out, by uri: the claim rules ask about every corpus uri sharing a name or a
 * claim key with the draft, for every such name and claim, and the regexes cost more than the
 * lookups. Uris come from the corpus and the open drafts; the cap keeps a long session's map small.
 */
const articleKeys = new Map<string, string>();
const MAX_ARTICLE_KEYS = 20_000;

function articleKey(uri: string): string {
  let key = articleKeys.get(uri);
  if (key === undefined) {
    if (articleKeys.size >= MAX_ARTICLE_KEYS) articleKeys.clear();
    articleKeys.set(uri, (key = readArticleKey(uri)));
  }
  return key;
}

function readArticleKey(uri: string): string {
  let path = uri;
  if (/^file:\/\//i.test(path)) {
    try {
      path = decodeURIComponent(path.replace(/^file:\/\/(?:localhost)?/i, ''));
    } catch {
      // A malformed escape: compare the uri as it is.
    }
  }
  path = path.replace(/\\/g, '/').replace(/^\/([A-Za-z]:)/, '$1');
  return /^[A-Za-z]:/.test(path) ? path[0]!.toLowerCase() + path.slice(1).toLowerCase() : path;
}

/** Cosine of two word sets; `known` is `a` as sorted ids, for an indexed article's `WordSet` `b`. */
function cosine(a: ReadonlySet<string>, b: ReadonlySet<string>, known: Int32Array): number {
  if (!a.size || !b.size) return 0;
  let common = 0;
  if (b instanceof WordSet) common = b.countCommon(known);
  else for (const w of a) if (b.has(w)) common++;
  return common / Math.sqrt(a.size * b.size);
}
