import type { NameHit } from './names';
import { EntityIndex } from './entity-index';
import { joinTokens } from './join-tokens';
import { isNearMiss } from './spelling';
import { fold, startsUpper } from './tokens';
import { lastWord, withoutPluralS } from './word-readers';
import type { EntitySignature } from './types';

interface Entity {
  /** By joined tokens: the tokens and the words of the name's latest mention (joined only for a signature's label). */
  names: Map<string, { tokens: string[]; words: readonly string[] }>;
  /** `NONE` until the entity gets one: most entities never do. */
  aliases: ReadonlySet<string>;
  roles: ReadonlySet<string>;
  kinds: Record<EntitySignature['kind'], number>;
  mentions: number;
}

/** Content words of a name, folded: connectors dropped ("Department of Defense" → department, defense). */
export function nameTokens(words: readonly string[]): string[] {
  // Every name is tokenised twice (to link it, and to record the mention): no regex per word.
  const tokens: string[] = [];
  for (const w of words) if (startsUpper(w) || hasDigit(w)) tokens.push(fold(w));
  return tokens;
}

/** `/\d/.test(word)`. */
export function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/** Tokens are folded already; a near miss needs the same first letter, which settles most pairs cheaply. */
function sameToken(a: string, b: string): boolean {
  return a === b || (a[0] === b[0] && isNearMiss(a, b));
}

/** True when one token list contains the other (near-miss spellings count as the same word). */
function contains(big: readonly string[], small: readonly string[]): boolean {
  for (const s of small) if (!hasSameToken(big, s, 0)) return false;
  return true;
}

/** True when a token of `list` from index `from` on is `token` or a near miss of it. */
function hasSameToken(list: readonly string[], token: string, from: number): boolean {
  for (let i = from; i < list.length; i++) if (sameToken(list[i]!, token)) return true;
  return false;
}

/** `tokens.join(' ') === joined`, without joining: names are compared with every alias of another entity. */
function isJoined(tokens: readonly string[], joined: string): boolean {
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0) {
      if (joined.charCodeAt(at) !== 0x20) return false;
      at++;
    }
    const t = tokens[i]!;
    if (!joined.startsWith(t, at)) return false;
    at += t.length;
  }
  return at === joined.length;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The shared empty set of an entity without aliases or roles. */
const NONE: ReadonlySet<string> = new Set<string>();

/** A set of the entity's own to add to (the shared empty one is never added to). */
function own(set: ReadonlySet<string>): Set<string> {
  return set === NONE ? new Set<string>() : (set as Set<string>);
}

/**
 * Whether a name (tokens) refers to an entity known by `known`: a surname alone refers to the full
 * name before it; a full name to the surname said first.
 */
function matchesName(known: readonly string[], tokens: readonly string[], person: boolean): boolean {
  const shorter = Math.min(known.length, tokens.length);
  return tokens.length === 1
    ? known.length > 1 && known.indexOf(tokens[0]!, 1) >= 0
    : shorter >= 2
      ? contains(known, tokens) || contains(tokens, known)
      : person && known.length === 1 && tokens[tokens.length - 1] === known[0];
}

/**
 * The entities of one article: names clustered into entities as the article uses them (full name,
 * surname, nickname, acronym), with a union-find so that a later "X, known as Y" merges two.
 */
export class EntityTable {
  private entities: Entity[] = [];
  private parent: number[] = [];
  /** Which entities a name can refer to, so that linking does not scan every entity (long documents were quadratic). */
  private index = new EntityIndex();
  private signatures = new Map<number, EntitySignature>();
  /** Per entity, the last `link` call that tested it (instead of a set per call). */
  private tested = new Int32Array(64);
  private linkStamp = 0;
  /** Cleared on both tables by `withRoles`: they then share their names, index and `tested` stamps. */
  private linkable = true;

  /** Finds or creates the entity a name refers to, preferring the most recently created; `tokens` are its `nameTokens`. */
  link(hit: NameHit, tokens: string[] = nameTokens(hit.words), known?: number): number {
    this.assertLinkable();
    this.forgetSignatures();
    const joined = joinTokens(tokens);
    // The answer is known when the same calls made this table before (`replay`): only the search is skipped.
    let found = known === undefined ? this.search(hit, tokens, joined) : known < this.entities.length ? known : -1;
    if (found < 0) {
      found = this.entities.length;
      this.entities.push({ names: new Map(), aliases: NONE, roles: NONE, kinds: { person: 0, org: 0, place: 0, unknown: 0 }, mentions: 0 });
      this.parent.push(found);
      if (found >= this.tested.length) {
        const tested = new Int32Array(this.tested.length * 2);
        tested.set(this.tested);
        this.tested = tested;
      }
    }
    const e = this.entities[found]!;
    if (tokens.length && !e.aliases.has(joined)) {
      const named = e.names.get(joined);
      // The latest mention's words are kept; a repeat spelled the same changes nothing.
      if (!named || !sameWords(named.words, hit.words)) e.names.set(joined, { tokens, words: hit.words });
      // A name the entity already has is in the index under it (or under an entity merged into it).
      if (!named) this.index.addName(found, joined, tokens);
    }
    if (hit.nickname) this.alias(found, fold(hit.nickname.text));
    // A switch, not `kinds[hit.kind]`: a store by a computed name took a generic path per mention.
    const kinds = e.kinds;
    switch (hit.kind) {
      case 'person':
        kinds.person += 1;
        break;
      case 'org':
        kinds.org += 1;
        break;
      case 'place':
        kinds.place += 1;
        break;
      default:
        kinds.unknown += 0.5;
    }
    e.mentions++;
    return found;
  }

  /** The entity an existing name or alias, or a name it contains or is contained in, gives; -1 for none. */
  private search(hit: NameHit, tokens: readonly string[], joined: string): number {
    // The newest entity with this very name or alias; the index lists every entity that was given it.
    let found = this.newestRoot(this.index.withName(joined));
    if (found < 0 && tokens.length) {
      // Only entities the index offers can match; the newest that does wins, as in a scan from the end.
      const stamp = ++this.linkStamp;
      const person = hit.kind === 'person';
      // Loops over the candidate lists, not a closure per search.
      if (tokens.length === 1) found = this.consider(this.index.withInnerToken(tokens[0]!), tokens, person, stamp, found);
      else {
        // Two multi-word names match when every word of the shorter (two or more) matches a word of
        // the other, so a candidate shares keys with at least two of these words. (Two words of one
        // name that are both near misses of one word of the other are the one case this passes over.)
        found = this.consider(this.index.withSimilarTokens(tokens, 2), tokens, person, stamp, found);
        if (person) found = this.consider(this.index.withSingleName(tokens[tokens.length - 1]!), tokens, person, stamp, found);
      }
    }
    return found;
  }

  /**
   * `found`, or the newest root of a candidate newer than it whose names match `tokens`; roots are
   * tested once per search (`stamp`).
   */
  private consider(candidates: readonly number[], tokens: readonly string[], person: boolean, stamp: number, found: number): number {
    for (const candidate of candidates) {
      const root = this.find(candidate);
      if (root <= found || this.tested[root] === stamp) continue;
      this.tested[root] = stamp;
      for (const { tokens: known } of this.entities[root]!.names.values()) {
        if (matchesName(known, tokens, person)) {
          found = root;
          break;
        }
      }
    }
    return found;
  }

  /** Most changes come before any signature is asked for; clearing an empty map still allocates. */
  private forgetSignatures(): void {
    if (this.signatures.size) this.signatures.clear();
  }

  /** Records that two entities are one (an alias cue joined them). */
  union(a: number, b: number): void {
    this.assertLinkable();
    this.forgetSignatures();
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[drop] = keep;
    const k = this.entities[keep]!;
    const d = this.entities[drop]!;
    for (const [key, value] of d.names) k.names.set(key, value);
    for (const a2 of d.aliases) (k.aliases = own(k.aliases)).add(a2);
    for (const r of d.roles) (k.roles = own(k.roles)).add(r);
    for (const kind of Object.keys(d.kinds) as Array<EntitySignature['kind']>) k.kinds[kind] += d.kinds[kind];
    k.mentions += d.mentions;
  }

  addAlias(entity: number, alias: string): void {
    this.forgetSignatures();
    this.alias(this.find(entity), fold(alias));
  }

  private alias(root: number, folded: string): void {
    const e = this.entities[root]!;
    (e.aliases = own(e.aliases)).add(folded);
    this.index.addAlias(root, folded);
  }

  /** The newest entity (by creation) that is the root of one of these; -1 for none. */
  private newestRoot(entities: readonly number[]): number {
    let newest = -1;
    for (const e of entities) newest = Math.max(newest, this.find(e));
    return newest;
  }

  addRoles(entity: number, words: readonly string[]): void {
    this.forgetSignatures();
    this.pendingEntities.push(entity);
    this.pendingWords.push(words);
  }

  /**
   * Role words given to entities and not yet applied. Roles serve only `resolveDescriptor`, which
   * most articles never call (no definite description left without a subject), so they are applied
   * when it first is, each to the root its entity has then: the roles `addRoles` then `union` would
   * have given that root (the order of a root's roles never matters: they are looked up).
   */
  private pendingEntities: number[] = [];
  private pendingWords: Array<readonly string[]> = [];

  private applyRoles(): void {
    const entities = this.pendingEntities;
    if (!entities.length) return;
    const words = this.pendingWords;
    this.pendingEntities = [];
    this.pendingWords = [];
    for (let i = 0; i < entities.length; i++) {
      const root = this.find(entities[i]!);
      const e = this.entities[root]!;
      for (const w of words[i]!) {
        const role = withoutPluralS(fold(w));
        (e.roles = own(e.roles)).add(role);
        this.index.addHead(root, role);
      }
    }
  }

  /**
   * The same table with other role words: roles only serve `resolveDescriptor`, never linking, so
   * an edit that changes only the words around names keeps every link. Each root gets the roles of
   * the entities now under it, as `addRoles` then `union` would have given it.
   *
   * The copy is cheap because it shares the original's names, name index and search stamps: linking
   * in either would change what the other finds. Neither may link or merge after it (both throw);
   * an edit that changes the links links a new table (`linkArticle` with a replay).
   */
  withRoles(roles: Iterable<{ entity: number; words: readonly string[] }>): EntityTable {
    const copy = Object.assign(Object.create(EntityTable.prototype) as EntityTable, this);
    copy.entities = this.entities.map((e) => ({ ...e, roles: NONE }));
    copy.parent = [...this.parent];
    copy.index = this.index.withoutRoleHeads();
    copy.signatures = new Map(this.signatures);
    copy.pendingEntities = [];
    copy.pendingWords = [];
    for (const { entity, words } of roles) copy.addRoles(entity, words);
    this.linkable = false;
    copy.linkable = false;
    return copy;
  }

  private assertLinkable(): void {
    if (!this.linkable) throw new Error('EntityTable: a table copied by withRoles shares its names with the copy and cannot link again');
  }

  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }

  kind(i: number): EntitySignature['kind'] {
    const k = this.entities[this.find(i)]!.kinds;
    if (k.person >= Math.max(k.org, k.place, 0.5) && k.person > 0) return 'person';
    if (k.org > 0 && k.org >= k.place) return 'org';
    return k.place > 0 ? 'place' : 'unknown';
  }

  mentions(i: number): number {
    return this.entities[this.find(i)]!.mentions;
  }

  /**
   * The entity a definite description stands for ("the union leader", "the company"): one whose
   * name or described role contains the description's head noun; the one mentioned last before wins.
   */
  resolveDescriptor(descriptor: string, lastMention: (entity: number) => number): number | undefined {
    const head = withoutPluralS(fold(lastWord(descriptor)));
    if (!head) return undefined;
    this.applyRoles();
    let best: number | undefined;
    let bestAt = -Infinity;
    // Only entities with that word in a full name or role can match; oldest first, as in a full scan.
    const candidates = [...new Set(this.index.withHead(head).map((c) => this.find(c)))].sort((a, b) => a - b);
    for (const i of candidates) {
      const e = this.entities[i]!;
      const named = [...e.names.values()].some((n) => n.tokens.length > 1 && n.tokens.some((t) => withoutPluralS(t) === head));
      if (!named && !e.roles.has(head)) continue;
      const at = lastMention(i);
      if (at > bestAt || (at === bestAt && best !== undefined && e.mentions > this.entities[best]!.mentions)) {
        best = i;
        bestAt = at;
      }
    }
    return best;
  }

  /** How other articles can recognise the entity; cached once linking is done (any change clears it). */
  signature(i: number): EntitySignature {
    const root = this.find(i);
    let sig = this.signatures.get(root);
    if (!sig) this.signatures.set(root, (sig = this.computeSignature(root)));
    return sig;
  }

  private computeSignature(i: number): EntitySignature {
    const e = this.entities[this.find(i)]!;
    // Every entity of an article gets one (its keys are read from it): one pass over its names, and
    // no spread of an empty alias set (most entities have no alias).
    const names: string[][] = [];
    let longest: { tokens: string[]; words: readonly string[] } | undefined;
    for (const n of e.names.values()) {
      names.push(n.tokens);
      if (!longest || n.tokens.length > longest.tokens.length) longest = n;
    }
    const aliases = e.aliases.size ? [...e.aliases] : [];
    return { label: longest?.words.join(' ') ?? aliases[0] ?? '', kind: this.kind(i), names, aliases };
  }

  /** Roots of all entities, for fingerprints. */
  roots(): number[] {
    const roots: number[] = [];
    for (let i = 0; i < this.entities.length; i++) if (this.find(i) === i) roots.push(i);
    return roots;
  }
}

/** True when a signature has a name of more than one word: then its one-word names are left out of comparisons. */
function hasFullName(s: EntitySignature): boolean {
  for (const n of s.names) if (n.length > 1) return true;
  return false;
}

/**
 * True when two entity signatures from different articles are the same entity: a shared alias, or
 * a full name of one contained in a full name of the other (spelling variants allowed). `loose`
 * lets one word stand for a name that contains it anywhere, for objects rather than people.
 * (Every pair of signatures of two related articles is compared: nothing is allocated.)
 */
export function sameEntity(a: EntitySignature, b: EntitySignature, loose = false): boolean {
  for (const x of a.aliases) {
    if (b.aliases.includes(x)) return true;
    for (const n of b.names) if (isJoined(n, x)) return true;
  }
  for (const x of b.aliases) for (const n of a.names) if (isJoined(n, x)) return true;
  // Full names decide when both have one; a surname alone is used only by an entity known by nothing more.
  const onlyFullOfA = hasFullName(a);
  const onlyFullOfB = hasFullName(b);
  for (const x of a.names) {
    if (onlyFullOfA && x.length < 2) continue;
    for (const y of b.names) {
      if (onlyFullOfB && y.length < 2) continue;
      if (!x.length || !y.length) continue;
      const small = x.length <= y.length ? x : y;
      const big = small === x ? y : x;
      // Objects ("the Orion" for an "Orion Express") are named by any of their words.
      if (loose && small.length === 1 && hasSameToken(big, small[0]!, 0)) return true;
      if (small.length === 1) {
        // A surname alone matches the last word of a full name; a single word matches a single word.
        if (big.length === 1 ? sameToken(big[0]!, small[0]!) : sameToken(big[big.length - 1]!, small[0]!) || (big.length > 2 && big.indexOf(small[0]!, 1) >= 0)) return true;
      } else if (contains(big, small)) return true;
    }
  }
  return false;
}
