import { keep, kept, Slot } from '../../engine/kept';
import type { Claim } from '../../engine/claims/types';
import type { Corpus, ArticleInfo, IndexedArticle } from '../../engine/corpus';
import { sameArticle } from '../../engine/corpus-index';
import type { RelatedLocation, Report } from '../../engine/finding';
import { articleDay, comparable, disagree } from './compare';
import { distinctClaims } from './distinct';
import { conflictMessage, sourceLabel, topicOf, type ValueGroup } from './message';

/** What the rule knows about the checked article. */
export interface Checked {
  uri: string;
  text: string;
  day: number | undefined;
  dateSource: ArticleInfo['dateSource'];
}

interface SourceView {
  info: ArticleInfo;
  uri: string;
  conflicting: Claim[];
  agreeing: Claim[];
}

/** Body sentences before headlines, then text order: the mention a reader should see. */
function better(a: Claim, b: Claim): boolean {
  if (a.headline !== b.headline) return !a.headline;
  return a.start < b.start;
}

/** The most precise of a source's statements ("December 2024" over "in 2024"), then the better placed. */
function precise(a: Claim, b: Claim): boolean {
  const wa = a.value.hi - a.value.lo;
  const wb = b.value.hi - b.value.lo;
  return wa !== wb ? wa < wb : better(a, b);
}

/** The checked article's claims, one per fact and value: a headline repeating the body is one claim. */
function distinct(claims: readonly Claim[]): Claim[] {
  return distinctClaims(claims, true, better);
}

function related(uri: string, claim: Claim, message: string): RelatedLocation {
  return { uri, start: claim.start, end: claim.end, text: flatSentence(claim), message };
}

/**
 * A corpus claim's sentence on one line, as related locations show it; worked out once per claim,
 * since a corpus claim outlives the checks, and every check of a draft (each edit) shows the same ones.
 */
const FLAT_SENTENCE = new Slot<string>();

function flatSentence(claim: Claim): string {
  return kept(claim, FLAT_SENTENCE) ?? keep(claim, FLAT_SENTENCE, claim.sentence.replace(/\s+/g, ' ').trim());
}

/** Replaces the value with the majority's wording, keeping the draft's form ("59" for "60", "59-year-old" for "60-year-old"). */
function fixText(actual: string, mine: Claim, theirs: Claim, theirsText: string): string {
  if (mine.type === 'age') {
    const value = String(theirs.value.lo);
    return /^\d+$/.test(actual) ? value : actual.replace(/^[\p{L}\d-]+?(?=-years?-old)/u, value);
  }
  return theirsText;
}

/**
 * Compares each claim of the checked article with the claims of related corpus articles that have
 * the same key, and reports the disagreements: on the value span, with every disagreeing source in
 * `related`, the agreeing ones in `data.supporting`, and a fix when the draft is the outlier.
 */
export function claimConflicts(mine: readonly Claim[], checked: Checked, corpus: Corpus, relatedUris: ReadonlyMap<string, number>, report: (r: Report) => void): void {
  const reported = new Set<string>();
  // Per related article (none when it is the checked article itself) and its date, worked out once for all of its claims.
  const seen = new Map<string, { article: IndexedArticle | undefined; day: number | undefined }>();
  for (const claim of distinct(mine)) {
    const views = new Map<string, SourceView>();
    // `claimsAmong` gives only claims of the related articles; `claims` gives every article's.
    const among = corpus.claimsAmong?.(claim.key, relatedUris);
    for (const other of among ?? corpus.claims?.(claim.key) ?? []) {
      if (!among && !relatedUris.has(other.uri)) continue;
      let known = seen.get(other.uri);
      if (!known) {
        const self = sameArticle(other.uri, checked.uri);
        const article = self ? undefined : corpus.article?.(other.uri);
        seen.set(other.uri, (known = { article, day: article && articleDay(article) }));
      }
      const article = known.article;
      if (!article) continue;
      if (!comparable(claim, checked.day, other.claim, known.day)) continue;
      let view = views.get(other.uri);
      if (!view) views.set(other.uri, (view = { info: article.info, uri: other.uri, conflicting: [], agreeing: [] }));
      (disagree(claim, other.claim) ? view.conflicting : view.agreeing).push(other.claim);
    }
    // A source that states both values contradicts itself: it counts on both sides.
    const sources = [...views.values()];
    const against = sources.filter((v) => v.conflicting.length);
    if (!against.length) continue;
    const spanKey = `${claim.start}:${claim.end}`;
    if (reported.has(spanKey)) continue;
    reported.add(spanKey);
    const support = sources.filter((v) => v.agreeing.length);
    // Sources whose values agree with each other form one group, shown by its most precise value.
    const groups: Array<{ group: ValueGroup; best: Claim; uri: string }> = [];
    for (const v of against) {
      const best = v.conflicting.reduce((a, b) => (precise(b, a) ? b : a));
      const entry = groups.find((g) => !disagree(g.best, best));
      if (!entry) groups.push({ group: { value: best.value.display, sources: [v.info] }, best, uri: v.uri });
      else {
        entry.group.sources.push(v.info);
        if (best.value.hi - best.value.lo < entry.best.value.hi - entry.best.value.lo) Object.assign(entry, { best, uri: v.uri, group: { ...entry.group, value: best.value.display } });
      }
    }
    const ordered = [...groups].sort((a, b) => b.group.sources.length - a.group.sources.length);
    const actual = checked.text.slice(claim.start, claim.end).replace(/\s+/g, ' ');
    const topic = topicOf(claim);
    // The draft's side is itself plus the sources that agree; the other side is every source against.
    const mineCount = support.length + 1;
    const top = ordered[0]!;
    const minority = mineCount <= against.length;
    // Every span of every disagreeing source is evidence; the reader steps through them.
    const relatedSpans = against.flatMap((v) => v.conflicting.map((c) => related(v.uri, c, `${sourceLabel(v.info)} says ${c.value.display}`)));
    const supporting = support.map((v) => {
      const best = v.agreeing.reduce((a, b) => (better(b, a) ? b : a));
      return related(v.uri, best, `${sourceLabel(v.info)} agrees: ${best.value.display}`);
    });
    const clearMajority = top.group.sources.length > mineCount && (ordered.length === 1 || top.group.sources.length > ordered[1]!.group.sources.length);
    const theirsText = top.best.sentence.slice(top.best.start - top.best.sentenceStart, top.best.end - top.best.sentenceStart);
    report({
      start: claim.start,
      end: claim.end,
      severity: minority ? 'warning' : 'info',
      message: conflictMessage(topic, actual, support.length, ordered.map((o) => o.group)),
      actual,
      expected: top.group.value,
      related: relatedSpans,
      ...(clearMajority ? { fix: { title: `Use ${top.group.value} (as ${top.group.sources.length} other ${top.group.sources.length === 1 ? 'source says' : 'sources say'})`, edits: [{ start: claim.start, end: claim.end, text: fixText(actual, claim, top.best, theirsText) }] } } : {}),
      data: {
        topic,
        subject: claim.subject?.label ?? claim.descriptor,
        claimType: claim.type,
        key: claim.key,
        value: claim.value.display,
        supporting,
        conflicting: ordered.map((o) => ({ value: o.group.value, sources: o.group.sources.map(sourceLabel) })),
        corroboration: { value: claim.value.display, agree: mineCount, total: mineCount + against.length },
        dateSource: checked.dateSource,
        dateAssumed: checked.dateSource === 'today',
      },
    });
  }
}
