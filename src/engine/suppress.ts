import type { CredenceDocument } from './document';
import type { Finding } from './finding';

/**
 * `<!-- credence-disable-next-line [rule-id ...] -->` in markdown, or the same words alone on a
 * line in plain text, silences the listed rules (all rules when none is listed) on the next
 * non-blank line.
 */
const DIRECTIVE = /^[ \t]*(?:<!--[ \t]*)?credence-disable-next-line((?:[ \t]+[a-z][a-z0-9-]*)*)[ \t]*(?:-->)?[ \t]*\r?$/gm;

/** Drops findings silenced by suppression comments. Handled here once, not per detector. */
export function applySuppressions(doc: CredenceDocument, findings: Finding[]): Finding[] {
  if (!doc.text.includes('credence-disable')) return findings;
  const silenced = new Map<number, Set<string> | 'all'>();
  for (const match of doc.text.matchAll(DIRECTIVE)) {
    const ids = match[1]!.trim().split(/\s+/).filter(Boolean);
    let line = doc.toPoint(match.index).line + 1;
    while (line < doc.toPoint(doc.text.length).line && isBlankLine(doc, line)) line++;
    silenced.set(line, ids.length ? new Set(ids) : 'all');
  }
  return findings.filter((f) => {
    const rules = silenced.get(doc.toPoint(f.start).line);
    return !(rules === 'all' || rules?.has(f.ruleId));
  });
}

function isBlankLine(doc: CredenceDocument, line: number): boolean {
  const start = doc.toOffset({ line, character: 0 });
  const end = doc.toOffset({ line: line + 1, character: 0 });
  return doc.text.slice(start, end).trim() === '';
}
