import { readBlock, extractArticle, type BlockFacts } from '../../engine/claims/article';
import { isoDate, parseIsoDate } from '../../engine/claims/calendar';
import type { ArticleClaims, Claim } from '../../engine/claims/types';
import type { Block } from '../../engine/blocks';
import type { ArticleInfo, Corpus } from '../../engine/corpus';
import type { CredenceDocument } from '../../engine/document';
import { extractMetadata } from '../../engine/metadata';
import { articleDay, comparable, disagree } from '../claim-conflict/compare';
import { distinctClaims } from '../claim-conflict/distinct';

/** How the corpus stands on one claim of the checked article. */
export interface ClaimSupport {
  claim: Claim;
  /** Related corpus articles that state the same fact with a compatible value. */
  agree: ArticleInfo[];
  /** Related corpus articles that state it differently (claim-conflict's findings). */
  disagree: ArticleInfo[];
}

/** Everything the corroboration check needs about the checked article. */
export interface CheckedArticle {
  doc: CredenceDocument;
  info: ArticleInfo;
  /** Per-block fact reading, memoised by the caller when it can. */
  read?: (block: Block) => BlockFacts;
}

/** The article's date for resolving relative dates: metadata, else the text, else today (as claim-conflict does). */
function articleDate(doc: CredenceDocument, info: ArticleInfo): string {
  return info.date ?? extractMetadata(doc.text).date ?? isoDate(Math.floor(Date.now() / 86_400_000));
}

/**
 * Claim types whose values are specific enough that the same value for the same kind of fact is
 * corroboration even without linked subjects; a title ("President") is not.
 */
const LENIENT_TYPES: ReadonlySet<Claim['type']> = new Set(['age', 'count', 'date']);

/** One claim per fact and value, the body mention before a headline repeating it. */
function distinct(claims: readonly Claim[]): Claim[] {
  return distinctClaims(claims, false, bodyFirst);
}

function bodyFirst(c: Claim, seen: Claim): boolean {
  return seen.headline && !c.headline;
}

/**
 * For each distinct claim of an article, the related corpus articles (same story, never the article
 * itself) that agree and those that disagree, using the claim index and the comparison rules of
 * claim-conflict; for numbers and dates, agreement is also granted to the same kind of fact with a
 * compatible value when the subjects could not be linked. Undefined when the corpus has no claim index.
 * With `wanted`, only the claims it accepts are in the list (the rule reads only some).
 */
export function claimSupport(
  checked: CheckedArticle,
  corpus: Corpus | undefined,
  wanted?: (claim: Claim) => boolean,
): { claims: ArticleClaims; readonly support: ClaimSupport[]; relatedArticles: number } | undefined {
  if (!corpus?.claims || !corpus.related || !corpus.article) return undefined;
  const { doc, info } = checked;
  const date = articleDate(doc, info);
  const mine = extractArticle(doc, date, checked.read ?? readBlock);
  const related = corpus.related(mine.fingerprint, doc.uri);
  // Worked out when read: the rule reads it only when some corpus article is on the same story,
  // and a draft that has none (most of them) would go through every claim on every edit for nothing.
  return new LazySupport(mine, date, doc.uri, corpus as SupportCorpus, related, wanted);
}

/**
 * A class, not an object literal with a getter: each such literal gets its own hidden class in the
 * old generation, which kept the analysis it closed over alive until a full collection.
 */
class LazySupport {
  private list: ClaimSupport[] | undefined;
  readonly relatedArticles: number;

  constructor(
    readonly claims: ArticleClaims,
    private readonly date: string,
    private readonly uri: string,
    private readonly corpus: SupportCorpus,
    private readonly related: ReadonlyMap<string, number>,
    private readonly wanted: ((claim: Claim) => boolean) | undefined,
  ) {
    this.relatedArticles = related.size;
  }

  get support(): ClaimSupport[] {
    return (this.list ??= supportOf(this.claims, this.date, this.uri, this.corpus, this.related, this.wanted));
  }
}

type SupportCorpus = Required<Pick<Corpus, 'claims' | 'article'>> & Corpus;

function supportOf(mine: ArticleClaims, date: string, uri: string, corpus: SupportCorpus, related: ReadonlyMap<string, number>, wanted: ((claim: Claim) => boolean) | undefined): ClaimSupport[] {
  const day = parseIsoDate(date);
  const support: ClaimSupport[] = [];
  for (const claim of distinct(mine.claims)) {
    // Claims the caller will not read are left out (after `distinct`, which picks among equal ones).
    if (wanted && !wanted(claim)) continue;
    const agree = new Map<string, ArticleInfo>();
    const against = new Map<string, ArticleInfo>();
    // `claimsAmong` gives only claims of the related articles; `claims` gives every article's.
    const among = corpus.claimsAmong?.(claim.key, related);
    for (const other of among ?? corpus.claims(claim.key)) {
      if (other.uri === uri || (!among && !related.has(other.uri))) continue;
      const article = corpus.article(other.uri);
      if (!article) continue;
      if (comparable(claim, day, other.claim, articleDay(article))) {
        (disagree(claim, other.claim) ? against : agree).set(other.uri, article.info);
      } else if (LENIENT_TYPES.has(claim.type) && other.claim.predicate === claim.predicate && !disagree(claim, other.claim)) {
        // Corroboration is read generously: the same kind of fact with a compatible value counts even
        // when entity linking could not tell that both name the same subject (an acronym such as "NHTF" and the full name it stands for).
        agree.set(other.uri, article.info);
      }
    }
    support.push({ claim, agree: [...agree.values()], disagree: [...against.values()] });
  }
  return support;
}
