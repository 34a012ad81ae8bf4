// Small helpers shared by the integration tests (bundled into each *.test.js by build-integration.mjs).
import * as fs from 'node:fs';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test/artifacts');

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `condition` until it returns true; throws with `what` after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

/**
 * Takes a screenshot of the whole workbench, on the offline route only (test/integration/runner/offline.cjs
 * sets CREDENCE_SCREENSHOTS=1). The extension host cannot see the browser, so it logs a marker line that
 * the runner turns into page.screenshot(); we then wait until the runner has written the file.
 * Returns the PNG path, or undefined when the route has no screenshot support (test-electron).
 */
export async function screenshot(name: string): Promise<string | undefined> {
  if (process.env.CREDENCE_SCREENSHOTS !== '1') return undefined;
  const file = path.join(ARTIFACTS_DIR, 'screenshots', `${name}.png`);
  fs.rmSync(file, { force: true });
  await sleep(500); // let the workbench paint the last UI change first
  console.log(`__SCREENSHOT__ ${file}`);
  await waitFor(() => fs.existsSync(file), `screenshot ${file}`, 10000);
  return file;
}
