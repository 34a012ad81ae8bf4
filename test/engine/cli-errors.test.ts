// Bad input, clear errors: the built CLI (dist/cli.js, made by `npm test`'s build step) is run on
// generated files. Every bad file gives one stderr line `credence: <path>: <reason>`, the exit code is
// 2, and every other file is still checked and reported on stdout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const GOOD = '“We will reopen the harbour road by spring,” the mayor said on Tuesday.\n';
let root = '';

before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run \`npm run build\` first (npm test does)`);
  root = mkdtempSync(join(tmpdir(), 'credence-cli-errors-'));
});
after(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A fresh folder holding `good.md` plus whatever the test adds. */
function workspace(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'good.md'), GOOD);
  return dir;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The stderr lines, each of which must be `credence: <path>: <reason>`. */
  problems: string[];
}

function credence(args: string[], cwd: string, as?: { uid: number; gid: number }): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000, ...as });
  assert.equal(r.error, undefined, `the CLI did not finish: ${r.error?.message}`);
  const problems = r.stderr.split('\n').filter(Boolean);
  for (const line of problems) assert.match(line, /^credence: \S.*: \S.*$/, 'every stderr line is `credence: <path>: <reason>`');
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, problems };
}

/** Checks a folder as JSON; returns the run and the paths reported on stdout. */
function checkJson(cwd: string, ...extra: string[]): Run & { paths: string[] } {
  const run = credence(['check', '.', '--no-default-corpus', '--format', 'json', ...extra], cwd);
  const report = JSON.parse(run.stdout) as { files: Array<{ path: string }> };
  return { ...run, paths: report.files.map((f) => f.path) };
}

function assertOneProblem(run: Run, path: string, reason: RegExp): void {
  const lines = run.problems.filter((l) => l.startsWith(`credence: ${path}: `));
  assert.equal(lines.length, 1, `one line for ${path} in:\n${run.stderr}`);
  assert.match(lines[0]!, reason);
}

test('an empty file is a valid article: no findings, no error, exit 0', () => {
  const dir = workspace('empty');
  writeFileSync(join(dir, 'empty.md'), '');
  writeFileSync(join(dir, 'blank.txt'), '\n\r\n  \n');
  const run = credence(['check', 'empty.md', 'blank.txt', '--no-default-corpus', '--format', 'json'], dir);
  assert.equal(run.stderr, '');
  assert.equal(run.status, 0);
  assert.deepEqual(JSON.parse(run.stdout).files, [{ path: 'empty.md', findings: [] }, { path: 'blank.txt', findings: [] }]);
});

test('a binary file is skipped with one line naming it; the other files are still checked', () => {
  const dir = workspace('binary');
  writeFileSync(join(dir, 'photo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]));
  const run = checkJson(dir);
  assertOneProblem(run, 'photo.md', /skipped: binary file/);
  assert.equal(run.status, 2);
  assert.deepEqual(run.paths, ['good.md']);
});

test('invalid UTF-8 and UTF-16 files are skipped with a reason each', () => {
  const dir = workspace('encoding');
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 au lait, said the owner.\n', 'latin1'));
  writeFileSync(join(dir, 'truncated.md'), Buffer.concat([Buffer.from('The mayor said “yes'), Buffer.from([0xe2, 0x80])]));
  writeFileSync(join(dir, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Officials said so.\n', 'utf16le')]));
  const run = checkJson(dir);
  assertOneProblem(run, 'latin1.txt', /skipped: not valid UTF-8 text/);
  assertOneProblem(run, 'truncated.md', /skipped: not valid UTF-8 text/);
  assertOneProblem(run, 'utf16.md', /skipped: UTF-16 text \(save it as UTF-8\)/);
  assert.equal(run.status, 2);
  assert.deepEqual(run.paths, ['good.md']);
});

test('a 50 MB file is over the 10 MB default limit: skipped with a message naming --max-size', () => {
  const dir = workspace('large');
  // Sparse: 50 MB on paper, nothing written, so the test is fast; the size check comes before any read.
  writeFileSync(join(dir, 'huge.md'), '');
  truncateSync(join(dir, 'huge.md'), 50 * 1024 * 1024);
  const run = checkJson(dir);
  assertOneProblem(run, 'huge.md', /skipped: 50 MB is over the 10 MB limit \(raise it with --max-size\)/);
  assert.equal(run.status, 2);
  assert.deepEqual(run.paths, ['good.md']);
  // Raising the limit lets the file through to the next check (it is all NUL bytes, so: binary).
  assertOneProblem(checkJson(dir, '--max-size', '64'), 'huge.md', /skipped: binary file/);
  // A fractional limit is whole bytes in the message.
  assertOneProblem(checkJson(dir, '--max-size', '0.00001'), 'good.md', /skipped: \d+ bytes is over the 10 bytes limit/);
});

test('unreadable entries: broken link, link loop, FIFO and a folder cycle are reported or skipped, never hang', () => {
  const dir = workspace('unreadable');
  symlinkSync('gone.md', join(dir, 'dangling.md'));
  symlinkSync('self.md', join(dir, 'self.md'));
  const fifo = spawnSync('mkfifo', [join(dir, 'pipe.md')]);
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'inner.md'), GOOD);
  symlinkSync('..', join(dir, 'sub', 'up'));
  const run = checkJson(dir);
  assertOneProblem(run, 'dangling.md', /broken symbolic link/);
  assertOneProblem(run, 'self.md', /symbolic link loop/);
  if (fifo.status === 0) assertOneProblem(run, 'pipe.md', /skipped: not a regular file \(a FIFO\)/);
  assert.equal(run.status, 2);
  // The cycle sub/up -> .. is walked once: every real file appears once.
  assert.deepEqual(run.paths, ['good.md', join('sub', 'inner.md')]);
  // Named explicitly, a FIFO is refused too, instead of blocking on a read.
  if (fifo.status === 0) assertOneProblem(credence(['check', 'pipe.md', 'good.md', '--no-default-corpus'], dir), 'pipe.md', /not a regular file/);
});

test('files and folders without read permission are reported by name (run as an unprivileged user when root)', () => {
  const dir = workspace('permissions');
  writeFileSync(join(dir, 'locked.md'), GOOD);
  mkdirSync(join(dir, 'closed'));
  writeFileSync(join(dir, 'closed', 'hidden.md'), GOOD);
  chmodSync(join(dir, 'locked.md'), 0o000);
  chmodSync(join(dir, 'closed'), 0o000);
  // Root reads anything whatever the mode bits say, so as root the CLI runs as `nobody`.
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
  for (const d of [root, dir]) chmodSync(d, 0o755);
  try {
    const run = credence(['check', '.', '--no-default-corpus', '--format', 'json'], dir, asNobody);
    assertOneProblem(run, 'locked.md', /cannot read: permission denied/);
    assertOneProblem(run, 'closed', /cannot read folder: permission denied/);
    assert.equal(run.status, 2);
    assert.deepEqual(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path), ['good.md']);
  } finally {
    chmodSync(join(dir, 'closed'), 0o755);
  }
});

test('a path that does not exist is one line; the other paths are still checked', () => {
  const dir = workspace('missing');
  const run = credence(['check', 'nope.md', 'good.md', '--no-default-corpus', '--format', 'json'], dir);
  assertOneProblem(run, 'nope.md', /no such file or folder/);
  assert.equal(run.status, 2);
  assert.deepEqual(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path), ['good.md']);
});

test('a corpus folder that does not exist is one line; the articles are still checked', () => {
  const dir = workspace('no-corpus');
  const run = credence(['check', 'good.md', '--no-default-corpus', '--corpus', 'archive', '--format', 'json'], dir);
  assertOneProblem(run, 'archive', /corpus folder not found/);
  assert.equal(run.status, 2);
  assert.deepEqual(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path), ['good.md']);
});

test('a malformed manifest.json and malformed front matter in a corpus are one line each; the corpus still loads', () => {
  const dir = workspace('bad-metadata');
  mkdirSync(join(dir, 'archive'));
  mkdirSync(join(dir, 'wrong-shape'));
  writeFileSync(join(dir, 'archive', 'manifest.json'), '{ "articles": [ { "file": "harbour.md", "outlet": "The Gazette", ');
  writeFileSync(join(dir, 'archive', 'harbour.md'), '---\ntitle: Harbour road\ndate: last Tuesday\n---\nThe harbour road reopened, officials said.\n');
  writeFileSync(join(dir, 'archive', 'unclosed.md'), '---\noutlet: The Gazette\n\nThe council met on Monday.\n');
  writeFileSync(join(dir, 'archive', 'fine.md'), '---\noutlet: The Gazette\ndate: 2024-03-05\n---\nThe council met on Monday.\n');
  writeFileSync(join(dir, 'archive', 'rule.md'), '---\nA thematic break, then prose: not front matter.\n');
  writeFileSync(join(dir, 'wrong-shape', 'manifest.json'), '{ "articles": [ { "file": "x.md", "date": "March 5" } ] }');
  writeFileSync(join(dir, 'wrong-shape', 'x.md'), 'The council met on Monday.\n');
  const run = credence(['check', 'good.md', '--no-default-corpus', '--corpus', 'archive', '--corpus', 'wrong-shape', '--format', 'json'], dir);
  assertOneProblem(run, join('archive', 'manifest.json'), /not valid JSON/);
  assertOneProblem(run, join('archive', 'harbour.md'), /front matter date "last Tuesday" is not a YYYY-MM-DD date/);
  assertOneProblem(run, join('archive', 'unclosed.md'), /front matter is not closed/);
  assertOneProblem(run, join('wrong-shape', 'manifest.json'), /entry 1 \(x\.md\): "date" "March 5" is not a YYYY-MM-DD date/);
  assert.equal(run.problems.length, 4, run.stderr);
  assert.equal(run.status, 2);
  assert.deepEqual(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path), ['good.md']);
});

test('usage errors are one line and exit 2', () => {
  const dir = workspace('usage');
  for (const args of [['check', '--format', 'xml'], ['check', '--max-size', 'big'], ['check', '--rules', 'no-such-rule'], ['check', '--frobnicate'], ['lint']]) {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /^credence: [^\n]+\n$/, `${args.join(' ')}: ${r.stderr}`);
  }
});

test('a reader that closes the pipe early (credence check | head) gets no stack trace', () => {
  const dir = workspace('pipe');
  for (let i = 0; i < 300; i++) writeFileSync(join(dir, `a${i}.md`), GOOD.repeat(3));
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" check . --no-default-corpus --format json | head -c 100 >/dev/null`], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.stderr, '');
});
