import * as vscode from 'vscode';
import type { Finding, TextEdit } from '../engine';
import { planCitation, sourceLabel, type CitedSource } from './cite-plan';
import { toUri, type CorpusService } from './corpus-service';
import type { CheckResult, Diagnostics } from './diagnostics';
import { evidenceFor, type SourceSpan } from './evidence';
import { sentenceBounds } from './sentence-bounds';
import { suppressionEdit } from './suppress-edit';

/**
 * Quick fixes for Credence's diagnostics, in the order of the style guide: "Cite source" (preferred),
 * the value other sources report, the rule's own fix, then "Learn about" and "Ignore".
 */
export class CodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(
    private readonly diagnostics: Diagnostics,
    private readonly corpus: CorpusService,
  ) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const ours = context.diagnostics.filter((d) => d.source === 'Credence');
    if (!ours.length) return [];
    let result = this.diagnostics.result(doc.uri);
    if (result?.version !== doc.version) {
      this.diagnostics.lint(doc);
      result = this.diagnostics.result(doc.uri);
    }
    if (!result?.document) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const finding = this.diagnostics.findingOf(doc.uri, diagnostic);
      if (finding) actions.push(...this.actionsFor(doc, result, finding, diagnostic));
    }
    return actions;
  }

  private actionsFor(doc: vscode.TextDocument, result: CheckResult, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const text = doc.getText();
    const evidence = evidenceFor(finding, this.corpus, doc.uri, text);
    const actions: vscode.CodeAction[] = [];
    const fix = (title: string, edits: TextEdit[], preferred = false) => {
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.edit = new vscode.WorkspaceEdit();
      for (const e of edits) action.edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
      action.isPreferred = preferred;
      actions.push(action);
    };

    const citable = finding.ruleId === 'claim-conflict' || finding.ruleId === 'quote' || finding.ruleId === 'unattributed-quote';
    if (citable && evidence.supporting.length) {
      const sentence = sentenceBounds(result.document!, finding);
      evidence.supporting.forEach((source, i) => {
        const edits = planCitation(text, doc.languageId, sentence.start, sentence.end, this.cited(source));
        if (edits.length) fix(`Cite source: ${sourceLabel(this.cited(source))}`, edits, i === 0);
      });
    }
    if (finding.ruleId === 'claim-conflict' && finding.expected !== undefined) {
      const sources = new Set(evidence.conflicting.map((s) => s.uri)).size;
      const edits = finding.fix?.edits.length ? finding.fix.edits : [{ start: finding.start, end: finding.end, text: finding.expected }];
      fix(`Use the value ${sources} ${sources === 1 ? 'source reports' : 'sources report'}: ${finding.expected}`, edits);
    } else if (finding.fix?.edits.length) {
      fix(finding.fix.title, finding.fix.edits);
    }
    const first = evidence.conflicting[0];
    if (first) {
      const show = new vscode.CodeAction(`Show conflicting claim in ${sourceLabel(this.cited(first))}`, vscode.CodeActionKind.QuickFix);
      show.diagnostics = [diagnostic];
      show.command = { title: show.title, command: 'credence.openSource', arguments: [first.uri, first.start, first.end] };
      actions.push(show);
    }
    const learn = new vscode.CodeAction(`Learn about ${finding.ruleId}`, vscode.CodeActionKind.QuickFix);
    learn.diagnostics = [diagnostic];
    learn.command = { title: learn.title, command: 'credence.showRuleDocs', arguments: [finding.ruleId] };
    actions.push(learn);
    const ignore = suppressionEdit(doc, finding);
    if (ignore) fix('Ignore this finding here', [ignore]);
    return actions;
  }

  /** How a corpus article is cited: a URL if it has one, else its path relative to the workspace (or the extension, for seeds). */
  private cited(source: SourceSpan): CitedSource {
    const info = source.info;
    let location = info.url;
    if (!location) {
      const uri = toUri(source.uri);
      const inFolder = vscode.workspace.getWorkspaceFolder(uri) ? vscode.workspace.asRelativePath(uri, false) : undefined;
      const seeds = this.corpus.seedsDir.replace(/[\\/]+$/, '');
      location = inFolder ?? (source.uri.startsWith(seeds) ? `seeds${source.uri.slice(seeds.length).replace(/\\/g, '/')}` : source.uri);
    }
    return { outlet: info.outlet, title: info.title, date: info.date, location };
  }
}
