/** Line/character position, 0-based, characters in UTF-16 code units (as in LSP and VS Code). */
export interface Point {
  line: number;
  character: number;
}

/** Offsets of the first character of each line; a line ends at \n, \r\n or a lone \r. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Converts an offset to a line/character point by binary search over line starts. */
export function offsetToPoint(starts: readonly number[], offset: number): Point {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo]! };
}

/** Converts a line/character point back to an offset, clamped to the text. */
export function pointToOffset(starts: readonly number[], point: Point, length: number): number {
  if (point.line >= starts.length) return length;
  return Math.min(length, starts[Math.max(0, point.line)]! + Math.max(0, point.character));
}
