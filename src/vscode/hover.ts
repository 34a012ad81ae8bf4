import * as vscode from 'vscode';
import { detectorById, type Finding } from '../engine';
import type { CorpusService } from './corpus-service';
import type { Diagnostics } from './diagnostics';
import { evidenceFor, type SourceSpan } from './evidence';
import { commandLink, escapeMarkdown, highlight } from './markdown-escape';
import { WHY_IT_MATTERS } from './rule-notes';

/** The only commands a Credence hover may run from a link. */
export const TRUSTED_COMMANDS = ['credence.openSource', 'credence.showRuleDocs'];

/** Explains the findings under the cursor: what was found, why it matters, and the sources behind it. */
export class HoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly diagnostics: Diagnostics,
    private readonly corpus: CorpusService,
  ) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    let result = this.diagnostics.result(doc.uri);
    if (result && result.version !== doc.version) {
      this.diagnostics.lint(doc);
      result = this.diagnostics.result(doc.uri);
    }
    if (!result?.document || result.version !== doc.version) return undefined;
    const offset = doc.offsetAt(position);
    const here = result.findings.filter((f) => f.start <= offset && offset < f.end);
    if (!here.length) return undefined;
    const text = doc.getText();
    const md = safeMarkdown(here.map((f) => this.section(f, doc.uri, text)).join('\n\n---\n\n'));
    const start = Math.min(...here.map((f) => f.start));
    const end = Math.max(...here.map((f) => f.end));
    return new vscode.Hover(md, new vscode.Range(doc.positionAt(start), doc.positionAt(end)));
  }

  /**
   * One finding's part of the hover. The finding's message is already in the problem hover above
   * it, so this part adds what the message cannot: the sources, the speaker, why it matters. Every
   * piece of article or corpus text goes through escaping.
   */
  private section(finding: Finding, uri: vscode.Uri, text: string): string {
    const meta = detectorById(finding.ruleId)?.meta;
    const lines = [`**Credence: ${escapeMarkdown(meta?.title ?? finding.ruleId)}** (${commandLink(finding.ruleId, 'credence.showRuleDocs', [finding.ruleId])})`];
    const evidence = evidenceFor(finding, this.corpus, uri, text);
    const assumed = evidence.dateAssumed ? ' (date unknown; today’s date assumed)' : '';
    if (evidence.corroboration) lines.push('', `**${escapeMarkdown(evidence.corroboration)}**${assumed}`);
    else if (assumed) lines.push('', assumed.trim());
    if (evidence.conflicting.length) lines.push('', ...evidence.conflicting.map(sourceLine));
    if (evidence.supporting.length) {
      lines.push('', finding.ruleId === 'claim-conflict' ? 'Agrees with the draft:' : 'Also reported by:', '', ...evidence.supporting.map(sourceLine));
    }
    if (finding.ruleId === 'quote' || finding.ruleId === 'unattributed-quote') {
      if (finding.speaker) {
        lines.push('', finding.anonymousSpeaker ? `Speaker: ${escapeMarkdown(finding.speaker)} (not named)` : `Speaker: **${escapeMarkdown(finding.speaker)}** (named)`);
      } else {
        lines.push('', 'Speaker: none found in this or the neighbouring sentences');
      }
    }
    if (finding.ruleId === 'anonymous-source') {
      const kind = typeof finding.data?.kind === 'string' ? finding.data.kind : undefined;
      const reason = typeof finding.data?.reason === 'string' ? finding.data.reason : undefined;
      lines.push('', `Source: not named${kind ? ` (${escapeMarkdown(kind)}${reason ? `; ${escapeMarkdown(reason)}` : ''})` : ''}`);
    }
    const why = WHY_IT_MATTERS[finding.ruleId] ?? meta?.description;
    if (why && finding.ruleId !== 'quote') lines.push('', `*Why it matters:* ${escapeMarkdown(why)}`);
    return lines.join('\n');
  }
}

/** A MarkdownString that renders no HTML and runs only Credence's own commands. */
export function safeMarkdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value);
  md.supportHtml = false;
  md.supportThemeIcons = false;
  md.isTrusted = { enabledCommands: TRUSTED_COMMANDS };
  return md;
}

/** Outlet, date, the sentence with the value in bold, and a link that opens the article there. */
function sourceLine(source: SourceSpan): string {
  const name = source.info.outlet ?? source.info.title ?? source.uri.split(/[\\/]/).pop() ?? source.uri;
  const date = source.info.date ?? 'date unknown';
  const sentence = source.sentence ? `: “${source.valueStart !== undefined ? highlight(source.sentence, source.valueStart, source.valueEnd!) : escapeMarkdown(source.sentence)}”` : '';
  return `- **${escapeMarkdown(name)}** (${escapeMarkdown(date)})${sentence} ${commandLink('Open source', 'credence.openSource', [source.uri, source.start, source.end])}`;
}
