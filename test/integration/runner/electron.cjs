#!/usr/bin/env node
// Standard integration-test route for machines that can download VS Code: @vscode/test-electron starts a
// real desktop VS Code 1.100.0 (Electron) with the extension under development and the mocha suite.
//
// Usage: node electron.cjs <extensionDevelopmentPath> <extensionTestsPath> <workspaceFolder>
//   or the env vars CREDENCE_EXT_DEV_PATH / CREDENCE_EXT_TESTS_PATH / CREDENCE_WORKSPACE.
// Optional env CREDENCE_VSCODE_EXECUTABLE: an already downloaded VS Code (run.cjs passes it on).
// Exit code: 0 pass, 1 tests failed / VS Code failed, 2 runner error.
'use strict';

const { spawnSync } = require('node:child_process');
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '../../..');
const VSCODE_VERSION = '1.100.0'; // oldest version allowed by engines.vscode ^1.100.0
const CACHE_PATH = path.join(REPO_ROOT, '.vscode-test'); // gitignored; shared with the offline route

/** True on Linux when there is no display server: Electron cannot start there without Xvfb. */
function needsXvfb() {
  return process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
}

function hasXvfbRun() {
  return !spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error;
}

/** Whether Electron can show a window here (directly or under xvfb-run). */
function canStartElectron() {
  return !needsXvfb() || hasXvfbRun();
}

/**
 * Runs one test session. Resolves with the exit code; never rejects.
 * @param {{extensionDevelopmentPath: string, extensionTestsPath: string, workspace: string, vscodeExecutablePath?: string}} opts
 */
async function runElectron(opts) {
  const extensionDevelopmentPath = path.resolve(opts.extensionDevelopmentPath);
  const extensionTestsPath = path.resolve(opts.extensionTestsPath);
  const workspace = path.resolve(opts.workspace);

  // Headless Linux CI: re-run this file under xvfb-run (a virtual X server), the usual recipe for
  // test-electron. The child inherits DISPLAY from xvfb-run, so it does not recurse.
  if (needsXvfb()) {
    if (!hasXvfbRun()) {
      console.error('[electron-runner] no DISPLAY and no xvfb-run: install xvfb, or use CREDENCE_VSCODE_ROUTE=offline');
      return 2;
    }
    const env = { ...process.env };
    if (opts.vscodeExecutablePath) env.CREDENCE_VSCODE_EXECUTABLE = opts.vscodeExecutablePath;
    const child = spawnSync('xvfb-run', ['-a', process.execPath, __filename, extensionDevelopmentPath, extensionTestsPath, workspace],
      { stdio: 'inherit', env });
    return child.status ?? 2;
  }

  const { runTests } = require('@vscode/test-electron');
  const vscodeExecutablePath = opts.vscodeExecutablePath || process.env.CREDENCE_VSCODE_EXECUTABLE || undefined;
  try {
    // runTests resolves with 0 and rejects (TestRunFailedError) when VS Code exits non-zero,
    // i.e. when the suite's run() rejected.
    const code = await runTests({
      version: VSCODE_VERSION,
      cachePath: CACHE_PATH,
      ...(vscodeExecutablePath ? { vscodeExecutablePath } : {}),
      extensionDevelopmentPath,
      extensionTestsPath,
      // --disable-extensions: only builtins and the extension under development are loaded.
      launchArgs: [workspace, '--disable-extensions'],
    });
    return code === 0 ? 0 : 1;
  } catch (err) {
    console.error(`[electron-runner] tests failed: ${err && err.message ? err.message : err}`);
    return 1;
  }
}

module.exports = { runElectron, canStartElectron, VSCODE_VERSION, CACHE_PATH };

if (require.main === module) {
  const [a, b, c] = process.argv.slice(2);
  runElectron({
    extensionDevelopmentPath: a || process.env.CREDENCE_EXT_DEV_PATH || REPO_ROOT,
    extensionTestsPath: b || process.env.CREDENCE_EXT_TESTS_PATH || path.join(REPO_ROOT, 'out/test/integration/suite/index.js'),
    workspace: c || process.env.CREDENCE_WORKSPACE || path.join(REPO_ROOT, 'test/fixtures/workspace'),
  }).then((code) => process.exit(code));
}
