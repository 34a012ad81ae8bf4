// The extension never takes the host down: a rule that throws inside the real extension costs only
// its own findings. The other rules still report, the failure is logged to the "Credence" output
// channel naming the rule, and hovers, quick fixes and re-checks after an edit keep working.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Detector } from '../../../src/engine/detector';
import type { CredenceApi } from '../../../src/vscode/extension';
import { waitFor } from './helpers';
import { api, closeAll, describe as describeDiagnostic, diagnostics, hoverAt, quickFixes, ruleOf, untitled } from './support';

const FAILING_RULE = 'test-always-throws';
const FAILURE = 'sentence index 7 out of range';

/** A rule with a bug: it reports something, then throws, on every draft. */
const failing: Detector = {
  id: FAILING_RULE,
  meta: { title: 'Always throws', description: 'A rule that fails on purpose.', severity: 'warning', tags: ['test'] },
  detect(_doc, ctx) {
    ctx.report({ start: 0, end: 1, message: 'Found `x`; never shown' });
    throw new RangeError(FAILURE);
  },
};

const DRAFT = [
  '# Ferry timetable cut',
  '',
  '“We cannot run a boat every hour with four crews,” said Dagny Halvorsen, the operator’s chief executive. ⛴️',
  '',
  'A harbour official, speaking on condition of anonymity, said the winter timetable had been agreed in August.',
  '',
  '“Nobody asked the islanders.”',
  '',
].join('\n');

/** The real rules have had their say on this draft. */
const reported = (ds: readonly vscode.Diagnostic[]) => ['quote', 'anonymous-source'].every((rule) => ds.some((d) => ruleOf(d) === rule));

/** Rule and range of every diagnostic, sorted. */
const shape = (ds: readonly vscode.Diagnostic[]) => ds.map(describeDiagnostic).sort();

describe('Credence when a rule throws', () => {
  let credenceApi: CredenceApi;
  let builtIn: readonly Detector[];
  const logged: string[] = [];
  let listening: vscode.Disposable | undefined;

  before(async () => {
    credenceApi = await api();
    builtIn = credenceApi.diagnostics.detectors;
    listening = credenceApi.onDidLog((line) => logged.push(line));
  });

  afterEach(closeAll);

  after(() => {
    credenceApi?.diagnostics.setDetectors();
    listening?.dispose();
  });

  it('the other rules still report, the failure is logged naming the rule, and hovers, quick fixes and edits keep working', async function () {
    this.timeout(60_000);
    // The same draft with the real rules first: what the others must still report.
    const healthyDoc = (await untitled(DRAFT, 'markdown')).document;
    const healthy = shape(await diagnostics(healthyDoc.uri, reported, 'quote and anonymous-source diagnostics with the real rules'));
    await closeAll();

    // Between the real rules, so that rules after it run too.
    credenceApi.diagnostics.setDetectors([...builtIn.slice(0, 2), failing, ...builtIn.slice(2)]);
    const editor = await untitled(DRAFT, 'markdown');
    const doc = editor.document;
    await waitFor(() => credenceApi.diagnostics.result(doc.uri)?.version === doc.version, 'the check with the failing rule');
    const ds = await diagnostics(doc.uri, (all) => all.length === healthy.length, 'as many diagnostics as with the real rules');
    assert.deepEqual(shape(ds), healthy, 'the other rules report exactly what they report without the failing one');
    assert.ok(!ds.some((d) => ruleOf(d) === FAILING_RULE), 'the failing rule’s partial findings are dropped');

    const line = `${doc.uri.toString()}: rule ${FAILING_RULE} failed: ${FAILURE}`;
    await waitFor(() => logged.some((l) => l.endsWith(line)), `"${line}" in the Credence output (now: ${JSON.stringify(logged.slice(-5))})`);

    const anonymous = ds.find((d) => ruleOf(d) === 'anonymous-source');
    assert.ok(anonymous, `an anonymous-source diagnostic among ${healthy.join(', ')}`);
    const { text } = await hoverAt(doc.uri, anonymous.range.start);
    assert.match(text, /anonymous/i, 'the hover still answers');
    const fixes = (await quickFixes(doc.uri, anonymous.range)).map((a) => a.title);
    assert.ok(fixes.includes('Ignore this finding here'), `quick fixes still answer: ${fixes.join(' | ')}`);

    // A later edit is re-checked (debounced) in spite of the failing rule.
    const failuresBefore = logged.filter((l) => l.endsWith(line)).length;
    const end = doc.positionAt(doc.getText().length);
    await editor.edit((b) => b.insert(end, '\nTwo crew members, who asked not to be named, said the rota was changed without notice.\n'));
    await diagnostics(doc.uri, (all) => all.some((d) => ruleOf(d) === 'anonymous-source' && d.range.start.line === end.line + 1), 'anonymous-source in the added paragraph');
    assert.equal(credenceApi.diagnostics.result(doc.uri)?.version, doc.version);
    assert.ok(logged.filter((l) => l.endsWith(line)).length > failuresBefore, 'the re-check ran the failing rule again and logged it');
  });

  it('with the real rules restored, drafts are checked again without failures', async () => {
    credenceApi.diagnostics.setDetectors();
    assert.deepEqual(credenceApi.diagnostics.detectors.map((d) => d.id), builtIn.map((d) => d.id));
    const count = logged.length;
    const doc = (await untitled(DRAFT, 'markdown')).document;
    await diagnostics(doc.uri, reported, 'quote and anonymous-source diagnostics');
    assert.deepEqual(logged.slice(count).filter((l) => / failed: /.test(l)), []);
  });
});
