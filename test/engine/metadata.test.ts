// Article metadata read from the text itself: datelines, date headers, credits, front matter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleInfo, extractMetadata, parseFrontMatter } from '../../src/engine/metadata';

test('a dateline gives the outlet, and its month and day take the year of a full date nearby', () => {
  const text = 'Harbour cranes idle after strike\n\nA crane stands idle at the container port, May 2, 2011. Wire Photo\n\nLISBON, May 3 (Wire) - Dock workers extended their strike on Tuesday, union leaders said.';
  assert.deepEqual(extractMetadata(text), { outlet: 'Wire', date: '2011-05-03', title: 'Harbour cranes idle after strike' });
});

test('a dateline without a date still names the outlet; an acronym in brackets is not a credit', () => {
  assert.equal(extractMetadata('NEW YORK (Wire) - Shares fell on Monday.').outlet, 'Wire');
  assert.equal(extractMetadata('May 3 (Agency) -- Nine people were hurt.').outlet, 'Agency');
  assert.equal(extractMetadata('Porto Dock Workers Union (PDWU) called the strike.').outlet, undefined);
});

test('date headers, "Outlet, Month D, YYYY" lines, credits and bylines', () => {
  assert.equal(extractMetadata(' date 2011-05-03 Strike spreads to second port').date, '2011-05-03');
  assert.deepEqual(extractMetadata('Strike spreads to second port\n\nValley Post, May 4, 2011\n\nDock workers walked out.'), { outlet: 'Valley Post', date: '2011-05-04', title: 'Strike spreads to second port' });
  const credited = extractMetadata('By Ana Ruiz\n\nDock workers walked out on Tuesday.\n\nOriginally published on The Harbour Times.');
  assert.equal(credited.outlet, 'The Harbour Times');
  assert.equal(credited.author, 'Ana Ruiz');
  assert.equal(extractMetadata('Workers walked out.\n\nThis article originally appeared at portnews.example').outlet, 'portnews.example');
});

test('a hard-wrapped first paragraph is not taken for a headline', () => {
  assert.equal(extractMetadata('Dock workers in the port walked out on Tuesday. They\nsaid pay talks had failed.').title, undefined);
  assert.equal(extractMetadata('Dock workers in the port walked out on\nTuesday after pay talks failed.').title, undefined);
});

test('front matter gives outlet, date, title and url, and wins over the text', () => {
  const text = '---\noutlet: "The Harbour Times"\ndate: 2011-05-05\ntitle: Strike ends\nurl: https://example.org/strike\n---\n\nLISBON, May 3 (Wire) - Dock workers returned to work.';
  const front = parseFrontMatter(text);
  assert.deepEqual(front?.data, { outlet: 'The Harbour Times', date: '2011-05-05', title: 'Strike ends', url: 'https://example.org/strike' });
  assert.deepEqual(extractMetadata(text), { outlet: 'The Harbour Times', date: '2011-05-05', title: 'Strike ends', url: 'https://example.org/strike' });
  assert.equal(parseFrontMatter('No front matter here.'), undefined);
});

test('given metadata (a manifest) wins over the text; a draft without a date falls back to today and says so', () => {
  const text = 'LISBON, May 3 (Wire) - Dock workers extended their strike, May 3, 2011.';
  assert.deepEqual(articleInfo('/a.txt', text, { outlet: 'Coastal Wire', date: '2011-05-04', dateSource: 'manifest' }), { uri: '/a.txt', outlet: 'Coastal Wire', date: '2011-05-04', dateSource: 'manifest' });
  assert.equal(articleInfo('/a.txt', text).dateSource, 'text');
  assert.equal(articleInfo('/a.md', '---\ndate: 2011-05-05\n---\nText.').dateSource, 'front-matter');
  assert.deepEqual(articleInfo('/draft.md', 'Dock workers walked out on Tuesday.', {}, '2011-06-01'), { uri: '/draft.md', date: '2011-06-01', dateSource: 'today' });
  assert.equal(articleInfo('/draft.md', 'Dock workers walked out on Tuesday.').date, undefined);
});
