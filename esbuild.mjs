// Bundles the extension, the CLI and (with --tests) the unit tests. Type-checking is separate: `npm run typecheck`.
import * as esbuild from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');
const bench = process.argv.includes('--bench');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

function testEntries(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testEntries(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

// The benchmark is ESM so that it can import alex (ESM-only); the tools it compares with stay external.
const benchBuild = { ...common, format: 'esm', entryPoints: { run: 'bench/run.ts' }, outdir: 'out/bench', outExtension: { '.js': '.mjs' }, external: ['vscode', 'alex', 'write-good'] };

const builds = bench
  ? [benchBuild]
  : tests
  ? [{ ...common, entryPoints: testEntries('test/engine'), outdir: 'out/test/engine', outbase: 'test/engine', external: ['vscode'] }]
  : [
      { ...common, entryPoints: { extension: 'src/vscode/extension.ts' }, outdir: 'dist' },
      // The extension analyses large drafts on a worker thread running this bundle (src/vscode/worker-client.ts).
      { ...common, entryPoints: { worker: 'src/vscode/analysis-worker.ts' }, outdir: 'dist' },
      { ...common, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
    ];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
