import { keep, kept, Slot } from '../../engine/kept';
import { parseIsoDate } from '../../engine/claims/calendar';
import type { IndexedArticle } from '../../engine/corpus';
import { sameEntity } from '../../engine/claims/entities';
import { TITLE_RANKS } from '../../engine/claims/lexicon';
import type { Claim, EntitySignature } from '../../engine/claims/types';

/** How long a count without a date in its sentence is taken to hold before publication, in days. */
const CURRENT_WINDOW = 45;

/** The time a count is about: the date in its sentence, else the weeks before publication. */
function anchorOf(claim: Claim, articleDay: number | undefined): { lo: number; hi: number } | undefined {
  if (claim.anchor) return claim.anchor;
  return articleDay === undefined ? undefined : { lo: articleDay - CURRENT_WINDOW, hi: articleDay };
}

/** How far around publication the story's own event lies, in days. */
const RECENT_BEFORE = 60;
const RECENT_AFTER = 14;

function recent(claim: Claim, day: number | undefined): boolean {
  return day !== undefined && claim.value.hi >= day - RECENT_BEFORE && claim.value.lo <= day + RECENT_AFTER;
}

function descriptorHead(text: string | undefined): string | undefined {
  return text?.trim().split(/\s+/).pop()?.toLowerCase().replace(/s$/, '');
}

/**
 * `sameEntity` answers by pair of signatures, kept with the first (the checked draft's): both claim
 * rules compare the draft's claims with the same corpus claims, and claims about one entity share
 * its signature, so most pairs are asked again and again in one analysis. The answers go when the
 * draft's signatures do.
 */
const SAME = new Slot<Map<EntitySignature, boolean>>();
const SAME_LOOSE = new Slot<Map<EntitySignature, boolean>>();

function same(a: EntitySignature, b: EntitySignature, loose = false): boolean {
  const slot = loose ? SAME_LOOSE : SAME;
  const answers = kept(a, slot) ?? keep(a, slot, new Map());
  let answer = answers.get(b);
  if (answer === undefined) answers.set(b, (answer = sameEntity(a, b, loose)));
  return answer;
}

/**
 * True when two claims from different articles are about the same thing: same key (checked by
 * the index), same predicate, the same subject as far as both name one, and, for counts, the same
 * place and time.
 */
export function comparable(a: Claim, aDay: number | undefined, b: Claim, bDay: number | undefined): boolean {
  switch (a.type) {
    case 'age':
      if (a.subject && b.subject) return same(a.subject, b.subject);
      return !a.subject && !b.subject && descriptorHead(a.descriptor) === descriptorHead(b.descriptor);
    case 'title':
    case 'relation':
      return Boolean(a.subject && b.subject && same(a.subject, b.subject)) && a.tense === b.tense && a.tense !== 'past';
    case 'date':
      if (a.predicate !== b.predicate) return false;
      if (a.subject && b.subject) return same(a.subject, b.subject);
      // A date with no named subject on either side could be any event of the kind; only the
      // story's own event, around publication, is taken to be the same one.
      if (!a.subject && !b.subject) return a.predicate === 'incident' && recent(a, aDay) && recent(b, bDay);
      return true;
    case 'count': {
      if (a.subject && b.subject && !same(a.subject, b.subject)) return false;
      if (a.location || b.location) {
        // A count located in one named object ("in the Orion") is only comparable with another in the same.
        if (!a.location || !b.location || !same(a.location, b.location, true)) return false;
        if (a.predicate !== b.predicate && a.predicate !== 'occupancy' && b.predicate !== 'occupancy') return false;
      } else if (a.predicate !== b.predicate) return false;
      const ta = anchorOf(a, aDay);
      const tb = anchorOf(b, bDay);
      return !ta || !tb || (ta.lo <= tb.hi && tb.lo <= ta.hi);
    }
  }
}

/** True when two comparable claims state values that cannot both be right. */
export function disagree(a: Claim, b: Claim): boolean {
  if (a.type === 'title') {
    const ra = TITLE_RANKS[a.value.words?.[0] ?? ''];
    const rb = TITLE_RANKS[b.value.words?.[0] ?? ''];
    return ra !== undefined && rb !== undefined && ra !== rb;
  }
  if (a.type === 'relation') {
    const x = a.value.words ?? [];
    const y = b.value.words ?? [];
    return !x.every((w) => y.includes(w)) && !y.every((w) => x.includes(w));
  }
  return a.value.hi < b.value.lo || b.value.hi < a.value.lo;
}

/**
 * A corpus article's day number, kept on the article: both claim rules read the date of every
 * related article on every check, and an indexed article's info does not change (an update indexes
 * a new article).
 */
const ARTICLE_DAY = new Slot<{ day: number | undefined }>();

export function articleDay(article: IndexedArticle): number | undefined {
  return (kept(article, ARTICLE_DAY) ?? keep(article, ARTICLE_DAY, { day: parseIsoDate(article.info.date) })).day;
}
