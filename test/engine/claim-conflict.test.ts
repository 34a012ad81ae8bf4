// claim-conflict over small invented corpora: each test builds 2-4 articles in memory, indexes them
// and checks one of them (or a draft) against the others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Analyzer, DETECTORS, type Finding } from '../../src/engine';
import { CorpusIndex } from '../../src/engine/corpus-index';

interface Article {
  uri: string;
  outlet?: string;
  date?: string;
  text: string;
}

function corpusOf(articles: readonly Article[]): CorpusIndex {
  const index = new CorpusIndex();
  for (const a of articles) index.add({ uri: a.uri, outlet: a.outlet, date: a.date, dateSource: a.date ? 'manifest' : undefined }, a.text);
  return index;
}

function check(article: Article, corpus: CorpusIndex): Finding[] {
  const result = new Analyzer(DETECTORS).analyze(article.text, { uri: article.uri, corpus, only: ['claim-conflict'], article: { outlet: article.outlet, date: article.date, dateSource: article.date ? 'manifest' : undefined } });
  assert.deepEqual(result.failures, []);
  return result.findings;
}

function spans(findings: readonly Finding[], text: string): string[] {
  return findings.map((f) => text.slice(f.start, f.end));
}

// Three reports of one arrest; one gives a different age.
const ARREST = [
  {
    uri: '/corpus/gazette.md',
    outlet: 'Harbour Gazette',
    date: '2025-03-04',
    text: 'Fishing-fleet owner Inés Maraval, 61, was arrested on Monday at her home in Port Lucerne, police said.\n\nMaraval, who runs the largest trawler company in Port Lucerne, denied any wrongdoing through her lawyer. Police said the arrest followed a two-year fraud inquiry into fuel subsidies.',
  },
  {
    uri: '/corpus/wire.txt',
    outlet: 'Coastal Wire',
    date: '2025-03-04',
    text: 'Police in Port Lucerne arrested the sixty-year-old trawler owner Inés Maraval on Monday, ending a two-year fraud inquiry into fuel subsidies.\n\nMaraval denied any wrongdoing, her lawyer said. The inquiry into the fuel subsidies for the Port Lucerne fleet continues.',
  },
  {
    uri: '/corpus/times.txt',
    outlet: 'Valley Times',
    date: '2025-03-05',
    text: 'Inés Maraval, 60, who owns the biggest trawler company in Port Lucerne, was arrested on Monday after a two-year fraud inquiry into fuel subsidies, police said.\n\nHer lawyer said Maraval denied any wrongdoing.',
  },
];

test('an age that other sources give differently is the outlier; the majority side is reported too, as info', () => {
  const corpus = corpusOf(ARREST);
  const [gazette, wire, times] = ARREST as [Article, Article, Article];
  const outlier = check(gazette, corpus);
  assert.deepEqual(spans(outlier, gazette.text), ['61']);
  const f = outlier[0]!;
  assert.equal(f.severity, 'warning');
  assert.equal(f.actual, '61');
  assert.equal(f.expected, '60');
  assert.match(f.message, /^Age given as `61`; 2 other sources say 60: Coastal Wire \(2025-03-04\), Valley Times \(2025-03-05\); check which is right$/);
  assert.deepEqual(f.related!.map((r) => [r.uri, wire.uri === r.uri ? wire.text.slice(r.start, r.end) : times.text.slice(r.start, r.end)]), [[wire.uri, 'sixty-year-old'], [times.uri, '60']]);
  assert.ok(f.related!.every((r) => r.text.length > 20 && r.message.includes('says 60')));
  assert.deepEqual(f.fix?.edits, [{ start: f.start, end: f.end, text: '60' }]);
  assert.deepEqual(f.data?.corroboration, { value: '61', agree: 1, total: 3 });

  const majority = check(times, corpus);
  assert.deepEqual(spans(majority, times.text), ['60']);
  assert.equal(majority[0]!.severity, 'info');
  assert.equal(majority[0]!.fix, undefined);
  assert.deepEqual(majority[0]!.related!.map((r) => r.uri), [gazette.uri]);
  assert.deepEqual((majority[0]!.data!.supporting as Array<{ uri: string }>).map((s) => s.uri), [wire.uri]);
  // Number words: "sixty-year-old" is 60, and agrees with "60".
  assert.deepEqual(spans(check(wire, corpus), wire.text), ['sixty-year-old']);
});

test('an article is never compared with itself (same uri), only with the others', () => {
  const corpus = corpusOf(ARREST);
  const draft = { ...ARREST[2]!, text: ARREST[2]!.text.replace('Inés Maraval, 60,', 'Inés Maraval, 62,') };
  const findings = check(draft, corpus);
  assert.deepEqual(spans(findings, draft.text), ['62']);
  assert.ok(findings[0]!.related!.every((r) => r.uri !== draft.uri));
  assert.equal(findings[0]!.related!.length, 2);
});

test('relative dates resolve against each article’s own date, across a year boundary', () => {
  const story = (uri: string, date: string, when: string) => ({
    uri,
    date,
    outlet: uri.slice(1, 6),
    text: `Lena Vossberg, the director of the Harbour Authority, resigned ${when} after an audit of the dredging contract, officials said.\n\nThe audit of the Harbour Authority found that the dredging contract had been awarded without a tender. Vossberg said she had done nothing wrong.`,
  });
  const january = story('/a/january.txt', '2026-01-05', 'last month');
  const december = story('/a/december.txt', '2025-12-29', 'in December');
  const november = story('/a/november.txt', '2026-01-06', 'in November');
  const corpus = corpusOf([january, december, november]);
  // "last month" in an article of 5 January 2026 is December 2025: it agrees with "in December" (of 2025).
  const found = check(january, corpus);
  assert.deepEqual(spans(found, january.text), ['last month']);
  assert.deepEqual(found[0]!.related!.map((r) => r.uri), [november.uri]);
  assert.equal(found[0]!.severity, 'info');
  const outlier = check(november, corpus);
  assert.deepEqual(spans(outlier, november.text), ['in November']);
  assert.equal(outlier[0]!.severity, 'warning');
  assert.match(outlier[0]!.message, /2 other sources say December 2025/);
});

test('"last year" in an article dated in January is the previous calendar year', () => {
  const a = { uri: '/b/a.txt', date: '2026-01-05', outlet: 'North Post', text: 'The interior ministry designated the Red Harbour Brotherhood a terrorist organisation last year, and police in Kelmstad have since arrested dozens of its members.\n\nThe Red Harbour Brotherhood denies the charges.' };
  const b = { uri: '/b/b.txt', date: '2026-01-07', outlet: 'South Post', text: 'The Red Harbour Brotherhood was designated a terrorist organisation in 2025, and police in Kelmstad have since arrested dozens of its members.\n\nThe group denies the charges.' };
  const c = { uri: '/b/c.txt', date: '2026-01-07', outlet: 'East Post', text: 'The interior ministry designated the Red Harbour Brotherhood a terrorist organisation in 2024, and police in Kelmstad have since arrested dozens of its members.\n\nThe group denies the charges.' };
  const corpus = corpusOf([a, b, c]);
  assert.deepEqual(check(a, corpus).map((f) => f.related!.map((r) => r.uri)), [[c.uri]]);
  assert.deepEqual(spans(check(c, corpus), c.text), ['in 2024']);
});

test('ranges and hedges: "at least 25" agrees with 30 and disagrees with 20', () => {
  const ferry = (uri: string, figure: string) => ({
    uri,
    date: '2025-08-11',
    text: `${figure} people were killed when a ferry capsized off Kalvik Island on Sunday, the coast guard said.\n\nThe ferry was carrying more passengers than it was licensed for, the Kalvik Island harbour master said. Rescue boats searched the waters off Kalvik Island through the night.`,
  });
  const atLeast = ferry('/f/at-least.txt', 'At least 25');
  const thirty = ferry('/f/thirty.txt', 'Thirty');
  const twenty = ferry('/f/twenty.txt', 'Twenty');
  const corpus = corpusOf([atLeast, thirty, twenty]);
  const found = check(atLeast, corpus);
  assert.deepEqual(spans(found, atLeast.text), ['At least 25']);
  assert.deepEqual(found[0]!.related!.map((r) => r.uri), [twenty.uri]);
  assert.deepEqual(check(thirty, corpus).map((f) => f.related!.map((r) => r.uri)), [[twenty.uri]]);
  assert.deepEqual(spans(check(twenty, corpus), twenty.text), ['Twenty']);
  // Without the low figure, nothing disagrees.
  assert.deepEqual(check(atLeast, corpusOf([atLeast, thirty])), []);
});

test('the same facts phrased differently are not a conflict', () => {
  const a = {
    uri: '/s/a.txt',
    date: '2025-06-11',
    text: 'Eight people were killed and about 1,200 residents were evacuated after the Marlow Dam failed on Tuesday, county officials said.\n\nThe dam’s owner, Brightwater Utilities, was valued at $2.5 billion last year. County officials said the Marlow Dam had failed an inspection in 2019.',
  };
  const b = {
    uri: '/s/b.txt',
    date: '2025-06-12',
    text: 'The failure of the Marlow Dam killed 8 people, and roughly 1,200 people were evacuated, county officials said on Wednesday.\n\nBrightwater Utilities, which owns the dam, was valued at 2.5 billion dollars. The Marlow Dam failed an inspection in 2019, county officials said.',
  };
  const corpus = corpusOf([a, b]);
  assert.deepEqual(check(a, corpus), []);
  assert.deepEqual(check(b, corpus), []);
});

test('a different person with a similar name is neither an age conflict nor a misspelling', () => {
  const a = { uri: '/p/a.txt', date: '2025-02-02', text: 'Maria Lopez, 44, the Newbridge council treasurer, resigned on Friday, the council said.\n\nThe Newbridge council said the treasurer had signed the disputed bridge contract. Lopez declined to comment.' };
  const b = { uri: '/p/b.txt', date: '2025-02-02', text: 'Mario Lopez, 51, a lawyer for the Newbridge council, said the disputed bridge contract was legal.\n\nThe Newbridge council treasurer resigned on Friday after signing the bridge contract, the council said.' };
  const c = { uri: '/p/c.txt', date: '2025-02-03', text: 'The treasurer of the Newbury council also resigned on Friday over a disputed bridge contract, the council said.\n\nThe Newbury council said the bridge contract would be reviewed. The Newbridge council treasurer resigned the same day.' };
  const corpus = corpusOf([a, b, c]);
  for (const article of [a, b, c]) assert.deepEqual(check(article, corpus), [], article.uri);
});

test('a place name one letter off from what other sources write is reported as a likely misspelling', () => {
  const raid = (uri: string, place: string) => ({
    uri,
    date: '2025-09-14',
    text: `Soldiers raided a farm near ${place}, in the hills of Serrania province, on Saturday and detained the smuggling boss known as “El Tigre”, the army said.\n\nThe raid near ${place} followed months of surveillance, the army said. El Tigre’s lawyers said the detention was illegal.`,
  });
  const a = raid('/r/a.txt', 'Castelmonte');
  const b = raid('/r/b.txt', 'Castelmonte');
  const c = raid('/r/c.txt', 'Castelmote');
  const corpus = corpusOf([a, b, c]);
  const found = check(c, corpus);
  assert.deepEqual(spans(found, c.text), ['Castelmote']);
  assert.match(found[0]!.message, /^Name spelled `Castelmote`; 2 other sources spell it Castelmonte/);
  assert.deepEqual(found[0]!.fix?.edits.map((e) => e.text), ['Castelmonte']);
  assert.deepEqual(found[0]!.related!.map((r) => a.uri === r.uri ? a.text.slice(r.start, r.end) : b.text.slice(r.start, r.end)), ['Castelmonte', 'Castelmonte']);
  // The spelling most sources use is not flagged.
  assert.deepEqual(check(a, corpus), []);
});

test('a transliterated name spelled two ways is flagged on both sides when no spelling has a majority', () => {
  const a = { uri: '/t/a.txt', outlet: 'Daily Ledger', date: '2025-04-01', text: 'Finance Minister Yusuf Karimi resigned on Monday after the budget vote failed, his office said.\n\nKarimi had led the finance ministry since the coalition took office. The budget vote failed by four votes.' };
  const b = { uri: '/t/b.txt', outlet: 'Evening Star', date: '2025-04-01', text: 'Finance Minister Yousef Karimi resigned on Monday after the budget vote failed in parliament, his office said.\n\nKarimi had led the finance ministry since the coalition took office.' };
  const corpus = corpusOf([a, b]);
  const fa = check(a, corpus);
  assert.deepEqual(spans(fa, a.text), ['Yusuf Karimi']);
  assert.equal(fa[0]!.fix, undefined);
  assert.deepEqual(spans(check(b, corpus), b.text), ['Yousef Karimi']);
});

test('titles: a company’s CEO is not its senior vice president; a former title is not compared', () => {
  const a = { uri: '/c/a.txt', date: '2025-05-20', text: 'Acme Robotics named Priya Natarajan its new chief executive on Tuesday.\n\nNatarajan will be CEO of Acme Robotics from July, the company said. Former Acme Robotics president Tom Hale retired in March.' };
  const b = { uri: '/c/b.txt', date: '2025-05-20', text: 'Priya Natarajan will be senior vice president of Acme Robotics from July, the company said on Tuesday.\n\nTom Hale, the former chief executive of Acme Robotics, retired in March.' };
  const corpus = corpusOf([a, b]);
  const found = check(b, corpus);
  assert.deepEqual(spans(found, b.text), ['senior vice president of Acme Robotics']);
  assert.match(found[0]!.message, /^Title given as `senior vice president of Acme Robotics`; 1 other source says CEO of Acme Robotics/);
});

test('stories that merely share a kind of event are not compared', () => {
  const a = { uri: '/u/a.txt', date: '2025-01-10', text: 'Nine people were killed when a bus overturned on the Serra Highway near Vilanova on Thursday, police said.\n\nThe bus was carrying workers to a factory in Vilanova.' };
  const b = { uri: '/u/b.txt', date: '2025-01-11', text: 'Four people were killed when a freight train hit a truck at a level crossing in Oldham Falls on Friday, the rail company said.\n\nThe truck driver survived.' };
  const corpus = corpusOf([a, b]);
  assert.deepEqual(check(a, corpus), []);
  assert.deepEqual(check(b, corpus), []);
});

test('the index updates one article at a time', () => {
  const corpus = corpusOf(ARREST.slice(1));
  const gazette = ARREST[0]!;
  assert.equal(check(gazette, corpus).length, 1);
  corpus.update({ uri: ARREST[1]!.uri, date: '2025-03-04' }, ARREST[1]!.text.replace('sixty-year-old', '61-year-old'));
  corpus.update({ uri: ARREST[2]!.uri, date: '2025-03-05' }, ARREST[2]!.text.replace('Maraval, 60,', 'Maraval, 61,'));
  assert.deepEqual(check(gazette, corpus), []);
  corpus.remove(ARREST[1]!.uri);
  corpus.remove(ARREST[2]!.uri);
  assert.equal(corpus.size, 0);
  assert.deepEqual(corpus.claims('age'), []);
  assert.deepEqual(check(gazette, corpus), []);
});

test('without a corpus, or with a plain list of articles, the rule reports nothing', () => {
  const gazette = ARREST[0]!;
  const analyzer = new Analyzer(DETECTORS);
  assert.deepEqual(analyzer.analyze(gazette.text, { uri: gazette.uri, only: ['claim-conflict'] }).findings, []);
  const plain = { articles: () => [{ uri: '/x.txt' }] };
  assert.deepEqual(analyzer.analyze(gazette.text, { uri: gazette.uri, only: ['claim-conflict'], corpus: plain }).findings, []);
});

test('a draft open under a file:// URI is not compared with its own saved copy', () => {
  const corpus = corpusOf([{ ...ARREST[0]!, uri: '/home/ed/My Stories/gazette.md' }, ...ARREST.slice(1)]);
  const draft = { ...ARREST[0]!, uri: 'file:///home/ed/My%20Stories/gazette.md' };
  const findings = check(draft, corpus);
  assert.equal(findings.length, 1);
  assert.ok(findings[0]!.related!.every((r) => !r.uri.endsWith('gazette.md')));
});
