import { isSpace } from '../spaces';
import { LastWordGate } from './last-word';
import type { NameHit } from './names';
import type { NumberHit } from './numbers';
import type { RawClaim, Ref } from './raw';

const YEAR_OLD = /^years?-old$/;
const DESCRIPTOR_AFTER = /^\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)/;
const DESCRIPTOR_BEFORE = /(?<![\p{L}])(the|a|an)\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s*,\s*$/iu;
const STOP_AFTER = /\s+(?:who|that|which|was|is|were|and|from|in|of|on|at|with|had|has)$/;
export const AGED_BEFORE = /(?<![\p{L}])aged?\s+$/iu;
/** The "aged" regex, unanchored at its start, runs only where the word before a figure is "age" or "aged". */
export const AGED_GATE = new LastWordGate(['age', 'aged']);

/**
 * Where `/,\s*$/`, or else `/\(\s*$/`, matches in `text.slice(0, end)`: the comma or opening bracket
 * that only white space follows there, or -1. Read backwards: the patterns tried every offset of
 * the text before each figure.
 */
export function setOffBefore(text: string, end: number): number {
  let at = end;
  while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
  const c = text.charCodeAt(at - 1);
  return at > 0 && (c === 0x2c || c === 0x28) ? at - 1 : -1;
}

function nameEndingAt(names: readonly NameHit[], text: string, offset: number): number {
  return names.findIndex((n) => n.end <= offset && /^(?:['’]s)?\s*$/.test(text.slice(n.end, offset)));
}

function descriptorAfter(text: string, from: number, definite: boolean): Ref | undefined {
  const m = DESCRIPTOR_AFTER.exec(text.slice(from));
  if (!m) return undefined;
  const words = m[1]!.replace(STOP_AFTER, '').replace(STOP_AFTER, '');
  return { descriptor: words, definite };
}

/** An age claim's value, made only for a claim: most figures a sentence holds are no age. */
function ageValue(value: number): { lo: number; hi: number; precision: 'exact'; display: string } {
  return { lo: value, hi: value, precision: 'exact', display: String(value) };
}

/**
 * Ages of people: "Ortega, 61,", "the 47-year-old", "forty-seven-year-old X", "X, aged 47",
 * "X (59)". The subject is the adjacent name, else the description ("the driver").
 */
export function findAges(text: string, names: readonly NameHit[], numbers: readonly NumberHit[]): RawClaim[] {
  const claims: RawClaim[] = [];
  for (const n of numbers) {
    if (n.percent || n.currency || n.precision !== 'exact' || n.value < 1 || n.value > 120 || !Number.isInteger(n.value)) continue;
    if (n.compound && YEAR_OLD.test(n.compound)) {
      const end = n.coreEnd + 1 + n.compound.length;
      const following = names.findIndex((h) => h.start >= end && /^\s*["“‘']?\s*$/.test(text.slice(end, h.start)));
      const before = text.slice(0, n.coreStart);
      const apposed = /,\s+(?:a|an|the)\s+$/i.exec(before);
      let subject: Ref | undefined;
      if (following >= 0) subject = { name: following };
      else if (apposed && nameEndingAt(names, text, apposed.index) >= 0) subject = { name: nameEndingAt(names, text, apposed.index) };
      else subject = descriptorAfter(text, end, /(?<![\p{L}])the\s+$/iu.test(before));
      claims.push({ type: 'age', predicate: 'age', start: n.coreStart, end, value: ageValue(n.value), subject });
      continue;
    }
    const before = text.slice(0, n.start);
    const after = text.slice(n.end);
    if (/^\s*years?\s+old(?![\p{L}])/iu.test(after) || (AGED_GATE.mayMatch(text, 0, n.start) && AGED_BEFORE.test(before))) {
      const owner = names.reduce((best, h, i) => (h.end <= n.start ? i : best), -1);
      if (owner >= 0) claims.push({ type: 'age', predicate: 'age', start: n.coreStart, end: n.coreEnd, value: ageValue(n.value), subject: { name: owner } });
      continue;
    }
    // "Name, 60," and "Name (60)": a number set off by commas or brackets right after a person.
    const comma = setOffBefore(text, n.start);
    if (comma < 0 || !/^\s*(?:,|\)|;|\.?\s*["”’]?\s*$)/.test(after) || n.word) continue;
    const owner = nameEndingAt(names, text, comma);
    if (owner >= 0 && (names[owner]!.kind === 'person' || names[owner]!.kind === 'unknown')) {
      claims.push({ type: 'age', predicate: 'age', start: n.coreStart, end: n.coreEnd, value: ageValue(n.value), subject: { name: owner } });
      continue;
    }
    const described = DESCRIPTOR_BEFORE.exec(before);
    if (described && !/\d/.test(described[2]!)) {
      claims.push({ type: 'age', predicate: 'age', start: n.coreStart, end: n.coreEnd, value: ageValue(n.value), subject: { descriptor: described[2]!, definite: described[1]!.toLowerCase() === 'the' } });
    }
  }
  return claims;
}
