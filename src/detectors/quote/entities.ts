// Document-level memory for resolving speakers: who has been mentioned so far (for "she",
// "the official", surnames) and which groups (for "one of them", "another", "both").
import type { Speaker } from './speaker';
import type { GroupMention } from './types';
import { GENERIC_ORG_NOUN } from './cues';
import { hasSpace } from '../../engine/spaces';

/** A speaker after resolution: the name or description shown to the user. */
export interface ResolvedSpeaker {
  text: string;
  anonymous: boolean;
  /** For an unnamed speaker picked from a group: the kind of the group ("official"). */
  kind?: string;
}

/** Someone or something mentioned; never changed once made, so that recorded changes can be replayed. */
interface Entity {
  /** Order of creation in the document: equal states number their entities alike. */
  id: number;
  text: string;
  /** Named in the text (not a description). */
  named: boolean;
  /** Credited with a statement (not only mentioned). */
  spoke: boolean;
  anonymous: boolean;
  /** Head nouns without repeats, in first-seen order (few: a Set per entity cost more than it saved). */
  heads: readonly string[];
  modifiers: readonly string[];
  person: boolean;
  plural: boolean;
  org: boolean;
}

/** A group of people or things a later "one of them" may pick from. */
interface Group {
  text: string;
  heads: readonly string[];
  anonymous: boolean;
  kind?: string;
  /** Index of the block that mentioned it. */
  block: number;
}

/**
 * One change a block made to the resolution state. A block's changes, replayed in order on the
 * state before it, give the state after it without resolving anything again.
 */
export type StateChange =
  | { kind: 'entity'; entity: Entity; added: boolean }
  | { kind: 'group'; group: Group }
  | { kind: 'name'; surname: string; name: string };

const NO_HEADS: readonly string[] = [];

/** `head` and then the roles, each once, in that order (as a Set of them would iterate). */
function headsOf(head: string, roles: readonly string[]): string[] {
  const heads = [head];
  for (const r of roles) if (!heads.includes(r)) heads.push(r);
  return heads;
}

/** How many blocks back "one of them" may find its group: the paragraph before, or the one before that. */
const GROUP_REACH = 2;

const AGE_NOUN = /^\d+-year-old$/;

/**
 * Who has been mentioned so far, most recent first, and the full names behind surnames. Recency
 * is kept as an append-only log of additions and back-references (a newer entry supersedes the
 * older ones of the same entity), per head noun as well as overall, so that finding the latest
 * match scans from the end and stops at the first hit instead of re-sorting every entity the
 * document mentioned: a newest-first scan meets each entity at its newest entry first.
 */
export class ResolutionState {
  /** Index of the block being resolved. */
  block = 0;
  private recent: Entity[] = [];
  private byHead = new Map<string, Entity[]>();
  private names = new Map<string, string>();
  private groups: Group[] = [];
  private created = 0;
  private changes: StateChange[] = [];

  /** An independent copy between blocks: the lists are copied, the entities (never changed once made) shared. */
  clone(): ResolutionState {
    const copy = new ResolutionState();
    copy.block = this.block;
    copy.recent = this.recent.slice();
    for (const [head, list] of this.byHead) copy.byHead.set(head, list.slice());
    copy.names = new Map(this.names);
    copy.groups = this.groups.slice();
    copy.created = this.created;
    return copy;
  }

  /** Starts resolving block `index`; the changes it makes are recorded in the returned array. */
  beginBlock(index: number): StateChange[] {
    this.block = index;
    this.changes = [];
    return this.changes;
  }

  /** Replays changes recorded earlier, in order. */
  replay(changes: readonly StateChange[]): void {
    for (const c of changes) {
      if (c.kind === 'entity') {
        if (c.added) this.created = c.entity.id + 1;
        this.push(c.entity);
      } else if (c.kind === 'group') this.groups.push(c.group);
      else this.names.set(c.surname, c.name);
    }
  }

  /** Records a group that is mentioned but not credited with a statement. */
  noteGroup(g: GroupMention): void {
    this.addGroup({ text: g.text, heads: g.head ? [g.head] : NO_HEADS, anonymous: false, block: this.block });
  }

  /** A surname of a full name introduced with a title earlier. */
  isKnownPerson(surname: string): boolean {
    return this.names.has(surname);
  }

  /** Resolves a speaker and records it; `spoke` is false for a name that is only mentioned. */
  resolve(s: Speaker, spoke = true): ResolvedSpeaker {
    if (s.member) return this.member(s);
    if (s.form === 'pronoun') {
      const e = this.latest((x) => (s.person ? x.person && !x.plural : s.plural ? x.plural || x.org : x.org));
      return e ? this.refer(e) : { text: s.text, anonymous: false };
    }
    if (s.form === 'name') {
      // Only a titled full name makes a later bare surname a person ("Photo Acme" from a caption must
      // not); untitled names (most) need no look for the space.
      if (s.titled && hasSpace(s.text)) {
        this.names.set(s.head, s.text);
        this.changes.push({ kind: 'name', surname: s.head, name: s.text });
      }
      // Shown as written: a surname stays a surname, as the story chose.
      const text = s.text;
      const person = s.person || this.names.has(s.head);
      this.add({ text, named: true, spoke, anonymous: false, heads: headsOf(s.head, s.roles), modifiers: [], person, plural: false, org: !person });
      return { text, anonymous: false };
    }
    if (s.definite && s.bare && AGE_NOUN.test(s.head)) {
      // "the 31-year-old said": the last person mentioned.
      const e = this.latest((x) => x.person && !x.plural);
      if (e) return this.refer(e);
    }
    if (s.definite && s.bare && !s.modifiers.length && GENERIC_ORG_NOUN.has(s.head)) {
      const e = this.latest((x) => x.named && x.org && x.spoke);
      if (e) return this.refer(e);
    }
    if (s.definite && s.bare) {
      const e = this.antecedent(s);
      if (e) {
        this.touch(e);
        return e.anonymous ? { text: s.text, anonymous: true } : { text: e.text, anonymous: false };
      }
    }
    const anonymous = s.anonymous === 'yes';
    // One array for the entity and its group: heads are never changed once recorded.
    const heads = [s.head];
    this.add({ text: s.text, named: false, spoke, anonymous, heads, modifiers: s.modifiers, person: s.person, plural: s.plural, org: s.form === 'organization' });
    if (s.plural) this.addGroup({ text: s.text, heads, anonymous, kind: s.kind, block: this.block });
    return { text: s.text, anonymous };
  }

  /**
   * "One of them said", "another said", "one of the officials said": a member of the last group
   * mentioned (of that head noun, when the phrase names one), unnamed exactly when the group was.
   * "Smith and Jones … One of them said" is named, if ambiguous. With no group near, only a phrase
   * that is unnamed on its own ("one of the officials") counts as unnamed.
   */
  private member(s: Speaker): ResolvedSpeaker {
    let group: Group | undefined;
    // Groups are recorded in block order, so the search can stop at the first one out of reach.
    for (let i = this.groups.length - 1; i >= 0 && !group && this.groups[i]!.block >= this.block - GROUP_REACH; i--) {
      if (!s.head || this.groups[i]!.heads.includes(s.head)) group = this.groups[i];
    }
    const anonymous = group ? group.anonymous : s.anonymous === 'yes';
    const text = group?.anonymous ? group.text : s.text;
    const kind = group?.kind ?? s.kind;
    this.add({ text, named: false, spoke: true, anonymous, heads: s.head ? [s.head] : group ? group.heads : NO_HEADS, modifiers: [], person: true, plural: s.plural, org: false });
    return { text, anonymous, kind };
  }

  /** The latest entity with the same head noun, preferring one that shares the phrase's modifiers ("second"). */
  private antecedent(s: Speaker): Entity | undefined {
    const candidates = this.byHead.get(s.head);
    if (!candidates) return undefined;
    const latest = candidates[candidates.length - 1];
    for (let i = candidates.length - 1; i >= 0; i--) {
      const e = candidates[i]!;
      if (s.modifiers.every((m) => e.modifiers.includes(m))) return e;
    }
    return latest;
  }

  private latest(test: (e: Entity) => boolean): Entity | undefined {
    for (let i = this.recent.length - 1; i >= 0; i--) if (test(this.recent[i]!)) return this.recent[i];
    return undefined;
  }

  private add(e: Omit<Entity, 'id'>): void {
    // Written out rather than spread: one object shape, built without a generic copy.
    const entity: Entity = {
      id: this.created++, text: e.text, named: e.named, spoke: e.spoke, anonymous: e.anonymous, heads: e.heads, modifiers: e.modifiers, person: e.person, plural: e.plural, org: e.org,
    };
    this.changes.push({ kind: 'entity', entity, added: true });
    this.push(entity);
  }

  private addGroup(g: Group): void {
    this.changes.push({ kind: 'group', group: g });
    this.groups.push(g);
  }

  /** A back-reference to `e`: it becomes the most recent entity again. */
  private refer(e: Entity): ResolvedSpeaker {
    this.touch(e);
    return { text: e.text, anonymous: e.anonymous };
  }

  private touch(e: Entity): void {
    this.changes.push({ kind: 'entity', entity: e, added: false });
    this.push(e);
  }

  private push(e: Entity): void {
    this.recent.push(e);
    for (const head of e.heads) {
      const list = this.byHead.get(head);
      if (list) list.push(e);
      else this.byHead.set(head, [e]);
    }
  }
}

/** Whether two blocks made the same changes to equal states (so that the states after them are equal too). */
export function sameChanges(a: readonly StateChange[], b: readonly StateChange[]): boolean {
  return a.length === b.length && a.every((x, i) => sameChange(x, b[i]!));
}

function sameChange(x: StateChange, y: StateChange): boolean {
  if (x.kind === 'entity') return y.kind === 'entity' && x.added === y.added && x.entity.id === y.entity.id && (!x.added || sameEntity(x.entity, y.entity));
  if (x.kind === 'group') {
    const g = x.group;
    const h = y.kind === 'group' ? y.group : undefined;
    return h !== undefined && g.text === h.text && g.anonymous === h.anonymous && g.kind === h.kind && g.block === h.block && sameHeads(g.heads, h.heads);
  }
  return y.kind === 'name' && x.surname === y.surname && x.name === y.name;
}

function sameEntity(e: Entity, f: Entity): boolean {
  return e.text === f.text && e.named === f.named && e.spoke === f.spoke && e.anonymous === f.anonymous && e.person === f.person && e.plural === f.plural && e.org === f.org
    && sameHeads(e.heads, f.heads) && e.modifiers.length === f.modifiers.length && e.modifiers.every((m, i) => m === f.modifiers[i]);
}

/** Whether two lists without repeats hold the same heads, in any order (as the Sets they replace compared). */
function sameHeads(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (const x of a) if (!b.includes(x)) return false;
  return true;
}
