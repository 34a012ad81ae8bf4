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
 * The values sit in one hidden, non-enumerable array per owner, at a number each `Slot` gets once:
 * comparing, spreading or serialising an owner never sees them.
 */

const KEPT = Symbol('kept');

type Owner = { [KEPT]?: unknown[] };

let slots = 0;

/** One kind of value kept on owners; make one per kind, at module level. */
export class Slot<T> {
  readonly index = slots++;
  declare private readonly type: T;
}

/** The value kept on `owner` in `slot`, if any. */
export function kept<T>(owner: object, slot: Slot<T>): T | undefined {
  return (owner as Owner)[KEPT]?.[slot.index] as T | undefined;
}

/** Keeps `value` on `owner` in `slot` (undefined forgets it) and returns it. */
export function keep<T>(owner: object, slot: Slot<T>, value: T): T {
  let values = (owner as Owner)[KEPT];
  if (!values) {
    values = [];
    Object.defineProperty(owner, KEPT, { value: values, enumerable: false });
  }
  values[slot.index] = value;
  return value;
}
