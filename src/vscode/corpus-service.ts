import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import { basename, isAbsolute } from 'node:path';
import type { ArticleInfo, Corpus } from '../engine';
import { CorpusIndex } from '../engine/corpus-index';
import { lineStarts, offsetToPoint } from '../engine/lines';
import { articleInfoForFile, loadCorpus } from '../node/corpus-loader';
import { readArticle } from '../node/read-article';
import { ARTICLE_EXTENSIONS } from '../node/walk';
import type { Log } from './log';
import { foldText, type Folded } from './quote-match';
import { readSettings } from './settings';

interface Loaded {
  corpus: Corpus | undefined;
  watchers: vscode.Disposable[];
}

/**
 * The corpus that claims are compared with, built from `credence.corpus.*` and the seeds bundled
 * in the extension. Built once per distinct setting (normally one per window) and rebuilt only when
 * the settings or a corpus file change, never on a keystroke in a draft.
 */
export class CorpusService implements vscode.Disposable {
  private readonly loaded = new Map<string, Loaded>();
  private readonly texts = new Map<string, { text: string; starts?: number[]; folded?: Folded } | null>();
  private readonly changed = new vscode.EventEmitter<void>();
  private reported = '';
  private rebuildTimer: ReturnType<typeof setTimeout> | undefined;
  private fireTimer: ReturnType<typeof setTimeout> | undefined;
  /** Fires after the corpus was invalidated; open drafts are re-checked then. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly log: Log,
    readonly seedsDir: string,
  ) {}

  /** The corpus for a document's settings, loading it on first use. */
  corpusFor(scope: vscode.Uri | undefined): Corpus | undefined {
    const settings = readSettings(scope);
    // In an untrusted workspace a link inside a corpus folder must not lead elsewhere on the machine.
    const options = { paths: settings.corpusPaths, includeSeeds: settings.includeSeeds, seedsDir: this.seedsDir, maxBytes: settings.maxBytes, confineLinks: !vscode.workspace.isTrusted };
    const key = JSON.stringify(options);
    let entry = this.loaded.get(key);
    if (!entry) {
      const started = Date.now();
      const { corpus, errors } = loadCorpus(options);
      this.reportErrors(errors);
      entry = { corpus, watchers: [] };
      entry.watchers = this.watch(settings.corpusPaths, entry, settings.maxBytes);
      this.loaded.set(key, entry);
      this.log.info(`corpus loaded: ${corpus?.articles().length ?? 0} articles (${settings.includeSeeds ? 'with' : 'without'} seeds, ${settings.corpusPaths.length} configured paths) in ${Date.now() - started} ms`);
    }
    return entry.corpus;
  }

  /** Outlet, date and headline of a corpus article, from any loaded corpus. */
  articleInfo(uri: string): ArticleInfo | undefined {
    for (const { corpus } of this.loaded.values()) {
      const info = corpus?.article ? corpus.article(uri)?.info : corpus?.articles().find((a) => a.uri === uri);
      if (info) return info;
    }
    return undefined;
  }

  /** Every article of the corpus that applies to a document. */
  articles(scope: vscode.Uri | undefined): readonly ArticleInfo[] {
    return this.corpusFor(scope)?.articles() ?? [];
  }

  /** The text of a corpus article (read once, then cached until the corpus changes). */
  text(uri: string): string | undefined {
    return this.entry(uri)?.text;
  }

  /** The article text folded for quote search. */
  folded(uri: string): Folded | undefined {
    const entry = this.entry(uri);
    if (!entry) return undefined;
    return (entry.folded ??= foldText(entry.text));
  }

  /** A VS Code location for offsets into a corpus article, computed from that article's own text. */
  location(uri: string, start: number, end: number): vscode.Location | undefined {
    const entry = this.entry(uri);
    if (!entry) return undefined;
    entry.starts ??= lineStarts(entry.text);
    const at = (offset: number) => {
      const point = offsetToPoint(entry.starts!, Math.max(0, Math.min(offset, entry.text.length)));
      return new vscode.Position(point.line, point.character);
    };
    return new vscode.Location(toUri(uri), new vscode.Range(at(start), at(end)));
  }

  /** Drops every loaded corpus; the next check rebuilds it. */
  invalidate(): void {
    for (const entry of this.loaded.values()) entry.watchers.forEach((w) => w.dispose());
    this.loaded.clear();
    this.texts.clear();
    this.changed.fire();
  }

  dispose(): void {
    clearTimeout(this.rebuildTimer);
    clearTimeout(this.fireTimer);
    for (const entry of this.loaded.values()) entry.watchers.forEach((w) => w.dispose());
    this.loaded.clear();
    this.changed.dispose();
  }

  private entry(uri: string) {
    if (!this.texts.has(uri)) {
      const path = toUri(uri);
      const read = path.scheme === 'file' ? readArticle(path.fsPath) : undefined;
      this.texts.set(uri, read?.ok ? { text: read.text } : null);
    }
    return this.texts.get(uri) ?? undefined;
  }

  /**
   * Corpus folders and files are watched. A changed, added or deleted article updates the index in
   * place (only that article is re-read); a changed manifest rebuilds the corpus, since it carries
   * the metadata of every article in its folder.
   */
  private watch(paths: readonly string[], entry: Loaded, maxBytes: number): vscode.Disposable[] {
    return paths.filter((p) => existsSync(p)).map((p) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(p), '**/*'));
      const changed = (uri: vscode.Uri, deleted: boolean) => {
        try {
          this.update(entry, uri.fsPath, deleted, maxBytes);
        } catch (error) {
          this.log.error(`updating the corpus with ${uri.fsPath}`, error);
        }
      };
      watcher.onDidChange((uri) => changed(uri, false));
      watcher.onDidCreate((uri) => changed(uri, false));
      watcher.onDidDelete((uri) => changed(uri, true));
      return watcher;
    });
  }

  private update(entry: Loaded, path: string, deleted: boolean, maxBytes: number): void {
    const index = entry.corpus instanceof CorpusIndex ? entry.corpus : undefined;
    if (basename(path) === 'manifest.json' || !index) return this.invalidateSoon();
    if (!ARTICLE_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext))) return;
    this.texts.delete(path);
    const read = deleted ? undefined : readArticle(path, maxBytes, 'the setting credence.maxFileSizeMB');
    if (read?.ok) {
      index.update(articleInfoForFile(path, read.text, false), read.text);
    } else {
      index.remove(path);
      if (read) this.log.info(`corpus: ${path}: ${read.reason}`);
    }
    this.fireSoon();
  }

  /** Saving several corpus files at once re-checks the drafts once. */
  private fireSoon(): void {
    clearTimeout(this.fireTimer);
    this.fireTimer = setTimeout(() => this.changed.fire(), 300);
  }

  private invalidateSoon(): void {
    clearTimeout(this.rebuildTimer);
    this.rebuildTimer = setTimeout(() => this.invalidate(), 300);
  }

  private reportErrors(errors: ReadonlyArray<{ path: string; reason: string }>): void {
    for (const e of errors) this.log.info(`corpus: ${e.path}: ${e.reason}`);
    const summary = errors.map((e) => `${e.path}: ${e.reason}`).join('\n');
    if (!errors.length || summary === this.reported) return;
    this.reported = summary;
    const first = errors[0]!;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    void vscode.window.showWarningMessage(`Credence corpus: ${first.path}: ${first.reason}${more}`, 'Show Output').then((choice) => {
      if (choice) this.log.show();
    });
  }
}

/** Corpus articles are known by path or URI string. */
export function toUri(uri: string): vscode.Uri {
  if (isAbsolute(uri)) return vscode.Uri.file(uri);
  return /^[a-z][a-z0-9+.-]+:/i.test(uri) ? vscode.Uri.parse(uri) : vscode.Uri.file(uri);
}
