import { grownViews, KeyLists, views } from './key-lists';
import { spellingKeys } from './spelling-keys';
import { withoutPluralS } from './word-readers';

/**
 * Which entities of an article a name can refer to, so that linking a name tests a handful of
 * candidates instead of every entity met so far (which made long documents quadratic). Each
 * lookup returns a superset of the entities the full scan would accept; `EntityTable.link` still
 * applies its own test to them, so the result is the same.
 */
export class EntityIndex {
  /** A whole name (folded tokens joined) or an alias → entities that have it. */
  private readonly whole = new Map<string, number[]>();
  /** A token after the first of a multi-word name → entities ("Lopez" in "Ana Maria Lopez"). */
  private readonly inner = new Map<string, number[]>();
  /** The token of a one-word name → entities. */
  private readonly single = new Map<string, number[]>();
  /** Spelling keys of the tokens of multi-word names → entities (see `spellingKeys`); dozens per name. */
  private readonly spelled = new KeyLists();
  /**
   * A word of a multi-word name, plural "s" dropped → entities ("the union" → "Union of Miners").
   * Made when first asked for, from the multi-word names in the order they were added: only a
   * definite description ("the company") asks, and most articles link all their names before one does.
   */
  private heads: Map<string, number[]> | undefined;
  /** The multi-word names added, by entity and tokens (two arrays, no object per name), for `heads`. */
  private readonly namedEntities: number[] = [];
  private readonly namedTokens: Array<readonly string[]> = [];
  /** A role word → entities; kept apart from names so that roles can be replaced (`withRoleHeads`). */
  private roleHeads = new Map<string, number[]>();
  private readonly marks = new Marks();

  addName(entity: number, joined: string, tokens: readonly string[]): void {
    push(this.whole, joined, entity);
    if (tokens.length === 1) push(this.single, tokens[0]!, entity);
    if (tokens.length < 2) return;
    for (let i = 1; i < tokens.length; i++) push(this.inner, tokens[i]!, entity);
    for (const token of tokens) for (const key of spellingKeys(token)) this.spelled.add(key, entity);
    this.namedEntities.push(entity);
    this.namedTokens.push(tokens);
    if (this.heads) addHeads(this.heads, entity, tokens);
  }

  addHead(entity: number, head: string): void {
    push(this.roleHeads, head, entity);
  }

  /** Entities with this word (plural "s" dropped) in a multi-word name or among their roles. */
  withHead(head: string): readonly number[] {
    const named = this.headsByWord().get(head);
    const roled = this.roleHeads.get(head);
    return named && roled ? [...named, ...roled] : named ?? roled ?? [];
  }

  private headsByWord(): Map<string, number[]> {
    if (!this.heads) {
      const heads = new Map<string, number[]>();
      for (let i = 0; i < this.namedEntities.length; i++) addHeads(heads, this.namedEntities[i]!, this.namedTokens[i]!);
      this.heads = heads;
    }
    return this.heads;
  }

  /** A copy that shares everything but the role words, which start empty. */
  withoutRoleHeads(): EntityIndex {
    // Both share one map of name heads, made now, as they share the other maps.
    this.headsByWord();
    const copy = Object.assign(Object.create(EntityIndex.prototype) as EntityIndex, this);
    copy.roleHeads = new Map();
    return copy;
  }

  addAlias(entity: number, alias: string): void {
    push(this.whole, alias, entity);
  }

  /** Entities with exactly this name or alias. */
  withName(joined: string): readonly number[] {
    return this.whole.get(joined) ?? [];
  }

  /** Entities with a multi-word name that has this token after its first word. */
  withInnerToken(token: string): readonly number[] {
    return this.inner.get(token) ?? [];
  }

  /** Entities with this one-word name. */
  withSingleName(token: string): readonly number[] {
    return this.single.get(token) ?? [];
  }

  /**
   * Entities with a multi-word name that shares spelling keys with at least `least` of these tokens.
   * A long draft gathers many names sharing one common word ("John"); testing each of them made
   * linking grow with the square of the document.
   */
  withSimilarTokens(tokens: readonly string[], least: number): number[] {
    const found: number[] = [];
    const marks = this.marks;
    const query = ++marks.query;
    for (const token of tokens) {
      const stamp = ++marks.token;
      for (const key of spellingKeys(token)) {
        for (let node = this.spelled.first(key); node >= 0; node = this.spelled.after(node)) this.count(this.spelled.entityAt(node), query, stamp, least, found);
      }
    }
    return found;
  }

  /**
   * Counts a token of a query for an entity (once per token), and lists the entity when the count
   * reaches `least`. Stamps in arrays by entity, instead of a map and a set per query.
   */
  private count(e: number, query: number, stamp: number, least: number, found: number[]): void {
    const marks = this.marks.reserve(e);
    if (marks.byToken[e] === stamp) return;
    marks.byToken[e] = stamp;
    if (marks.byQuery[e] !== query) {
      marks.byQuery[e] = query;
      marks.hits[e] = 0;
    }
    if (++marks.hits[e]! === least) found.push(e);
  }
}

/** Per entity: the last query and token that counted it, and its count in that query. */
class Marks {
  query = 0;
  token = 0;
  // The three grow together, over one backing store.
  byQuery: Int32Array;
  byToken: Int32Array;
  hits: Int32Array;

  constructor() {
    [this.byQuery, this.byToken, this.hits] = views(3, 64);
  }

  reserve(e: number): this {
    if (e >= this.hits.length) [this.byQuery, this.byToken, this.hits] = grownViews([this.byQuery, this.byToken, this.hits], Math.max(e + 1, this.hits.length * 2));
    return this;
  }
}

/** What adding a multi-word name did to `heads` when it was made as names were added. */
function addHeads(heads: Map<string, number[]>, entity: number, tokens: readonly string[]): void {
  for (const token of tokens) push(heads, withoutPluralS(token), entity);
}

function push(map: Map<string, number[]>, key: string, entity: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [entity]);
  else if (list[list.length - 1] !== entity) list.push(entity);
}
