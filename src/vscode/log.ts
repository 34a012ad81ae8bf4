import * as vscode from 'vscode';

/**
 * The "Credence" output channel. Every provider and event handler reports its failures here and
 * carries on: a bug in Credence must never take the extension host down or lose an edit.
 */
export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Credence');
  private readonly written = new vscode.EventEmitter<string>();
  /**
   * Fires with each line written to the channel (an output channel cannot be read back). Nothing
   * is kept here: listeners that want the lines keep them.
   */
  readonly onDidWrite = this.written.event;

  info(message: string): void {
    const line = `[${new Date().toISOString()}] ${message}`;
    this.channel.appendLine(line);
    this.written.fire(line);
  }

  error(where: string, error: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.info(`${where} failed: ${detail}`);
  }

  show(): void {
    this.channel.show(true);
  }

  /** Wraps a handler so that a throw (or a rejected promise) is logged and `fallback` returned instead. */
  guard<A extends unknown[], R>(where: string, fallback: R, fn: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
    return async (...args: A) => {
      try {
        return await fn(...args);
      } catch (error) {
        this.error(where, error);
        return fallback;
      }
    };
  }

  /** Synchronous variant of `guard`, for providers whose result VS Code reads synchronously. */
  guardSync<A extends unknown[], R>(where: string, fallback: R, fn: (...args: A) => R): (...args: A) => R {
    return (...args: A) => {
      try {
        return fn(...args);
      } catch (error) {
        this.error(where, error);
        return fallback;
      }
    };
  }

  dispose(): void {
    this.channel.dispose();
    this.written.dispose();
  }
}
