// Mocha entry point loaded by VS Code as `extensionTestsPath` (both routes: offline code-server and
// @vscode/test-electron). VS Code calls run() inside the extension host; the returned promise decides
// pass/fail, so it must reject when any test fails.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

// Compiled to out/test/integration/suite/index.js, so the repo root is four levels up.
const REPO_ROOT = path.resolve(__dirname, '../../../..');
// The runner can redirect the report; env vars set for the runner reach the extension host.
const JUNIT_PATH = process.env.CREDENCE_JUNIT_PATH || path.join(REPO_ROOT, 'test/artifacts/integration-junit.xml');

/**
 * Human-readable spec output on the console AND a JUnit XML file for CI. Mocha 10 takes a single
 * reporter, so this one fans the runner events out to both built-in reporters.
 */
class SpecAndJUnit {
  private readonly junit: Mocha.reporters.XUnit;

  constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
    new Mocha.reporters.Spec(runner, options);
    this.junit = new Mocha.reporters.XUnit(runner, {
      ...options,
      reporterOptions: { output: JUNIT_PATH, suiteName: `Credence integration (VS Code ${vscode.version})` },
    });
  }

  // Mocha calls done() before finishing the run: the XUnit reporter closes its file stream here, so the
  // XML is complete before run() resolves and the extension host is shut down.
  done(failures: number, fn: (failures: number) => void): void {
    this.junit.done(failures, fn);
  }
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 30000,
    color: false, // the output goes through the runner / a log file, not a TTY
    reporter: SpecAndJUnit as unknown as Mocha.ReporterConstructor,
  });
  // Every compiled *.test.js next to this file (scripts/build-integration.mjs clears stale ones).
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
