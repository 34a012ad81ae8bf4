/**
 * Values worked out from an object and kept on the object itself, so that they go when it does.
 *
 * This replaces module-level WeakMaps keyed by a draft's objects (its document, blocks, claims,
 * signatures). A module-level map lives long, so it sits in V8's old generation, and minor
 * collections do not clean an old map: its entries are dropped by full collections only, and
 * while they stay they keep what they reach from the young generation alive. Measured on the seed
 * articles, about 40% of what an analysis allocated was promoted to the old generation that way,
 * each scavenge took 6–9 ms and garbage collection was 15–23% of the analysis; with the values
 * kept on their owners, under 2% is promoted and a scavenge takes about 1 ms.
 *
 * The values sit in one array per owner, at a number each `Slot` gets once, held in a private
 * class field stamped onto the owner: comparing, spreading, serialising or listing the keys of an
 * owner never sees it. (A field is added by an ordinary, inline-cached store; the non-enumerable
 * symbol property it replaces needed `Object.defineProperty`, a runtime call, per owner.)
 */

/** Returns the object it is given: a subclass's field initialisers then run on that object. */
class Stamped {
  constructor(owner: object) {
    return owner;
  }
}

/** Puts the private `#values` field on an owner (`new Values(owner)` is the owner itself). */
class Values extends Stamped {
  #values: unknown[] = [];

  /** The owner's values, if it has any. */
  static of(owner: object): unknown[] | undefined {
    return #values in owner ? (owner as Values).#values : undefined;
  }

  /** The owner's values, made empty if it has none. */
  static on(owner: object): unknown[] {
    return #values in owner ? (owner as Values).#values : new Values(owner).#values;
  }
}

let slots = 0;

/** One kind of value kept on owners; make one per kind, at module level. */
export class Slot<T> {
  readonly index = slots++;
  declare private readonly type: T;
}

/** The value kept on `owner` in `slot`, if any. */
export function kept<T>(owner: object, slot: Slot<T>): T | undefined {
  return Values.of(owner)?.[slot.index] as T | undefined;
}

/** Keeps `value` on `owner` in `slot` (undefined forgets it) and returns it. */
export function keep<T>(owner: object, slot: Slot<T>, value: T): T {
  Values.on(owner)[slot.index] = value;
  return value;
}
