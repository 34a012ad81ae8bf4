import type { Claim } from '../../engine/claims/types';
import type { ArticleInfo } from '../../engine/corpus';

/** How a source is named to the user: its outlet, else its file name, with its date when known. */
export function sourceLabel(info: ArticleInfo): string {
  const name = info.outlet || info.uri.split(/[\\/]/).pop() || info.uri;
  return info.date ? `${name} (${info.date})` : name;
}

const EVENTS: Readonly<Record<string, string>> = {
  death: 'killed', injury: 'injured', arrest: 'arrested', missing: 'missing', displacement: 'displaced', use: 'users', deployment: 'deployed',
};

const DATE_TOPICS: Readonly<Record<string, string>> = {
  death: 'Date of death', arrest: 'Date of the arrest', incident: 'Date of the event', designation: 'Date of the designation', founding: 'Founding date',
  departure: 'Date of leaving', join: 'Date of joining', succession: 'Date of taking the post', election: 'Date of the election', birth: 'Date of birth',
};

/** What a claim is about, for messages and hovers ("Age", "Number killed", "Date of the designation"). */
export function topicOf(claim: Claim): string {
  switch (claim.type) {
    case 'age':
      return 'Age';
    case 'title':
      return 'Title';
    case 'relation':
      return 'Parent organisation';
    case 'date':
      if (claim.predicate.startsWith('publication:')) return `Publication date of the ${claim.predicate.slice('publication:'.length)}`;
      return DATE_TOPICS[claim.predicate] ?? `Date of the ${claim.predicate}`;
    case 'count': {
      const unit = claim.key.slice('count:'.length);
      if (unit.startsWith('money')) return 'Amount';
      if (unit.startsWith('percent')) return 'Percentage';
      if (claim.location) return `Number of ${unit} in ${claim.location.label}`;
      return EVENTS[claim.predicate] ? `Number ${EVENTS[claim.predicate]}` : `Number of ${unit}`;
    }
  }
}

/** One group of sources that say the same value. */
export interface ValueGroup {
  value: string;
  sources: ArticleInfo[];
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/**
 * The finding's message: what the draft says, how many sources agree, and what the others say.
 * "Age given as `61`; 2 other sources say 60: Daily Ledger (2011-05-03), b.txt; check which is right"
 */
export function conflictMessage(topic: string, actual: string, agreeing: number, groups: readonly ValueGroup[]): string {
  const agree = agreeing ? ` (${agreeing} other ${plural(agreeing, 'source agrees', 'sources agree')})` : '';
  const others = groups
    .map((g, i) => `${g.sources.length}${i === 0 ? ' other' : ''} ${plural(g.sources.length, 'source says', 'sources say')} ${g.value}: ${g.sources.map(sourceLabel).join(', ')}`)
    .join('; ');
  return `${topic} given as \`${actual}\`${agree}; ${others}; check which is right`;
}
