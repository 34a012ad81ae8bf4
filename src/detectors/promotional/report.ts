import type { DetectContext } from '../../engine/detector';
import type { Fix } from '../../engine/finding';
import type { Candidate } from './structure';
import type { PromoKind } from './units';

const EXCERPT_CHARS = 48;
/** Kinds whose neighbouring lines are one piece of chrome ("Advertisement" + "Story continues below"). */
const GLUED: ReadonlySet<PromoKind> = new Set(['ad-label', 'site-chrome', 'video-chrome']);
/** Kinds an editor deletes wholesale; a plug inside reporting or a source list needs an editorial decision instead. */
const REMOVABLE: ReadonlySet<PromoKind> = new Set(['call-to-action', 'related-headlines', 'video-chrome', 'ad-label', 'site-chrome']);

/** Merges overlapping candidates (and adjacent chrome lines of one kind), then reports each once. */
export function reportCandidates(text: string, candidates: readonly Candidate[], ctx: DetectContext): void {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Candidate[] = [];
  for (const c of sorted) {
    const last = merged[merged.length - 1];
    if (last && (c.start < last.end || (last.kind === c.kind && GLUED.has(c.kind) && /^[ \t]*(?:\r?\n|\r)?[ \t]*$/.test(text.slice(last.end, c.start))))) {
      if (c.end > last.end) {
        last.end = c.end;
        // A span grown by a merge is no longer the memoised one, nor is its message.
        last.memo = undefined;
      }
      continue;
    }
    merged.push({ ...c });
  }
  for (const c of merged) {
    const found = text.slice(c.start, c.end);
    ctx.report({
      start: c.start,
      end: c.end,
      message: c.memo ? (c.memo.message ??= message(c, found)) : message(c, found),
      data: { kind: c.kind, ...(c.items !== undefined ? { items: c.items } : {}), ...(c.own ? { own: c.own } : {}) },
      ...(REMOVABLE.has(c.kind) ? { fix: removal(text, c) } : {}),
    });
  }
}

/** The message for a candidate spanning `found`; the excerpt is made only for the kinds that quote it. */
function message(c: Candidate, found: string): string {
  if (c.kind === 'padded-sources') return `Source list padded with the outlet's own properties ${(c.own ?? []).map((o) => `\`${o}\``).join(', ')}; list only the sources the report relies on`;
  const quoted = excerpt(found);
  switch (c.kind) {
    case 'related-headlines':
      if (c.items === undefined) return `Related-headline link \`${quoted}\`; remove the site's links from the report`;
      return c.items
        ? `Related-headlines block \`${quoted}\` (${c.items} headline${c.items === 1 ? '' : 's'}); remove the site's links from the report`
        : `Related-headlines heading \`${quoted}\`; remove the site's links from the report`;
    case 'product-plug':
      return `Product plug \`${quoted}\`; cite a reporting source or mark the plug as advertising`;
    case 'video-chrome':
      return `Video-player text \`${quoted}\`; remove it from the report`;
    case 'ad-label':
      return `Advertising label \`${quoted}\`; remove it or keep the advertising clearly apart from the report`;
    case 'site-chrome':
      return `Site navigation \`${quoted}\`; remove it from the report`;
    default:
      return `Promotional insertion \`${quoted}\`; remove it from the report or mark it as advertising`;
  }
}

/** The start of a span on one line, cut at a word boundary: "Follow us on our official WhatsApp …". */
function excerpt(found: string): string {
  const flat = found
    .replace(/\]\([^)]*\)/g, '')
    .replace(/^[ \t]*(?:#{1,6}|[-*+•]|\d{1,2}[.)])[ \t]+/gm, '')
    .replace(/[*_`[\]]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= EXCERPT_CHARS) return flat;
  const cut = flat.lastIndexOf(' ', EXCERPT_CHARS);
  return `${flat.slice(0, cut > EXCERPT_CHARS / 2 ? cut : EXCERPT_CHARS)} …`;
}

/** Deletes the span and the line break after it when it filled its lines, or the space after a sentence. */
function removal(text: string, c: Candidate): Fix {
  let end = c.end;
  const lineStart = c.start === 0 || text[c.start - 1] === '\n' || text[c.start - 1] === '\r';
  if (lineStart && text.startsWith('\r\n', end)) end += 2;
  else if (lineStart && (text[end] === '\n' || text[end] === '\r')) end += 1;
  else if (text[end] === ' ') end += 1;
  return { title: 'Remove the promotional text', edits: [{ start: c.start, end, text: '' }] };
}
