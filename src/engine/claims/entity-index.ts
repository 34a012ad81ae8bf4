import { skeleton } from './spelling';
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
  /**
   * Spelling keys of the tokens of multi-word names → entities (see `spellingKeys`). A name's tokens
   * have dozens of keys, nearly all of them one entity's: that entity is stored as a number, and an
   * array made only for a key that a second entity shares.
   */
  private readonly spelled = new Map<string, number | number[]>();
  /** A word of a multi-word name, plural "s" dropped → entities ("the union" → "Union of Miners"). */
  private readonly heads = new Map<string, number[]>();
  /** A role word → entities; kept apart from names so that roles can be replaced (`withRoleHeads`). */
  private roleHeads = new Map<string, number[]>();

  addName(entity: number, joined: string, tokens: readonly string[]): void {
    push(this.whole, joined, entity);
    if (tokens.length === 1) push(this.single, tokens[0]!, entity);
    if (tokens.length < 2) return;
    for (let i = 1; i < tokens.length; i++) push(this.inner, tokens[i]!, entity);
    for (const token of tokens) {
      for (const key of spellingKeys(token)) pushCompact(this.spelled, key, entity);
      push(this.heads, withoutPluralS(token), entity);
    }
  }

  addHead(entity: number, head: string): void {
    push(this.roleHeads, head, entity);
  }

  /** Entities with this word (plural "s" dropped) in a multi-word name or among their roles. */
  withHead(head: string): readonly number[] {
    const named = this.heads.get(head);
    const roled = this.roleHeads.get(head);
    return named && roled ? [...named, ...roled] : named ?? roled ?? [];
  }

  /** A copy that shares everything but the role words, which start empty. */
  withoutRoleHeads(): EntityIndex {
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
    const hits = new Map<number, number>();
    for (const token of tokens) {
      const seen = new Set<number>();
      const count = (e: number) => {
        if (seen.has(e)) return;
        seen.add(e);
        hits.set(e, (hits.get(e) ?? 0) + 1);
      };
      for (const key of spellingKeys(token)) {
        const entities = this.spelled.get(key);
        if (typeof entities === 'number') count(entities);
        else if (entities) for (const e of entities) count(e);
      }
    }
    const found: number[] = [];
    for (const [e, n] of hits) if (n >= least) found.push(e);
    return found;
  }
}

/** `push` for a map that holds a lone entity as a number. */
function pushCompact(map: Map<string, number | number[]>, key: string, entity: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, entity);
  else if (typeof list === 'number') {
    if (list !== entity) map.set(key, [list, entity]);
  } else if (list[list.length - 1] !== entity) list.push(entity);
}

function push(map: Map<string, number[]>, key: string, entity: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [entity]);
  else if (list[list.length - 1] !== entity) list.push(entity);
}

/**
 * Keys shared by any two tokens that are equal or a near miss (`isNearMiss`): the token itself, its
 * consonant skeleton (transliteration variants), and the strings left by deleting one letter (for
 * words of 5 letters or more, where one slip counts) or two (8 or more). Two words within edit
 * distance k both reduce to a common string by at most k deletions each.
 */
export function spellingKeys(token: string): readonly string[] {
  let keys = KEYS.get(token);
  if (!keys) {
    if (KEYS.size >= KEY_CACHE_SIZE) KEYS.clear();
    KEYS.set(token, (keys = computeSpellingKeys(token)));
  }
  return keys;
}

/**
 * Names recur through a document: their keys are computed once (as arrays, a third of a Set's
 * memory). Kept small: a corpus index links thousands of articles, and twenty thousand tokens'
 * keys were tens of megabytes of its memory.
 */
const KEYS = new Map<string, readonly string[]>();
const KEY_CACHE_SIZE = 2_000;

function computeSpellingKeys(token: string): string[] {
  const keys = new Set<string>([`=${token}`]);
  if (token.length >= 4) keys.add(`~${skeleton(token)}`);
  if (token.length >= 5) {
    for (let i = 0; i < token.length; i++) {
      const once = token.slice(0, i) + token.slice(i + 1);
      keys.add(`=${once}`);
      if (token.length >= 8) for (let j = i; j < once.length; j++) keys.add(`=${once.slice(0, j)}${once.slice(j + 1)}`);
    }
  }
  return [...keys];
}
