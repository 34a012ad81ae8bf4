/**
 * Plans the text edits of the "Cite source" quick fix. Pure (no `vscode`, no I/O), so the footnote
 * and parenthetical logic is unit-tested with node:test (test/engine/cite-plan.test.ts).
 */
import type { TextEdit } from '../engine';

/** A corpus article as a citation names it. */
export interface CitedSource {
  outlet?: string;
  title?: string;
  /** YYYY-MM-DD. */
  date?: string;
  /** A URL, or a path the reader can find (relative to the workspace where possible). */
  location?: string;
}

/** What the action is called after: the outlet, else the headline, else the file name. */
export function sourceLabel(source: CitedSource): string {
  if (source.outlet) return source.outlet;
  if (source.title) return source.title.length > 60 ? `${source.title.slice(0, 57)}…` : source.title;
  const base = source.location?.split(/[\\/]/).pop();
  return base || 'source';
}

/** `Outlet, "Headline", YYYY-MM-DD, <path or URL>`: the parts that are known, in that order. */
export function footnoteText(source: CitedSource): string {
  const parts = [source.outlet, source.title ? `"${oneLine(source.title)}"` : undefined, source.date, source.location ? `<${source.location}>` : undefined];
  const known = parts.filter((p): p is string => !!p);
  return known.length ? known.join(', ') : 'Unknown source';
}

/** `(Source: Outlet, YYYY-MM-DD)`; the headline stands in for an unknown outlet. */
export function parenthetical(source: CitedSource): string {
  const name = source.outlet ?? (source.title ? `"${oneLine(source.title)}"` : sourceLabel(source));
  return `(Source: ${[name, source.date].filter(Boolean).join(', ')})`;
}

const TERMINAL = /[.!?…]+/y;
const CLOSERS = /["'”’»)\]*_]+/y;

/**
 * Where a citation goes in a sentence that ends at `end` (exclusive; trailing spaces are skipped).
 * `after` is past the final punctuation and closing quotes (footnote references). `before` is
 * before the final punctuation when nothing closes after it ("… 59 (Source: X)."), else at the
 * very end, so that a parenthetical never lands inside a quotation.
 */
export function citationOffset(text: string, start: number, end: number, where: 'after' | 'before'): number {
  let last = end;
  while (last > start && /\s/.test(text[last - 1]!)) last--;
  if (where === 'after') return last;
  let punct = last;
  while (punct > start && /[.!?…]/.test(text[punct - 1]!)) punct--;
  if (punct === last) return last;
  TERMINAL.lastIndex = punct;
  TERMINAL.exec(text);
  CLOSERS.lastIndex = TERMINAL.lastIndex;
  return CLOSERS.test(text) ? last : punct;
}

const DEFINITION = /^\[\^([^\]\s]+)\]:[ \t]*(.*)$/gm;

/** Footnote definitions of a markdown text: label, text, and where the line ends. */
export function footnotes(text: string): Array<{ label: string; text: string; end: number }> {
  return [...text.matchAll(DEFINITION)].map((m) => ({ label: m[1]!, text: m[2]!.trim(), end: m.index + m[0].replace(/\r$/, '').length }));
}

/**
 * Edits that cite `source` for the sentence ending at `sentenceEnd`. Markdown gets a footnote
 * reference `[^n]` after the sentence and a definition at the end of the document; a footnote
 * that already cites the same source is reused. Plain text gets a parenthetical. Returns no
 * edits when the sentence already cites that source.
 */
export function planCitation(text: string, languageId: string, sentenceStart: number, sentenceEnd: number, source: CitedSource): TextEdit[] {
  if (languageId !== 'markdown') {
    const note = parenthetical(source);
    const at = citationOffset(text, sentenceStart, sentenceEnd, 'before');
    if (text.slice(Math.max(0, at - note.length - 1), at + note.length + 1).includes(note)) return [];
    return [{ start: at, end: at, text: ` ${note}` }];
  }
  const definition = footnoteText(source);
  const existing = footnotes(text);
  const same = existing.find((f) => f.text === definition || (!!source.location && f.text.includes(`<${source.location}>`)));
  const label = same?.label ?? String(nextNumber(text, existing.map((f) => f.label)));
  const at = citationOffset(text, sentenceStart, sentenceEnd, 'after');
  const reference = `[^${label}]`;
  if (text.slice(at, at + reference.length) === reference || text.slice(Math.max(0, at - reference.length), at) === reference) return [];
  const edits: TextEdit[] = [{ start: at, end: at, text: reference }];
  if (!same) edits.push(definitionEdit(text, existing, `[^${label}]: ${definition}`));
  return mergeInserts(edits);
}

/** The next free numeric footnote label: one more than any number used as a label or reference. */
function nextNumber(text: string, labels: string[]): number {
  const used = [...labels, ...[...text.matchAll(/\[\^(\d+)\]/g)].map((m) => m[1]!)];
  return Math.max(0, ...used.filter((l) => /^\d+$/.test(l)).map(Number)) + 1;
}

/** Appends a definition after a trailing footnote block, else after a blank line at the end. */
function definitionEdit(text: string, existing: Array<{ end: number }>, line: string): TextEdit {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const trimmed = text.replace(/\s+$/, '');
  const lastDefinition = existing.at(-1);
  if (lastDefinition && lastDefinition.end >= trimmed.length) {
    return { start: lastDefinition.end, end: lastDefinition.end, text: `${eol}${line}` };
  }
  const at = trimmed.length;
  return { start: at, end: text.length, text: `${eol}${eol}${line}${eol}` };
}

/** Two inserts at one offset become one edit, in order, so an editor applies them predictably. */
function mergeInserts(edits: TextEdit[]): TextEdit[] {
  const [first, second] = edits;
  if (first && second && first.start === second.start && first.end === first.start) {
    return [{ start: first.start, end: second.end, text: first.text + second.text }];
  }
  return edits;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
