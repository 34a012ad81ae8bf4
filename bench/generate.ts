import { splitBlocks } from '../src/engine/blocks';
import { Prng } from './prng';
import { CONSONANTS, KEPT_CAPITALISED, MONTHS, OUTLETS, VOWELS, WEEKDAYS } from './names';

/** A generated article with the metadata a corpus manifest carries. */
export interface GeneratedArticle {
  file: string;
  text: string;
  outlet: string;
  date: string;
  title: string;
}

/** The paragraphs (blank-line blocks) of the seed articles: the material everything is recombined from. */
export function seedParagraphs(seedTexts: readonly string[]): string[] {
  return seedTexts.flatMap((text) => splitBlocks(text).map(({ start, end }) => text.slice(start, end)));
}

const CAPITALISED = /\p{Lu}\p{Ll}+/gu;
/** Acronyms and initialisms ("ABC", "A.B."): swapped per story too, or they would tie every story to every other. */
const ACRONYM = /(?<![\p{L}.])(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})(?![\p{L}])/gu;
const DIGITS = /\d+/g;
const MONTH_SET = new Set(MONTHS);
const WEEKDAY_SET = new Set(WEEKDAYS);

/**
 * One news event: a consistent cast (names and places swapped for invented ones), numbers and
 * dates. Articles of the same story mostly agree and sometimes differ, as coverage does.
 */
export class Story {
  private readonly names = new Map<string, string>();
  private readonly numbers = new Map<string, string>();
  private readonly months = new Map<string, string>();
  readonly baseDate: Date;

  constructor(private readonly rng: Prng, readonly id: number) {
    this.baseDate = new Date(Date.UTC(rng.int(2018, 2026), rng.int(0, 11), rng.int(1, 28)));
  }

  /** A seed paragraph with this story's cast, numbers and months; `variation` is the chance that a number differs. */
  rewrite(paragraph: string, variation: number): string {
    return paragraph
      .replace(ACRONYM, (acronym) => remember(this.names, acronym, () => inventAcronym(this.rng, acronym)))
      .replace(CAPITALISED, (word) => this.word(word))
      .replace(DIGITS, (digits) => (this.rng.chance(variation) ? freshNumber(this.rng, digits) : this.number(digits)));
  }

  private word(word: string): string {
    if (KEPT_CAPITALISED.has(word)) return word;
    if (MONTH_SET.has(word)) return remember(this.months, word, () => this.rng.pick(MONTHS));
    if (WEEKDAY_SET.has(word)) return this.rng.pick(WEEKDAYS);
    // Every story gets its own names. Recombined seed paragraphs share their vocabulary across all
    // stories, which real archives do not; shared names on top would make every story look like
    // coverage of every other one.
    return remember(this.names, word, () => inventName(this.rng));
  }

  private number(digits: string): string {
    return remember(this.numbers, digits, () => freshNumber(this.rng, digits));
  }
}

function remember(map: Map<string, string>, key: string, make: () => string): string {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/**
 * An invented name of two or three syllables. Names that differ only in their vowels count as
 * spelling variants of one name (they share a consonant skeleton), so the consonants are what must
 * vary: there are millions of skeletons, and unrelated stories rarely share one.
 */
function inventName(rng: Prng): string {
  const letter = (set: string) => set[Math.floor(rng.next() * set.length)]!;
  let name = '';
  const syllables = rng.chance(0.6) ? 3 : 2;
  for (let i = 0; i < syllables; i++) name += letter(CONSONANTS) + letter(VOWELS) + (rng.chance(0.3) ? letter(CONSONANTS) : '');
  return name[0]!.toUpperCase() + name.slice(1);
}

/** Random capitals in the shape of `acronym` (same length, dots kept). */
function inventAcronym(rng: Prng, acronym: string): string {
  return acronym.replace(/\p{Lu}/gu, () => String.fromCharCode(65 + Math.floor(rng.next() * 26)));
}

/** A number of the same shape: years stay plausible years, other numbers keep their digit count. */
function freshNumber(rng: Prng, digits: string): string {
  if (/^(19|20)\d\d$/.test(digits)) return String(rng.int(2010, 2030));
  if (digits.length === 1) return String(rng.int(digits === '0' ? 0 : 1, 9));
  return String(rng.int(10 ** (digits.length - 1), 10 ** digits.length - 1));
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Generates `count` articles in stories of 3–7 articles each, deterministically from `seed`. */
export function generateCorpus(paragraphs: readonly string[], count: number, seed: number): GeneratedArticle[] {
  const rng = new Prng(seed);
  const articles: GeneratedArticle[] = [];
  let story = new Story(rng, 0);
  let left = rng.int(3, 7);
  while (articles.length < count) {
    if (left-- === 0) {
      story = new Story(rng, story.id + 1);
      left = rng.int(3, 7) - 1;
    }
    articles.push(generateArticle(paragraphs, story, rng, articles.length));
  }
  return articles;
}

/** One article of a story: a headline and 6–14 recombined paragraphs. */
export function generateArticle(paragraphs: readonly string[], story: Story, rng: Prng, index: number): GeneratedArticle {
  const body: string[] = [];
  const length = rng.int(6, 14);
  for (let i = 0; i < length; i++) body.push(story.rewrite(rng.pick(paragraphs), 0.08));
  const title = body[0]!.split(/\s+/).slice(0, 9).join(' ').replace(/[.,;:]+$/, '');
  const date = new Date(story.baseDate.getTime() + rng.int(0, 3) * 86_400_000);
  return { file: `article-${String(index).padStart(5, '0')}.md`, text: `${title}\n\n${body.join('\n\n')}\n`, outlet: rng.pick(OUTLETS), date: isoDate(date), title };
}

/**
 * A long document of about `targetChars` characters: stories one after another, each under a
 * heading, every paragraph varied so that no two blocks are alike (identical blocks would be
 * parsed once and flatter the engine).
 */
export function generateLongDocument(paragraphs: readonly string[], targetChars: number, seed: number): string {
  const rng = new Prng(seed);
  const parts: string[] = [];
  let length = 0;
  for (let id = 0; length < targetChars; id++) {
    const story = new Story(rng, id);
    const heading = `## ${story.rewrite(rng.pick(paragraphs), 0).split(/\s+/).slice(0, 8).join(' ')}`;
    parts.push(heading);
    length += heading.length + 2;
    const count = rng.int(8, 14);
    for (let i = 0; i < count && length < targetChars; i++) {
      const paragraph = story.rewrite(rng.pick(paragraphs), 0.3);
      parts.push(paragraph);
      length += paragraph.length + 2;
    }
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * A long draft on the corpus's own stories: the seed paragraphs in turn, each numbered so that no two
 * blocks are alike. Unlike `generateLongDocument`'s invented stories, it relates to the seed articles,
 * so the claim rules compare its claims with theirs on every analysis.
 */
export function relatedLongDocument(paragraphs: readonly string[], targetChars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < targetChars; i++) {
    const paragraph = `${paragraphs[i % paragraphs.length]!} (${i})`;
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  return `${parts.join('\n\n')}\n`;
}
