import type * as vscode from 'vscode';
import type { Finding, TextEdit } from '../engine';

/** A suppression directive alone on its line, as src/engine/suppress.ts reads it. */
const DIRECTIVE = /^([ \t]*)(<!--[ \t]*)?credence-disable-next-line((?:[ \t]+[a-z][a-z0-9-]*)*)[ \t]*(-->)?[ \t]*$/;

/**
 * The edit behind "Ignore this finding here": a directive on its own line above the finding's line
 * (`<!-- credence-disable-next-line id -->` in markdown, the bare words in plain text). When a
 * directive is already there, the rule id is added to it, since a second directive line would
 * silence the first instead of the finding. Undefined when the line is already silenced.
 */
export function suppressionEdit(doc: vscode.TextDocument, finding: Pick<Finding, 'start' | 'ruleId'>): TextEdit | undefined {
  const line = doc.lineAt(doc.positionAt(finding.start).line);
  let above = line.lineNumber - 1;
  while (above >= 0 && doc.lineAt(above).isEmptyOrWhitespace) above--;
  const previous = above >= 0 ? DIRECTIVE.exec(doc.lineAt(above).text) : null;
  if (previous) {
    const ids = previous[3]!.trim().split(/\s+/).filter(Boolean);
    if (!ids.length || ids.includes(finding.ruleId)) return undefined;
    const at = doc.offsetAt(doc.lineAt(above).range.start) + previous[1]!.length + (previous[2] ?? '').length + 'credence-disable-next-line'.length + previous[3]!.length;
    return { start: at, end: at, text: ` ${finding.ruleId}` };
  }
  const indent = /^[ \t]*/.exec(line.text)![0];
  const directive = doc.languageId === 'markdown' ? `<!-- credence-disable-next-line ${finding.ruleId} -->` : `credence-disable-next-line ${finding.ruleId}`;
  const eol = doc.eol === 2 ? '\r\n' : '\n';
  const at = doc.offsetAt(line.range.start);
  return { start: at, end: at, text: `${indent}${directive}${eol}` };
}
