// Compiles the VS Code integration tests (test/integration/suite/*.ts) to CommonJS in
// out/test/integration/suite/, one bundle per file. `vscode` is provided by the extension host and
// `mocha` is required at runtime from node_modules, so both stay external.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const srcDir = 'test/integration/suite';
const outDir = 'out/test/integration/suite';

// index.js runs every *.test.js it finds, so a deleted test must not survive as a stale bundle.
rmSync(outDir, { recursive: true, force: true });

await esbuild.build({
  entryPoints: readdirSync(srcDir).filter((f) => f.endsWith('.ts')).map((f) => join(srcDir, f)),
  outdir: outDir,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode', 'mocha'],
  sourcemap: 'inline', // lets a debugger attached to the extension host step through the .ts sources
  logLevel: 'warning',
});
