#!/usr/bin/env node
// Entry point of `npm run test:integration` (after the extension and the suite are built).
// Picks how to get a real VS Code 1.100 extension host:
//   electron - @vscode/test-electron downloads VS Code 1.100.0 (needs update.code.visualstudio.com);
//   offline  - code-server 4.100.3 from npm + headless Debian chromium (no download from Microsoft).
// Auto mode tries the VS Code download first; without internet it fails in ~0.1 s (ENOTFOUND) and we
// fall back to the offline route. CREDENCE_VSCODE_ROUTE=offline|electron skips the probe.
// Exits non-zero on any failure.
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '../..');
const opts = {
  extensionDevelopmentPath: REPO_ROOT,
  extensionTestsPath: path.join(REPO_ROOT, 'out/test/integration/suite/index.js'),
  workspace: path.join(REPO_ROOT, 'test/fixtures/workspace'),
};
const say = (msg) => console.log(`[test:integration] ${msg}`);

/** Resolves with the VS Code executable path, or undefined when VS Code cannot be downloaded. */
async function tryDownloadVSCode() {
  const { downloadAndUnzipVSCode } = require('@vscode/test-electron');
  const { VSCODE_VERSION, CACHE_PATH } = require('./runner/electron.cjs');
  // Quiet reporter: only real progress is worth a line; a failed probe is reported once, below.
  const reporter = {
    report(r) {
      if (r.stage === 'downloading' && r.bytesSoFar === 0) say(`downloading VS Code ${VSCODE_VERSION} (${r.url})`);
      if (r.stage === 'newInstallComplete' || r.stage === 'foundMatchingInstall') say(`VS Code ${VSCODE_VERSION}: ${r.downloadedPath}`);
    },
    error() {},
  };
  try {
    // timeout is an IDLE timeout (no data for 10 s), so a slow but working download is not cut off,
    // while a black-holed network gives up quickly.
    return await downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath: CACHE_PATH, reporter, timeout: 10000 });
  } catch (err) {
    say(`cannot download VS Code ${VSCODE_VERSION} (${err.code || err.message}); falling back to the offline route (code-server + headless chromium)`);
    return undefined;
  }
}

function offlineInstalled() {
  const dir = process.env.CREDENCE_CODE_SERVER_DIR || path.join(REPO_ROOT, '.vscode-test/code-server');
  return fs.existsSync(path.join(dir, '.credence-installed')) && fs.existsSync(path.join(dir, 'node_modules/.bin/code-server'));
}

async function main() {
  for (const [what, p] of [['compiled suite', opts.extensionTestsPath], ['extension bundle', path.join(REPO_ROOT, 'dist/extension.js')]]) {
    if (!fs.existsSync(p)) {
      console.error(`[test:integration] ${what} missing: ${p} (run: npm run build && node scripts/build-integration.mjs)`);
      return 2;
    }
  }

  const forced = process.env.CREDENCE_VSCODE_ROUTE || '';
  if (!['', 'offline', 'electron'].includes(forced)) {
    console.error(`[test:integration] CREDENCE_VSCODE_ROUTE must be "offline" or "electron", got "${forced}"`);
    return 2;
  }

  let route = forced;
  let vscodeExecutablePath;
  if (!route) {
    vscodeExecutablePath = await tryDownloadVSCode();
    route = vscodeExecutablePath ? 'electron' : 'offline';
    if (route === 'electron' && !require('./runner/electron.cjs').canStartElectron()) {
      say('VS Code is available but there is no DISPLAY and no xvfb-run; falling back to the offline route');
      route = 'offline';
    }
  }

  const t0 = Date.now();
  let code;
  if (route === 'electron') {
    say('route: electron (@vscode/test-electron)');
    code = await require('./runner/electron.cjs').runElectron({ ...opts, vscodeExecutablePath });
  } else {
    say('route: offline (code-server 4.100.3 + headless chromium)');
    if (!offlineInstalled()) {
      say('code-server is not installed yet: running scripts/vscode-offline/setup.sh (one-time, ~1-2 min)');
      const setup = spawnSync('bash', [path.join(REPO_ROOT, 'scripts/vscode-offline/setup.sh')], { stdio: 'inherit' });
      if (setup.status !== 0) {
        console.error('[test:integration] offline setup failed');
        return 2;
      }
    }
    code = await require('./runner/offline.cjs').runOffline(opts);
  }
  // Mention the JUnit file only if this run wrote it (not a stale one from an earlier run).
  const junit = path.join(REPO_ROOT, 'test/artifacts/integration-junit.xml');
  const fresh = fs.existsSync(junit) && fs.statSync(junit).mtimeMs >= t0;
  say(`${code === 0 ? 'PASSED' : `FAILED (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s` +
    (fresh ? ` (JUnit: ${path.relative(process.cwd(), junit)})` : ''));
  return code;
}

main().then(
  (code) => process.exit(code),
  (err) => { console.error(err); process.exit(2); },
);
