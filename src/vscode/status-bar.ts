import * as vscode from 'vscode';
import type { Diagnostics } from './diagnostics';
import { isChecked } from './settings';
import { countFindings } from './summary';

/** Pluralises "1 conflict" / "2 conflicts". */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * "Credence: 3 anonymous, 1 conflict" for the active draft; a click opens the sourcing summary.
 * Hidden when the active editor is not a checked document.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('credence.status', vscode.StatusBarAlignment.Right, 100);

  constructor(private readonly diagnostics: Diagnostics) {
    this.item.name = 'Credence';
    this.item.command = 'credence.showSummary';
  }

  /** Redraws for the active editor. */
  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isChecked(doc)) {
      this.item.hide();
      return;
    }
    const result = this.diagnostics.result(doc.uri);
    if (!result) {
      this.item.hide();
      return;
    }
    if (result.skipped) {
      this.item.text = '$(circle-slash) Credence: not checked';
      this.item.tooltip = result.skipped;
      this.item.show();
      return;
    }
    const c = countFindings(result.findings);
    const parts = [
      c.anonymous && `${c.anonymous} anonymous`,
      c.conflicts && count(c.conflicts, 'conflict'),
      c.unattributed && `${c.unattributed} unattributed`,
      c.promotional && `${c.promotional} promotional`,
    ].filter(Boolean);
    this.item.text = `$(checklist) Credence: ${parts.length ? parts.join(', ') : 'no issues'}`;
    this.item.tooltip = [
      count(c.quotes, 'quotation'),
      `${count(c.namedSpeakers, 'named speaker')}, ${count(c.unnamedSpeakers, 'unnamed speaker')}`,
      count(c.anonymous, 'anonymous attribution'),
      count(c.unattributed, 'quotation with no speaker', 'quotations with no speaker'),
      count(c.promotional, 'promotional block'),
      count(c.conflicts, 'claim other sources contradict', 'claims other sources contradict'),
      '',
      'Click for the sourcing summary',
    ].join('\n');
    this.item.show();
  }

  /** The text shown, for tests and logs. */
  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.item.dispose();
  }
}
