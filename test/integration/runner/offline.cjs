#!/usr/bin/env node
// Offline integration-test route: runs the extension and its mocha suite in a REAL VS Code 1.100
// extension host without downloading VS Code.
//
// How: code-server 4.100.3 (VS Code 1.100.3 server, installed by scripts/vscode-offline/setup.sh) serves
// the workbench; headless Debian chromium, driven by playwright-core, opens it with a `payload` URL that
// carries extensionDevelopmentPath/extensionTestsPath as vscode-remote:// URIs. That routes the extension
// and the tests to the server's NODE extension host (the same process type as in desktop VS Code).
// When run() of the test module settles, the workbench calls window.codeAutomationExit(code).
// Recipe and measurements: /work/shared/notes/vscode-offline-testing.md.
//
// Usage: node offline.cjs <extensionDevelopmentPath> <extensionTestsPath> <workspaceFolder>
//   or the env vars CREDENCE_EXT_DEV_PATH / CREDENCE_EXT_TESTS_PATH / CREDENCE_WORKSPACE.
// Other env: CREDENCE_TEST_TIMEOUT_MS (default 180000), CREDENCE_CODE_SERVER_DIR, CREDENCE_CHROMIUM,
//   CREDENCE_VERBOSE=1 (also print the workbench's own log lines).
//
// Exit codes: 0 pass, 1 tests failed (run() rejected / module failed to load), 2 runner error or page
// crash, 3 code-server exited early, 4 extension not compatible with Code 1.100, 124 hard timeout,
// 130 interrupted (SIGINT/SIGTERM).
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');

const REPO_ROOT = path.resolve(__dirname, '../../..');
const CODE_SERVER_DIR = process.env.CREDENCE_CODE_SERVER_DIR || path.join(REPO_ROOT, '.vscode-test/code-server');
const CODE_SERVER_BIN = path.join(CODE_SERVER_DIR, 'node_modules/.bin/code-server');
// The real binary: the /usr/bin/chromium wrapper script prints "[: unexpected operator" noise.
const CHROMIUM = process.env.CREDENCE_CHROMIUM || '/usr/lib/chromium/chromium';
const SCREENSHOT_MARKER = /^__SCREENSHOT__ (\/\S+\.png)\s*$/;
const VERBOSE = process.env.CREDENCE_VERBOSE === '1';
// Lines the 1.100 workbench logs on every run (connection setup, gallery disabled, caches).
const WORKBENCH_CHATTER = new RegExp([
  '^Resolv(ing|ed) connection token', '^Creating a socket', '^Ignoring fetching additional builtin extensions',
  '^Updating additional builtin extensions cache', '^\\[Service Worker\\]', '^ChatSessionStore:',
].join('|'));

const EXIT = { PASS: 0, FAIL: 1, RUNNER_ERROR: 2, SERVER_EXITED: 3, INCOMPATIBLE: 4, TIMEOUT: 124, INTERRUPTED: 130 };

/** Asks the OS for a free port (listen on 0), then releases it for code-server. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Lists the VS Code log files worth reading after a failure (they live under <tmp>/ud/logs/<timestamp>/). */
function logFiles(tmp) {
  const found = [path.join(tmp, 'server.log'), path.join(tmp, 'browser.log')];
  const logsRoot = path.join(tmp, 'ud/logs');
  for (const ts of fs.existsSync(logsRoot) ? fs.readdirSync(logsRoot) : []) {
    for (const rel of ['remoteagent.log', 'exthost1/remoteexthost.log']) {
      const p = path.join(logsRoot, ts, rel);
      if (fs.existsSync(p)) found.push(p);
    }
  }
  return found.filter((p) => fs.existsSync(p));
}

/**
 * Runs one test session. Resolves with the process exit code; never rejects.
 * @param {{extensionDevelopmentPath: string, extensionTestsPath: string, workspace: string, timeoutMs?: number}} opts
 */
async function runOffline(opts) {
  const extDev = path.resolve(opts.extensionDevelopmentPath);
  const testsPath = path.resolve(opts.extensionTestsPath);
  const workspace = path.resolve(opts.workspace);
  const timeoutMs = opts.timeoutMs ?? Number(process.env.CREDENCE_TEST_TIMEOUT_MS || 180000);
  const t0 = Date.now();
  const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
  const say = (msg) => console.log(`[offline-runner ${elapsed()}] ${msg}`);

  for (const [what, p] of [['code-server', CODE_SERVER_BIN], ['chromium', CHROMIUM], ['tests module', testsPath],
    ['extension manifest', path.join(extDev, 'package.json')], ['workspace', workspace]]) {
    if (!fs.existsSync(p)) {
      console.error(`[offline-runner] ${what} not found: ${p}` +
        (what === 'code-server' ? ' (run: bash scripts/vscode-offline/setup.sh)' : ''));
      return EXIT.RUNNER_ERROR;
    }
  }

  // Every run gets a fresh HOME, user-data and extensions dir, so no state leaks between runs.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'credence-vscode-'));
  const serverLog = fs.createWriteStream(path.join(tmp, 'server.log'));
  const browserLog = fs.createWriteStream(path.join(tmp, 'browser.log'));
  fs.mkdirSync(path.join(tmp, 'home'));
  // Seed user settings (code-server keeps them server-side in <user-data-dir>/User): the repo is a git
  // checkout, and the "open the parent repository?" toast would otherwise cover the editor in screenshots.
  fs.mkdirSync(path.join(tmp, 'ud/User'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'ud/User/settings.json'), JSON.stringify({
    'git.openRepositoryInParentFolders': 'never',
    'workbench.startupEditor': 'none',
    'telemetry.telemetryLevel': 'off',
  }, null, 2));

  let server;
  let browser;
  let page;
  let finished = false;
  let settle;
  const result = new Promise((resolve) => { settle = resolve; });
  // First outcome wins; later signals (e.g. the server exiting because we killed it) are ignored.
  const finish = (code, why) => {
    if (finished) return;
    finished = true;
    if (why) say(why);
    settle(code);
  };

  // Own hard timeout: a run() that never settles sends nothing back. Deliberately NOT unref()'d.
  const hardTimer = setTimeout(() => finish(EXIT.TIMEOUT, `TIMEOUT after ${timeoutMs} ms`), timeoutMs);
  // Ctrl-C or a CI cancel: still run the cleanup below, or the detached code-server group would survive us.
  const onSignal = (sig) => finish(EXIT.INTERRUPTED, `interrupted by ${sig}`);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let extHostExitTimer;
  let extHostExit; // { code, signal } from the server's "Extension Host Process exited" line

  try {
    const port = await freePort();
    const authority = `127.0.0.1:${port}`;

    // detached: code-server gets its own process group, so one kill(-pid) also ends the ext host & co.
    // EXTENSIONS_GALLERY='{}': otherwise the workbench asks open-vsx.org for builtin extensions and waits
    // ~4-5 s for the DNS failure. Set before ...process.env so a caller can still override it.
    server = spawn(CODE_SERVER_BIN, [
      '--auth', 'none', '--bind-addr', authority,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--ignore-last-opened',
      '--user-data-dir', path.join(tmp, 'ud'), '--extensions-dir', path.join(tmp, 'ext'),
      // No --disable-extensions: code-server rejects unknown flags (exit 1). Builtins cost ~1 s, harmless.
    ], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      // CREDENCE_SCREENSHOTS tells the tests (helpers.screenshot) that this route can take screenshots;
      // env vars reach the extension host through code-server.
      env: { EXTENSIONS_GALLERY: '{}', ...process.env, HOME: path.join(tmp, 'home'), CREDENCE_SCREENSHOTS: '1' },
    });

    const ready = new Promise((resolve) => {
      // Match on whole lines: a pipe chunk can end in the middle of the line we are looking for.
      const lineReader = () => {
        let partial = '';
        return (chunk) => {
          serverLog.write(chunk);
          const lines = (partial + chunk.toString()).split('\n');
          partial = lines.pop();
          if (lines.length) onLines(lines.join('\n'));
        };
      };
      const onLines = (text) => {
        if (/HTTP server listening on/.test(text)) resolve();
        // engines.vscode newer than 1.100 makes VS Code SILENTLY skip the extension; the tests would then
        // just time out. This server log line is the only trace, so fail fast on it.
        const incompatible = text.match(/Extension is not compatible with Code[^\n]*/);
        if (incompatible) finish(EXIT.INCOMPATIBLE, `FAIL: ${incompatible[0]} (keep engines.vscode <= ^1.100.0)`);
        // Second completion signal, from the server side. It matters because when the ext host DIES (crash,
        // process.exit() in a test) the 1.100 workbench still reports codeAutomationExit(0): verified with
        // a run() that calls process.exit(3). After a normal run (pass or fail) the ext host exits with 0.
        const exited = text.match(/Extension Host Process exited with code: (\S+?), signal: (\S+?)\./);
        if (exited) {
          extHostExit = { code: exited[1], signal: exited[2] };
          if (extHostExit.code !== '0' || extHostExit.signal !== 'null') {
            finish(EXIT.FAIL, `FAIL: extension host died (exit code ${extHostExit.code}, signal ${extHostExit.signal})`);
          } else if (!extHostExitTimer) {
            // A clean exit is followed by codeAutomationExit within ~0.1 s; do not wait for the hard timeout.
            extHostExitTimer = setTimeout(() => finish(EXIT.FAIL, 'FAIL: extension host exited without reporting a result'), 15000);
          }
        }
      };
      server.stdout.on('data', lineReader());
      server.stderr.on('data', lineReader());
    });
    server.once('exit', (code, signal) => finish(EXIT.SERVER_EXITED, `code-server exited early (code ${code}, signal ${signal})`));
    await Promise.race([ready, result]);
    if (finished) return await result;
    say(`code-server listening on ${authority}`);

    const { chromium } = require('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      // --no-sandbox: required when running as root (CI). --disable-dev-shm-usage: small /dev/shm in containers.
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    page = await context.newPage();
    page.on('crash', () => finish(EXIT.RUNNER_ERROR, 'FAIL: browser page crashed'));
    // Workbench console output goes to a file only: the ext host's output already arrives (without the
    // "%c INFO color:" prefix) through codeAutomationLog below, so printing both would duplicate it.
    page.on('console', (m) => browserLog.write(`[${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => browserLog.write(`[pageerror] ${e.stack || e}\n`));

    // Both hooks must exist before the workbench loads: it looks them up once at startup.
    await page.exposeFunction('codeAutomationExit', async (code) => {
      if (code !== 0) return finish(EXIT.FAIL, `extension tests finished with code ${code}`);
      // A 0 is only trusted once the server has seen the ext host exit cleanly (see above). The log line
      // normally arrives ~0.1 s BEFORE this call; allow 3 s for the opposite order.
      for (let i = 0; i < 60 && !extHostExit && !finished; i++) await new Promise((r) => setTimeout(r, 50));
      finish(EXIT.PASS, `extension tests finished with code 0${extHostExit ? '' : ' (ext host exit not seen in the server log)'}`);
    });
    let screenshots = Promise.resolve();
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      // args is the RAW console argument list from the ext host (printf-style, e.g. ["%d passing", 3]).
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      const shot = line.match(SCREENSHOT_MARKER);
      if (shot) {
        // Written to <file>.tmp and renamed, so a test polling for the file never sees a partial PNG.
        const target = shot[1];
        screenshots = screenshots.then(async () => {
          try {
            fs.mkdirSync(path.dirname(target), { recursive: true });
            const png = await page.screenshot();
            fs.writeFileSync(`${target}.tmp`, png);
            fs.renameSync(`${target}.tmp`, target);
            say(`screenshot: ${target}`);
          } catch (e) {
            say(`screenshot failed: ${e.message}`);
          }
        });
        return;
      }
      // The workbench's own logger shares this channel with the ext host console (all type 'info'), so
      // its known startup chatter goes to browser.log only. CREDENCE_VERBOSE=1 prints everything.
      if (!VERBOSE && WORKBENCH_CHATTER.test(line)) {
        browserLog.write(`[automation:${type}] ${line}\n`);
        return;
      }
      (type === 'error' ? console.error : console.log)(line);
    });

    // Payload values MUST be full vscode-remote:// URIs: that is what sends the extension and the tests
    // to the remote (node) extension host instead of the web-worker one.
    const remote = (p) => `vscode-remote://${authority}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extDev)],
      ['extensionTestsPath', remote(testsPath)],
      ['skipWelcome', 'true'],
    ];
    const url = `http://${authority}/?folder=${encodeURIComponent(workspace)}` +
      `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    say('opening the workbench in headless chromium');
    await page.goto(url);

    const code = await result;
    await screenshots;
    return code;
  } catch (e) {
    finish(EXIT.RUNNER_ERROR, `runner error: ${e && e.stack ? e.stack : e}`);
    return await result;
  } finally {
    clearTimeout(hardTimer);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    clearTimeout(extHostExitTimer);
    const code = await result;
    if (browser) await browser.close().catch(() => {});
    if (server && server.exitCode === null && server.signalCode === null) {
      try { process.kill(-server.pid, 'SIGTERM'); } catch { /* group already gone */ }
    }
    // Flush the log files before the caller may process.exit().
    await Promise.all([serverLog, browserLog].map((s) => new Promise((r) => s.end(r))));
    if (code === EXIT.PASS) {
      fs.rmSync(tmp, { recursive: true, force: true });
    } else {
      // Keep everything for post-mortem debugging and say where to look.
      console.error(`[offline-runner] run failed (exit ${code}); logs kept in ${tmp}:`);
      for (const f of logFiles(tmp)) console.error(`  ${f}`);
    }
    say(`done, exit ${code}`);
  }
}

module.exports = { runOffline, EXIT };

if (require.main === module) {
  const [a, b, c] = process.argv.slice(2);
  const opts = {
    extensionDevelopmentPath: a || process.env.CREDENCE_EXT_DEV_PATH || REPO_ROOT,
    extensionTestsPath: b || process.env.CREDENCE_EXT_TESTS_PATH || path.join(REPO_ROOT, 'out/test/integration/suite/index.js'),
    workspace: c || process.env.CREDENCE_WORKSPACE || path.join(REPO_ROOT, 'test/fixtures/workspace'),
  };
  runOffline(opts).then((code) => process.exit(code));
}
