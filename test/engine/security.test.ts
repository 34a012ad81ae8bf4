// Security: the shipped bundles never reach the network, and phrases users add in settings are
// literal text, never regular expressions, so a hostile "pattern" can neither inject syntax nor
// backtrack catastrophically.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { analyze, detectorById } from '../../src/engine';
import { compilePhrases, findAll } from '../../src/engine/lexicon';

const DIST = join(process.cwd(), 'dist');

/** Every .js bundle under dist/ (extension, web extension, worker, CLI). */
function bundles(dir = DIST): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? bundles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : []));
}

/** Node modules that open connections. `child_process` is here too: a spawned process could reach the network for us. */
const NETWORK_MODULES = new Set(['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'dns/promises', 'undici', 'child_process', 'inspector']);
/** Global network APIs of Node and browsers. Matched as calls or constructions, not as words in prose. */
const NETWORK_GLOBALS: ReadonlyArray<[string, RegExp]> = [
  ['fetch(', /(?<![\w$.])fetch\s*\(|\b(?:globalThis|window|self|global)\.fetch\b/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bnew\s+WebSocket\b|\bWebSocket\s*\(/],
  ['EventSource', /\bnew\s+EventSource\b/],
  ['navigator.sendBeacon', /\bsendBeacon\s*\(/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['http(s).request/get', /\bhttps?\.(?:request|get)\s*\(/],
  ['net/tls.connect', /\b(?:net|tls)\.(?:connect|createConnection)\s*\(/],
];

test('the bundles exist (npm test builds them first)', () => {
  const names = bundles().map((p) => p.slice(DIST.length + 1));
  for (const required of ['cli.js', 'extension.js']) assert.ok(names.includes(required), `dist/${required} missing: run npm run build`);
});

test('the bundles load only Node built-ins and vscode, and none that opens connections', () => {
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  for (const file of bundles()) {
    const code = readFileSync(file, 'utf8');
    // The bundles are CommonJS: every module they load is a require() (or a dynamic import()).
    const specifiers = [...code.matchAll(/(?<![\w$.])(?:require|import)\s*\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map((m) => m[2]!);
    assert.ok(specifiers.length > 0, `${file}: expected some require() calls`);
    for (const spec of specifiers) {
      assert.ok(spec === 'vscode' || builtins.has(spec), `${file}: loads '${spec}', which is neither a Node built-in nor vscode (was a package left unbundled?)`);
      assert.ok(!NETWORK_MODULES.has(spec.replace(/^node:/, '')), `${file}: loads the network module '${spec}'`);
    }
    // A require with a computed name could load anything; the bundles have none.
    assert.doesNotMatch(code, /(?<![\w$.])require\s*\(\s*(?!["'`])[^)]/, `${file}: require() with a computed module name`);
  }
});

test('the bundles call no global network API (fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon)', () => {
  for (const file of bundles()) {
    const code = readFileSync(file, 'utf8');
    for (const [name, pattern] of NETWORK_GLOBALS) {
      const m = pattern.exec(code);
      assert.equal(m, null, `${file}: uses ${name}: …${m ? code.slice(Math.max(0, m.index - 60), m.index + 60) : ''}…`);
    }
  }
});

/**
 * Regex syntax a user might paste as a "term", each famous for catastrophic backtracking or injection.
 * (`{word}` is compilePhrases' slot syntax for bundled lexicon data, so braces are not among them.)
 */
const HOSTILE_TERMS = ['(a+)+$', '(a|aa)+b', '([a-zA-Z]+)*!', '(.*a)*', '.*', '\\', '[', '^', '$&', '(?=x)', '\\d+\\s*', 'x{1,99}'];
const BACKTRACK_BAIT = 'a'.repeat(100_000) + '!';

test('compilePhrases reads regex syntax as literal text: each hostile term matches itself and nothing else', () => {
  for (const term of HOSTILE_TERMS) {
    const pattern = compilePhrases([term]);
    const text = `before ${term} after ${'a'.repeat(50)}`;
    const hits = findAll(pattern, text);
    // Whole-word matching applies: a term that ends in a letter or digit still needs a boundary after it.
    assert.deepEqual(hits.map((h) => h.text), [term], `term ${JSON.stringify(term)} in ${JSON.stringify(text.slice(0, 40))}`);
  }
});

test('compilePhrases runs in linear time on input built to make the hostile terms backtrack', () => {
  const pattern = compilePhrases(HOSTILE_TERMS);
  const started = performance.now();
  const hits = findAll(pattern, BACKTRACK_BAIT);
  const ms = performance.now() - started;
  assert.deepEqual(hits, []);
  // A backtracking engine needs longer than the age of the universe for `(a+)+$` on 100,000 a's; linear takes milliseconds.
  assert.ok(ms < 2_000, `${ms.toFixed(0)} ms for ${BACKTRACK_BAIT.length} characters`);
});

/** Words as loaded-language's phrase matcher reads them (src/detectors/loaded-language/word-patterns.ts). */
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

test('user terms of loaded-language (setting extraTerms) are plain words: regex syntax is ignored, no failure, linear time', { skip: !detectorById('loaded-language') && 'no loaded-language rule' }, () => {
  const text = `The plan, critics wrote, was (a+)+$ from the start. ${BACKTRACK_BAIT}\n\nIt was .* again, a 1 99 x.\n`;
  const run = (extraTerms: string[]) => analyze(text, { only: ['loaded-language'], config: { rules: { 'loaded-language': ['warning', { extraTerms }] } } });
  const started = performance.now();
  const hostile = run(HOSTILE_TERMS);
  const ms = performance.now() - started;
  assert.deepEqual(hostile.failures, []);
  // The rule reads a term as its words and nothing else: the same findings as the bare words give.
  const asWords = HOSTILE_TERMS.map((t) => [...t.matchAll(WORD)].map((m) => m[0]).join(' ')).filter(Boolean);
  const spans = (r: ReturnType<typeof run>) => r.findings.map((f) => [f.start, f.end, text.slice(f.start, f.end)]);
  assert.deepEqual(spans(hostile), spans(run(asWords)));
  assert.ok(ms < 5_000, `${ms.toFixed(0)} ms`);
});

test('a user term that looks like a lexicon slot ({name}) is reported as a failure of the rule, not a crash', { skip: !detectorById('loaded-language') && 'no loaded-language rule' }, () => {
  const result = analyze('Officials said the {x} plan was fine.', { only: ['loaded-language'], config: { rules: { 'loaded-language': ['warning', { extraTerms: ['{x}'] }] } } });
  for (const f of result.failures) assert.equal(f.ruleId, 'loaded-language');
});
