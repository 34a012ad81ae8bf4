import * as vscode from 'vscode';
import { readFile, stat } from 'node:fs/promises';
import type { Analyzer } from '../engine';
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

/** What a caller other than the command (the extension API) can add to a workspace check. */
export interface WorkspaceCheckOptions {
  /** Stops the check before the next file, as the notification's Cancel button does. */
  token?: vscode.CancellationToken;
  /** Called after each file with how many files are done and how many there are. */
  onProgress?: (done: number, total: number) => void;
}

const ARTICLES = '**/*.{md,markdown,txt}';
const EXCLUDED = '**/{node_modules,.git,.vscode-test,out,dist}/**';
/** The notification is updated at most this often: one message per file would flood the renderer. */
const PROGRESS_EVERY_MS = 100;

/**
 * Checks every .md/.txt file of the workspace with a cancellable progress notification. Open
 * documents are checked from the editor; others are read from disk one at a time and keep only
 * their diagnostics (not the text or the parsed document), so memory stays bounded by the largest
 * file plus the findings, and the event loop gets a turn between files.
 */
export async function checkWorkspace(diagnostics: Diagnostics, log: Log, keep: Set<string>, options: WorkspaceCheckOptions = {}): Promise<WorkspaceCheckReport> {
  const report: WorkspaceCheckReport = { files: 0, checked: 0, findings: 0, filesWithFindings: 0, skipped: [], cancelled: false };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Credence: checking workspace', cancellable: true },
    async (progress, button) => {
      const cancel = new vscode.CancellationTokenSource();
      const links = [button, options.token].map((t) => t?.onCancellationRequested(() => cancel.cancel()));
      if (button.isCancellationRequested || options.token?.isCancellationRequested) cancel.cancel();
      try {
        await checkFiles(diagnostics, log, keep, report, cancel.token, throttled(progress), options.onProgress);
      } finally {
        links.forEach((l) => l?.dispose());
        cancel.dispose();
      }
    },
  );
  const skipped = report.skipped.length ? `, ${report.skipped.length} skipped (see the Credence output)` : '';
  const done = report.cancelled ? 'Credence: workspace check cancelled after' : 'Credence checked';
  void vscode.window.showInformationMessage(`${done} ${report.checked} of ${report.files} files: ${report.findings} findings in ${report.filesWithFindings} files${skipped}`);
  return report;
}

/** The body of a check: finds the files, then checks them one by one until done or cancelled. */
async function checkFiles(
  diagnostics: Diagnostics,
  log: Log,
  keep: Set<string>,
  report: WorkspaceCheckReport,
  token: vscode.CancellationToken,
  progress: (message: string, increment: number, last: boolean) => void,
  onProgress: WorkspaceCheckOptions['onProgress'],
): Promise<void> {
  const files = await vscode.workspace.findFiles(ARTICLES, EXCLUDED, undefined, token);
  files.sort((a, b) => a.toString().localeCompare(b.toString()));
  report.files = files.length;
  // One analyzer for the whole run: its caches hold the previous file's blocks only, so memory does
  // not grow with the number of files, and a block repeated from that file is not parsed again.
  const analyzer = diagnostics.createAnalyzer();
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  for (const [i, uri] of files.entries()) {
    if (token.isCancellationRequested) {
      report.cancelled = true;
      break;
    }
    const name = vscode.workspace.asRelativePath(uri);
    progress(`${i + 1}/${files.length} ${name}`, 100 / files.length, i === files.length - 1);
    try {
      const found = await checkOne(uri, open.get(uri.toString()), diagnostics, analyzer);
      if (typeof found === 'string') {
        report.skipped.push({ path: name, reason: found });
        log.info(`${uri.fsPath || name}: ${found}`);
      } else {
        keep.add(uri.toString());
        report.checked++;
        report.findings += found;
        if (found) report.filesWithFindings++;
      }
    } catch (error) {
      report.skipped.push({ path: name, reason: 'check failed (see the Credence output)' });
      log.error(`checking ${name}`, error);
    }
    onProgress?.(i + 1, files.length);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Reports to a progress notification at most every PROGRESS_EVERY_MS, adding up the increments in between. */
function throttled(progress: vscode.Progress<{ message?: string; increment?: number }>): (message: string, increment: number, last: boolean) => void {
  let pending = 0;
  let reported = 0;
  return (message, increment, last) => {
    pending += increment;
    const now = Date.now();
    if (!last && now - reported < PROGRESS_EVERY_MS) return;
    progress.report({ message, increment: pending });
    pending = 0;
    reported = now;
  };
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
  const { regular, size } = await statFile(uri);
  // A FIFO or device named *.md would block the read forever; only regular files are articles.
  if (!regular) return 'skipped: not a regular file';
  if (size > settings.maxBytes) return `skipped: ${formatBytes(size)} is over the ${formatBytes(settings.maxBytes)} limit (raise it with the setting credence.maxFileSizeMB)`;
  const read = decodeArticle(uri.scheme === 'file' ? await readFile(uri.fsPath) : await vscode.workspace.fs.readFile(uri));
  if (!read.ok) return read.reason;
  const result = diagnostics.check({ uri, text: read.text, languageId, version: 0 }, analyzer);
  if (result.skipped) return result.skipped;
  diagnostics.publish(result, false);
  return result.findings.length;
}

/**
 * Kind and size of a file. Files on disk are asked of Node directly (the extension host runs where
 * they are): each call to VS Code's file service is a round trip to the workbench, which made up
 * most of the time of checking thousands of small files. Other schemes (virtual workspaces) go
 * through VS Code.
 */
async function statFile(uri: vscode.Uri): Promise<{ regular: boolean; size: number }> {
  if (uri.scheme === 'file') {
    const found = await stat(uri.fsPath);
    return { regular: found.isFile(), size: found.size };
  }
  const found = await vscode.workspace.fs.stat(uri);
  return { regular: (found.type & vscode.FileType.File) !== 0, size: found.size };
}
