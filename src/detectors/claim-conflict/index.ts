import { readBlock, extractArticle } from '../../engine/claims/article';
import { isoDate, parseIsoDate } from '../../engine/claims/calendar';
import { defineDetector } from '../../engine/detector';
import { extractMetadata } from '../../engine/metadata';
import { claimConflicts, type Checked } from './conflicts';
import { spellingConflicts } from './spelling';

/**
 * Flags facts that disagree with other coverage of the same story: ages, counts, dates, titles,
 * parent organisations and the spelling of names, each compared with the claims other articles of
 * the corpus make about the same subject, with the disagreeing sources as related locations.
 */
export const claimConflict = defineDetector({
  id: 'claim-conflict',
  meta: {
    title: 'Claim disagrees with other coverage',
    description: 'A fact (age, count, date, title, name) that other articles on the same story state differently.',
    severity: 'warning',
    tags: ['accuracy', 'corpus'],
    fixable: true,
    needsCorpus: true,
  },
  detect(doc, ctx) {
    const corpus = ctx.corpus;
    if (!corpus?.claims || !corpus.related || !corpus.article) return;
    let date = ctx.article.date;
    let dateSource = ctx.article.dateSource;
    if (!date) {
      date = extractMetadata(doc.text).date;
      dateSource = date ? 'text' : 'today';
      // A draft without a date is about now; hovers say that today's date stood in.
      date ??= isoDate(Math.floor(Date.now() / 86_400_000));
    }
    const mine = extractArticle(doc, date, (block) => ctx.memo('facts', block, readBlock));
    const related = corpus.related(mine.fingerprint, doc.uri);
    if (!related.size) return;
    const checked: Checked = { uri: doc.uri, text: doc.text, day: parseIsoDate(date), dateSource };
    claimConflicts(mine.claims, checked, corpus, related, ctx.report);
    spellingConflicts(mine, checked, corpus, related, ctx.report);
  },
});
