/**
 * Lists of entities by integer key (the entity index's spelling keys), in typed arrays: an open-
 * addressed table of keys, each with the newest node of a linked list of entities. A name adds dozens
 * of keys, and a `Map` of them was the largest allocation of linking an article; this allocates
 * only when it doubles.
 */
export class KeyLists {
  /** Slot → key + 1, 0 when empty (keys are non-negative and below 2^30), so a new array needs no fill. */
  private keys: Int32Array;
  /** Slot → its newest node. */
  private heads: Int32Array;
  private used = 0;
  /** Node → entity, and the node added before it under the same key (-1 for none). */
  private entities: Int32Array;
  private next: Int32Array;
  private nodes = 0;

  /**
   * `capacity` nodes and twice as many slots (a power of two), so that the table is filled to at
   * most three quarters before it doubles. An article's names have about a thousand keys: the
   * default takes those without doubling (four of the five seed articles doubled a table of 1,024
   * slots, a second allocation and a rehash).
   */
  constructor(capacity = 1024) {
    // One backing store for the four: each typed array of this size allocates its own outside the
    // heap, and four of them were most of the cost of making an article's entity table.
    const buffer = new ArrayBuffer(capacity * 6 * 4);
    this.keys = new Int32Array(buffer, 0, capacity * 2);
    this.heads = new Int32Array(buffer, capacity * 8, capacity * 2);
    this.entities = new Int32Array(buffer, capacity * 16, capacity);
    this.next = new Int32Array(buffer, capacity * 20, capacity);
  }

  /** Adds `entity` under `key` unless it is the entity added last under it (as a list's `push` that skips a repeat). */
  add(key: number, entity: number): void {
    if ((this.used + 1) * 4 > this.keys.length * 3) this.grow();
    const slot = this.slotOf(key);
    if (this.keys[slot] === 0) {
      this.keys[slot] = key + 1;
      this.used++;
      this.heads[slot] = this.node(entity, -1);
    } else if (this.entities[this.heads[slot]!] !== entity) this.heads[slot] = this.node(entity, this.heads[slot]!);
  }

  /** The first node of the entities under `key` (newest first; -1 for none): follow with `entityAt` and `after`. */
  first(key: number): number {
    const slot = this.slotOf(key);
    return this.keys[slot] === 0 ? -1 : this.heads[slot]!;
  }

  entityAt(node: number): number {
    return this.entities[node]!;
  }

  after(node: number): number {
    return this.next[node]!;
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    const stored = key + 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.keys[slot] !== 0 && this.keys[slot] !== stored) slot = (slot + 1) & mask;
    return slot;
  }

  private node(entity: number, next: number): number {
    if (this.nodes === this.entities.length) [this.entities, this.next] = grownViews([this.entities, this.next], this.nodes * 2);
    this.entities[this.nodes] = entity;
    this.next[this.nodes] = next;
    return this.nodes++;
  }

  private grow(): void {
    const keys = this.keys;
    const heads = this.heads;
    [this.keys, this.heads] = views(2, keys.length * 2);
    for (let s = 0; s < keys.length; s++) {
      if (keys[s] === 0) continue;
      const slot = this.slotOf(keys[s]! - 1);
      this.keys[slot] = keys[s]!;
      this.heads[slot] = heads[s]!;
    }
  }
}

/** `count` zeroed arrays of `length` numbers over one backing store (one allocation outside the heap, not `count`). */
export function views(count: number, length: number): Array<Int32Array<ArrayBuffer>> {
  const buffer = new ArrayBuffer(count * length * 4);
  const out: Array<Int32Array<ArrayBuffer>> = [];
  for (let i = 0; i < count; i++) out.push(new Int32Array(buffer, i * length * 4, length));
  return out;
}

/** Copies of `arrays` with room for `size` numbers each, over one backing store. */
export function grownViews(arrays: readonly Int32Array[], size: number): Array<Int32Array<ArrayBuffer>> {
  const out = views(arrays.length, size);
  for (let i = 0; i < arrays.length; i++) out[i]!.set(arrays[i]!);
  return out;
}
