import type { ArticleClaims, EntitySignature, NameMention } from './claims/types';
import { WordIds, WordSet } from './word-set';
import { flatCopy } from './flat-copy';

/**
 * Shares equal strings and token lists between the articles of a corpus index. A large corpus
 * repeats the same names, words and keys thousands of times; each extraction allocates its own
 * copies, and most of an index's memory was such duplicates. Values are unchanged, only shared,
 * so nothing may mutate what an indexed article holds (nothing does: detectors only read it).
 */
export class StringPool {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, string[]>();
  /** The ids of the index's content words (its word sets hold ids). */
  readonly words = new WordIds();

  /** Past this many entries the pool starts afresh: it must not grow as large as what it saves. */
  constructor(private readonly limit = 50_000) {}

  string(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    if (this.strings.size >= this.limit) this.strings.clear();
    const own = flatCopy(value);
    this.strings.set(own, own);
    return own;
  }

  list(values: string[]): string[] {
    const key = values.join('\u0000');
    const known = this.lists.get(key);
    if (known && known.length === values.length) return known;
    const pooled = values.map((v) => this.string(v));
    if (this.lists.size >= this.limit) this.lists.clear();
    this.lists.set(key, pooled);
    return pooled;
  }

  /**
   * Replaces the strings and token lists of an extracted article with pooled ones, in place. Every
   * string kept is detached from the text it was cut from, so that the article's text (and the
   * blocks' masked and lower-cased copies) can be freed: only the sentences the index shows as
   * evidence remain, once each.
   */
  compact(claims: ArticleClaims): void {
    const sentences = new Map<string, string>();
    const sentence = (text: string) => {
      let own = sentences.get(text);
      if (own === undefined) sentences.set(text, (own = flatCopy(text)));
      return own;
    };
    const signatures = new Set<EntitySignature>();
    const signature = (s: EntitySignature | undefined) => {
      if (!s || signatures.has(s)) return;
      signatures.add(s);
      s.label = this.string(s.label);
      s.names = s.names.map((n) => this.list(n));
      s.aliases = this.list(s.aliases);
    };
    // Rebuilt as literals: the extractor's copies (made by object spread) keep most fields in a
    // separate property store, a third more memory per mention. Required<> makes a new field fail
    // to compile here until it is copied too.
    claims.names = claims.names.map(
      (n): NameMention => ({
        text: this.string(n.text),
        start: n.start,
        end: n.end,
        tokens: this.list(n.tokens),
        norm: this.list(n.norm),
        entity: n.entity,
        kind: n.kind,
        sentence: sentence(n.sentence),
        initial: n.initial,
        spelling: this.string(n.spelling),
      }) satisfies Required<NameMention>,
    );
    for (const e of claims.entities) signature(e);
    for (const c of claims.claims) {
      c.key = this.string(c.key);
      c.predicate = this.string(c.predicate);
      c.value.display = this.string(c.value.display);
      c.sentence = sentence(c.sentence);
      if (c.descriptor !== undefined) c.descriptor = this.string(c.descriptor);
      if (c.value.words) c.value.words = this.list(c.value.words);
      signature(c.subject);
      signature(c.location);
      signature(c.org);
    }
    claims.fingerprint.entities = claims.fingerprint.entities.map((keys) => this.list(keys));
    claims.fingerprint.words = new WordSet([...claims.fingerprint.words].map(flatCopy), this.words);
  }
}
