import * as vscode from 'vscode';
import { Analyzer, DETECTORS } from '../engine';
import { decodeArticle, formatBytes } from '../node/read-article';
import type { Diagnostics } from './diagnostics';
import type { Log } from './log';
import { readSettings } from './settings';

/** What "Check workspace" did, for the closing message and for tests. */
export interface WorkspaceCheckReport {
  files: number;
  checked: number;
  findings: number;
  filesWithFindings: number;
  skipped: Array<{ path: string; reason: string }>;
  cancelled: boolean;
}

const ARTICLES = '**/*.{md,markdown,txt}';
const EXCLUDED = '**/{node_modules,.git,.vscode-test,out,dist}/**';

/**
 * Checks every .md/.txt file of the workspace with a cancellable progress notification. Open
 * documents are checked from the editor; others are read from disk one at a time, so memory stays
 * bounded by the largest file, and the event loop gets a turn between files.
 */
export async function checkWorkspace(diagnostics: Diagnostics, log: Log, keep: Set<string>): Promise<WorkspaceCheckReport> {
  const report: WorkspaceCheckReport = { files: 0, checked: 0, findings: 0, filesWithFindings: 0, skipped: [], cancelled: false };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Credence: checking workspace', cancellable: true },
    async (progress, token) => {
      const files = await vscode.workspace.findFiles(ARTICLES, EXCLUDED, undefined, token);
      files.sort((a, b) => a.toString().localeCompare(b.toString()));
      report.files = files.length;
      const analyzer = new Analyzer(DETECTORS);
      const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
      for (const [i, uri] of files.entries()) {
        if (token.isCancellationRequested) {
          report.cancelled = true;
          break;
        }
        const name = vscode.workspace.asRelativePath(uri);
        progress.report({ message: `${i + 1}/${files.length} ${name}`, increment: 100 / files.length });
        try {
          const found = await checkOne(uri, open.get(uri.toString()), diagnostics, analyzer);
          if (typeof found === 'string') {
            report.skipped.push({ path: name, reason: found });
            log.info(`${uri.fsPath || name}: ${found}`);
            continue;
          }
          keep.add(uri.toString());
          report.checked++;
          report.findings += found;
          if (found) report.filesWithFindings++;
        } catch (error) {
          report.skipped.push({ path: name, reason: 'check failed (see the Credence output)' });
          log.error(`checking ${name}`, error);
        }
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    },
  );
  const skipped = report.skipped.length ? `, ${report.skipped.length} skipped (see the Credence output)` : '';
  const done = report.cancelled ? 'Credence: workspace check cancelled after' : 'Credence checked';
  void vscode.window.showInformationMessage(`${done} ${report.checked} of ${report.files} files: ${report.findings} findings in ${report.filesWithFindings} files${skipped}`);
  return report;
}

/** Checks one file; returns its number of findings, or why it was skipped. */
async function checkOne(uri: vscode.Uri, doc: vscode.TextDocument | undefined, diagnostics: Diagnostics, analyzer: Analyzer): Promise<number | string> {
  const settings = readSettings(uri);
  const languageId = doc?.languageId ?? (/\.txt$/i.test(uri.path) ? 'plaintext' : 'markdown');
  if (!settings.languages.includes(languageId)) return `skipped: ${languageId} is not in credence.languages`;
  if (doc) {
    diagnostics.lint(doc);
    return diagnostics.result(uri)?.skipped ?? diagnostics.result(uri)?.findings.length ?? 0;
  }
  const stat = await vscode.workspace.fs.stat(uri);
  // A FIFO or device named *.md would block the read forever; only regular files are articles.
  if (!(stat.type & vscode.FileType.File)) return 'skipped: not a regular file';
  const size = stat.size;
  if (size > settings.maxBytes) return `skipped: ${formatBytes(size)} is over the ${formatBytes(settings.maxBytes)} limit (raise it with the setting credence.maxFileSizeMB)`;
  const read = decodeArticle(await vscode.workspace.fs.readFile(uri));
  if (!read.ok) return read.reason;
  const result = diagnostics.check({ uri, text: read.text, languageId, version: 0 }, analyzer);
  if (result.skipped) return result.skipped;
  diagnostics.publish(result, false);
  return result.findings.length;
}
