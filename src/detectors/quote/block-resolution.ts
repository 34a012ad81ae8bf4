// Resolving a block's speakers against everyone the document mentioned before it, reused across
// analyses: after an edit, a block whose text, position and incoming state are unchanged keeps
// its resolution, so re-analysis resolves only the edited block (and what follows it, when the
// edit changes who is mentioned). The state entering a block is named by a key; equal keys stand
// for equal states, and a recomputed block whose changes to the state are the same as before
// hands on the key the next block already knows.
import type { Attribution, BlockAttribution } from './types';
import { ResolutionState, sameChanges, type ResolvedSpeaker, type StateChange } from './entities';

/** The resolution state at a block boundary: the state before `prev` plus the changes of the block between. */
export class StateKey {
  constructor(
    readonly prev: StateKey | undefined,
    readonly changes: readonly StateChange[],
  ) {}
}

const START = new StateKey(undefined, []);

/** Replays longer than this leave a checkpoint: a copy of the state costs about as much as replaying this many blocks. */
const CHECKPOINT_AFTER = 16;

/**
 * The live state as it stood at `key`, kept from one analysis to the next: an edit usually lands
 * near the previous one, and rebuilding the state from here replays only the blocks in between,
 * not the whole document before the edit.
 */
export interface Checkpoint {
  key: StateKey;
  state: ResolutionState;
}

/** A block's resolution for one incoming state and position. */
interface Entry {
  in: StateKey;
  index: number;
  resolved: ReadonlyArray<ResolvedSpeaker | undefined>;
  out: StateKey;
}

/**
 * The resolutions of one block text (a text may recur in a document), kept while the analyses
 * using them are the current or the previous one.
 */
interface Slot {
  analysis: object;
  current: Entry[];
  previous: Entry[];
}


/**
 * Resolves the blocks of one analysis in document order, reusing the entries earlier analyses left
 * on each block. The live state is built only when a block must be resolved: by replaying the
 * recorded changes from where it stands (or from the start) up to that block's incoming key.
 */
export class DocumentResolver {
  private key = START;
  private state = new ResolutionState();
  /** The key the live state stands at; undefined when it holds a state equal to but not built from the chain. */
  private live: StateKey | undefined = START;

  /** `analysis` marks the analysis the resolver serves, to tell current entries from previous ones. */
  constructor(
    private readonly analysis: object,
    private checkpoint?: Checkpoint,
  ) {}

  /** The state to start the next analysis's replays from. */
  get lastCheckpoint(): Checkpoint | undefined {
    return this.checkpoint;
  }

  /** The key of the state entering the next block to resolve. */
  get at(): StateKey {
    return this.key;
  }

  /** Continues after blocks resolved by an earlier analysis, from the state `key` they led to. */
  set at(key: StateKey) {
    this.key = key;
  }

  /**
   * The speakers of block `index`'s attributions (by attribution index), given `next`, the analysis
   * of the block after it (whose entries may already know the state this block leads to).
   */
  resolve(block: BlockAttribution, index: number, next: BlockAttribution | undefined): ReadonlyArray<ResolvedSpeaker | undefined> {
    const slot = this.slot(block);
    const hit = take(slot, this.key, index);
    if (hit) {
      this.key = hit.out;
      return hit.resolved;
    }
    this.moveTo(this.key);
    const changes = this.state.beginBlock(index);
    const resolved = resolveBlock(block, this.state);
    const known = next && this.knownSuccessor(next, index + 1, changes);
    const out = known ?? new StateKey(this.key, changes);
    slot.current.push({ in: this.key, index, resolved, out });
    // A reused key's chain holds the earlier analysis's (equal) entities, not the live ones.
    this.live = known ? undefined : out;
    this.key = out;
    return resolved;
  }

  private slot(block: BlockAttribution): Slot {
    // Kept on the block's analysis (which lives as long as its block is cached), not in a WeakMap:
    // this runs twice per block of every analysis.
    let slot = block.resolutions as Slot | undefined;
    if (!slot) block.resolutions = slot = { analysis: this.analysis, current: [], previous: [] };
    else if (slot.analysis !== this.analysis) {
      // A block the document pass reused without resolving has no current entries: its last ones stay.
      if (slot.current.length) slot.previous = slot.current;
      slot.current = [];
      slot.analysis = this.analysis;
    }
    return slot;
  }

  /** The key an earlier analysis gave the state after this block, if the block changed the state as it did then. */
  private knownSuccessor(next: BlockAttribution, nextIndex: number, changes: readonly StateChange[]): StateKey | undefined {
    const slot = this.slot(next);
    for (const entries of [slot.current, slot.previous]) {
      for (const e of entries) if (e.index === nextIndex && e.in.prev === this.key && sameChanges(e.in.changes, changes)) return e.in;
    }
    return undefined;
  }

  /** Brings the live state to `key` by replaying the changes recorded on the way from the live key, or from the start. */
  private moveTo(key: StateKey): void {
    if (this.live === key) return;
    const path: StateKey[] = [];
    const mark = this.checkpoint?.key;
    let k: StateKey | undefined = key;
    for (; k && k !== this.live && k !== mark; k = k.prev) path.push(k);
    let consumed = false;
    if (!k) this.state = new ResolutionState();
    else if (k !== this.live) {
      // From the checkpoint: a copy when the state stops there, else its own state, which the replay moves on.
      consumed = path.length > 0;
      this.state = consumed ? this.checkpoint!.state : this.checkpoint!.state.clone();
    }
    for (let i = path.length - 1; i >= 0; i--) this.state.replay(path[i]!.changes);
    this.live = key;
    if (path.length > CHECKPOINT_AFTER) this.checkpoint = { key, state: this.state.clone() };
    else if (consumed) this.checkpoint = undefined;
  }
}

/** The entry for this state and position, moved to the current analysis's entries. */
function take(slot: Slot, key: StateKey, index: number): Entry | undefined {
  for (const e of slot.current) if (e.in === key && e.index === index) return e;
  const previous = slot.previous;
  for (let i = 0; i < previous.length; i++) {
    const e = previous[i]!;
    if (e.in !== key || e.index !== index) continue;
    previous.splice(i, 1);
    slot.current.push(e);
    return e;
  }
  return undefined;
}

/**
 * Resolves a block's attributions in text order, together with the named people and groups it
 * mentions. Mentions and groups are found in text order already; attributions are ordered by start
 * (stably), and at equal starts an attribution comes first, then a mention, then a group.
 */
function resolveBlock(analysis: BlockAttribution, state: ResolutionState): Array<ResolvedSpeaker | undefined> {
  const { attributions, mentions, groups } = analysis;
  const resolved: Array<ResolvedSpeaker | undefined> = [];
  // Usually found in text order already (a stable sort would leave such a list as it is): then
  // no list of indices is made, and the attributions are taken in list order.
  const order = startsAscend(attributions) ? undefined : attributions.map((_, i) => i).sort((x, y) => attributions[x]!.start - attributions[y]!.start);
  const count = attributions.length;
  let a = 0;
  let m = 0;
  let g = 0;
  while (a < count || m < mentions.length || g < groups.length) {
    const atA = a < count ? attributions[order ? order[a]! : a]!.start : Infinity;
    const atM = m < mentions.length ? mentions[m]!.start : Infinity;
    const atG = g < groups.length ? groups[g]!.start : Infinity;
    if (atA <= atM && atA <= atG) {
      const i = order ? order[a]! : a;
      a++;
      const at: Attribution = attributions[i]!;
      if (at.via === 'shared' && at.sharedWith !== undefined) resolved[i] = resolved[at.sharedWith];
      else if (at.speaker) resolved[i] = state.resolve(at.speaker);
    } else if (atM <= atG) {
      const mention = mentions[m++]!;
      if (!mention.weak || state.isKnownPerson(mention.speaker.head)) state.resolve(mention.speaker, false);
    } else state.noteGroup(groups[g++]!);
  }
  return resolved;
}

function startsAscend(attributions: readonly Attribution[]): boolean {
  for (let i = 1; i < attributions.length; i++) if (attributions[i]!.start < attributions[i - 1]!.start) return false;
  return true;
}
