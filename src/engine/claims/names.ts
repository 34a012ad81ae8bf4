import { isAsciiLetter } from '../ascii';
import { HONORIFICS, NAME_CONNECTORS, NOT_NAMES, ORG_WORDS, TITLE_HEADS } from './lexicon';
import { isAcronymCode, PUNCT, type SentenceTokens } from './tokens';
import { endsPossessive } from './word-ends';
import { AsciiWordBits, hashStep } from './word-starts';

/** A proper name in a sentence (sentence-relative offsets), with the title and nickname around it. */
export interface NameHit {
  start: number;
  end: number;
  /** Name words as written, connectors included ("Department", "of", "Defense"). */
  words: string[];
  /** A nickname given inside the name (Joaquín "El Zorro" Beltrán). */
  nickname?: { text: string; start: number; end: number };
  /** The title words written before the name ("Transport Minister", "Acme Robotics CEO"). */
  title?: { start: number; end: number; words: string[] };
  honorific: boolean;
  /** The name is the first word of its sentence, so its capital proves nothing. */
  initial: boolean;
  /** The whole name was in quotation marks ('El Tigre'). */
  quoted: boolean;
  kind: 'person' | 'org' | 'place' | 'unknown';
}

const TITLE_WORDS = new Set(TITLE_HEADS.flatMap((t) => t.split(' ')).filter((w) => !['general', 'of', 'the'].includes(w)).concat(['pm', 'general']));
/** Quotation marks by char code (`isQuote`); each is a single code unit. */
const OPEN_QUOTES = new Set(['"', '“', '‘', "'"].map((q) => q.charCodeAt(0)));
const CLOSE_QUOTES = new Set(['"', '”', '’', "'"].map((q) => q.charCodeAt(0)));
const PLACE_BEFORE = new Set(['in', 'near', 'across', 'outside', 'from', 'town', 'city', 'village', 'state', 'province', 'county']);
/** Words after a capitalised word that show it is a name, not a demonym adjective ("Adrian is", "Adrian said"). */
const AFTER_NAME = new Set(['is', 'was', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'said', 'says', 'told', 'added', 'and', 'or', 'who', 'which', 'of', 'in', 'to', 'at', 'on', 'for', 'with', 'by', 'from', 'as', 'did', 'does', 'also', 'then', 'later', 'himself', 'herself', 'wrote', 'called', 'spent', 'resigned', 'joined', 'left']);

// What a word is to name finding, a bit per list, looked up once per token of a sentence.
const NOT_NAME = 1;
const HONORIFIC = 2;
/** An honorific once a final period is dropped ("dr."). */
const HONORIFIC_BARE = 4;
const CONNECTOR = 8;
const TITLE_WORD = 16;
const ORG = 32;
const PLACE_WORD = 64;
const AFTER_NAME_WORD = 128;
const CLASS_OF = new Map<string, number>();
const addClass = (words: Iterable<string>, bit: number) => {
  for (const word of words) CLASS_OF.set(word, (CLASS_OF.get(word) ?? 0) | bit);
};
addClass(NOT_NAMES, NOT_NAME);
addClass(HONORIFICS, HONORIFIC | HONORIFIC_BARE);
addClass([...HONORIFICS].map((h) => `${h}.`), HONORIFIC_BARE);
addClass(NAME_CONNECTORS, CONNECTOR);
addClass(TITLE_WORDS, TITLE_WORD);
addClass(ORG_WORDS, ORG);
addClass(PLACE_BEFORE, PLACE_WORD);
addClass(AFTER_NAME, AFTER_NAME_WORD);
/** The words of `CLASS_OF` made of ASCII letters alone, looked up in place in a token of such letters. */
const LETTER_WORD_CLASS = new AsciiWordBits();
for (const [word, bits] of CLASS_OF) if (/^[a-z]+$/.test(word)) LETTER_WORD_CLASS.add(word, bits);

/** The classes of the tokens of the sentence being read, valid where `classStamps` holds `sentence`. */
let classes = new Int32Array(128);
let classStamps = new Int32Array(128);
let sentence = 0;

/**
 * The lists token `i` (its `lower` form) belongs to: one Map lookup per token, instead of a Set
 * lookup per list each time shaping asks about the word.
 */
function wordClass(list: SentenceTokens, i: number): number {
  if (i >= classes.length) {
    const size = Math.max(i + 1, classes.length * 2);
    classes = new Int32Array(size);
    classStamps = new Int32Array(size);
  }
  if (classStamps[i] === sentence) return classes[i]!;
  // A token of ASCII letters alone is its lower case letter for letter: no string is made for it.
  const start = list.starts[i]!;
  const end = list.ends[i]!;
  // The letters are hashed as they are checked: the lookup needs no second pass over them.
  let letters = start;
  let hash = 0;
  for (let c = list.text.charCodeAt(letters); letters < end && isAsciiLetter(c); c = list.text.charCodeAt(++letters)) hash = hashStep(hash, c);
  const bits = letters === end ? LETTER_WORD_CLASS.bitsByHash(list.text, start, end, hash) : CLASS_OF.get(list.lower(i)) ?? 0;
  classes[i] = bits;
  classStamps[i] = sentence;
  return bits;
}

/**
 * Two words of one name are apart by spaces or tabs and at most one line break: what
 * `/^[ \t]*(?:\r?\n)?[ \t]*$/` accepts of a non-empty gap, read in place (every pair of capitalised words asks).
 */
function gapOk(text: string, from: number, end: number): boolean {
  let at = skipBlanks(text, from, end);
  if (at + 1 < end && text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a) at += 2;
  else if (at < end && text.charCodeAt(at) === 0x0a) at++;
  return from < end && skipBlanks(text, at, end) === end;
}

/** The offset after the spaces and tabs from `at`, up to `end`. */
function skipBlanks(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i;
}

/**
 * Whether a lower-case word, up to its first hyphen, ends as a demonym does ("peruvian", "japanese",
 * "british", "iraqi"): `/(?:an|ian|ese|ish|i)$/` on that part, read by char codes without splitting.
 */
export function endsLikeDemonym(lower: string): boolean {
  const hyphen = lower.indexOf('-');
  const end = hyphen < 0 ? lower.length : hyphen;
  if (end < 1) return false;
  // "ian" ends in "an": the endings to test are "i", "an", "ese" and "ish".
  const last = lower.charCodeAt(end - 1);
  if (last === 0x69) return true;
  if (end < 2) return false;
  const before = lower.charCodeAt(end - 2);
  if (last === 0x6e) return before === 0x61;
  if (end < 3) return false;
  const third = lower.charCodeAt(end - 3);
  return (last === 0x65 && before === 0x73 && third === 0x65) || (last === 0x68 && before === 0x73 && third === 0x69);
}

/**
 * Token indices of the name run being read: one buffer for every sentence, since a run is shaped
 * before the next is read. A run holds its words by index, so no token object is made for them.
 */
let RUN = new Int32Array(64);

/** Finds proper names in a sentence from runs of capitalised words. */
export function findNames(list: SentenceTokens): NameHit[] {
  const { text, starts, ends, count } = list;
  const hits: NameHit[] = [];
  sentence++;
  if (RUN.length < count) RUN = new Int32Array(count * 2);
  const run = RUN;
  let firstWord = 0;
  while (firstWord < count && list.kind(firstWord) === PUNCT) firstWord++;
  let i = 0;
  while (i < count) {
    const quotedStart = isQuote(list, i, OPEN_QUOTES) && list.capWord(i + 1) ? i : -1;
    const begin = quotedStart >= 0 ? i + 1 : i;
    if (!list.capWord(begin)) {
      i++;
      continue;
    }
    // The run's tokens are all words: shape reads them as one array, by index ranges.
    let length = 0;
    run[length++] = begin;
    let nickname: NameHit['nickname'];
    let j = begin;
    for (;;) {
      if (list.capWord(j + 1) && gapOk(text, ends[j]!, starts[j + 1]!)) {
        run[length++] = ++j;
        continue;
      }
      // Connectors inside a name: "Department of Defense", "Centers for Disease Control and Prevention".
      if (list.plainWord(j + 1) && wordClass(list, j + 1) & CONNECTOR && gapOk(text, ends[j]!, starts[j + 1]!)) {
        let k = j + 1;
        while (list.plainWord(k + 1) && wordClass(list, k + 1) & CONNECTOR && k - j < 2) k++;
        // "the" joins only after "of" ("Office of the Mayor"); "X and the Y" is two names.
        const joined = k === j + 1 ? list.lower(k) : `${list.lower(j + 1)} ${list.lower(k)}`;
        if ((joined === 'of the' || !joined.includes('the')) && list.capWord(k + 1) && gapOk(text, ends[k]!, starts[k + 1]!)) {
          for (let x = j + 1; x <= k + 1; x++) run[length++] = x;
          j = k + 1;
          continue;
        }
      }
      // A nickname in quotes between first name and surname: First "Nick" Surname.
      if (isQuote(list, j + 1, OPEN_QUOTES) && !nickname) {
        let k = j + 2;
        while (list.capWord(k) && k - j < 6) k++;
        if (k > j + 2 && isQuote(list, k, CLOSE_QUOTES) && list.capWord(k + 1)) {
          nickname = { text: text.slice(starts[j + 2], ends[k - 1]), start: starts[j + 2]!, end: ends[k - 1]! };
          run[length++] = k + 1;
          j = k + 1;
          continue;
        }
      }
      break;
    }
    i = j + 1;
    const quoted = quotedStart >= 0 && isQuote(list, j + 1, CLOSE_QUOTES);
    shape(list, run, 0, length, begin === firstWord, quoted, nickname, hits);
  }
  return hits;
}

/**
 * Only a punctuation token can be a quotation mark: words start with a letter, numbers with a digit.
 * Every mark is one code unit, so the token's one code unit is looked at in place: slicing each
 * punctuation mark of a sentence to look it up made a string per comma.
 */
function isQuote(list: SentenceTokens, x: number, marks: ReadonlySet<number>): boolean {
  if (list.kind(x) !== PUNCT) return false;
  const start = list.starts[x]!;
  return list.ends[x] === start + 1 && marks.has(list.text.charCodeAt(start));
}

/**
 * Shapes the name words `run[from..to)` (token indices) into hits, pushed onto `out`. A split ("X
 * and Y", "CEO of Acme") shapes sub-ranges of the same run, so no word array is copied.
 */
function shape(list: SentenceTokens, run: Int32Array, from: number, to: number, initial: boolean, quoted: boolean, nickname: NameHit['nickname'], out: NameHit[]): void {
  let lo = from;
  let hi = to;
  let honorific = false;
  let isInitial = initial;
  // Leading function words and honorifics are not part of the name.
  while (lo < hi && wordClass(list, run[lo]!) & (NOT_NAME | HONORIFIC_BARE)) {
    if (wordClass(list, run[lo]!) & HONORIFIC) honorific = true;
    lo++;
    isInitial = false;
  }
  while (lo < hi && wordClass(list, run[hi - 1]!) & (CONNECTOR | NOT_NAME)) hi--;
  if (lo === hi) return;
  // "and"/"for" join two names unless the whole is an organisation's name ("Food and Drug Administration").
  let joiner = -1;
  for (let x = lo + 1; x < hi; x++) {
    const w = run[x]!;
    if (!list.cap(w) && (list.lower(w) === 'and' || list.lower(w) === 'for')) {
      joiner = x;
      break;
    }
  }
  if (joiner > 0 && !(wordClass(list, run[hi - 1]!) & ORG)) {
    shape(list, run, from, joiner, isInitial, false, nickname, out);
    shape(list, run, joiner + 1, to, false, false, undefined, out);
    return;
  }
  let title: NameHit['title'];
  let titleEnd = -1;
  for (let x = lo; x < hi - 1; x++) if (wordClass(list, run[x]!) & TITLE_WORD && list.cap(run[x + 1]!)) titleEnd = x;
  if (titleEnd >= 0 && !someOrgWord(list, run, titleEnd + 1, hi)) {
    const words = new Array<string>(titleEnd + 1 - lo);
    for (let x = lo; x <= titleEnd; x++) words[x - lo] = list.tokenText(run[x]!);
    title = { start: list.starts[run[lo]!]!, end: list.ends[run[titleEnd]!]!, words };
    lo = titleEnd + 1;
    isInitial = false;
  }
  // "the role of Acme CEO": a title after the name belongs to the phrase, not to the name.
  while (hi - lo > 1 && wordClass(list, run[hi - 1]!) & TITLE_WORD) hi--;
  if (hi - lo === 1 && wordClass(list, run[lo]!) & TITLE_WORD) return;
  // "CEO of Acme Robotics": the title phrase is not a name; the organisation after it is.
  if (wordClass(list, run[lo]!) & TITLE_WORD && lo + 1 < hi && !list.cap(run[lo + 1]!)) {
    let rest = lo + 1;
    while (rest < hi && !list.cap(run[rest]!)) rest++;
    if (rest < hi) shape(list, run, rest, to, false, false, undefined, out);
    return;
  }
  const first = run[lo]!;
  const lastWord = run[hi - 1]!;
  const next = lastWord + 1;
  // "Peruvian authorities": a demonym is an adjective, not a name.
  if (hi - lo === 1 && list.plainWord(next) && !(wordClass(list, next) & AFTER_NAME_WORD) && endsLikeDemonym(list.lower(first))) return;
  // Sized up front: a name has a word or three, and a first push would reserve room for seventeen.
  const words = new Array<string>(hi - lo);
  let capitals = 0;
  let end = 0;
  for (let x = lo; x < hi; x++) {
    const w = run[x]!;
    if (list.cap(w)) capitals++;
    const word = list.tokenText(w);
    const possessive = endsPossessive(word);
    words[x - lo] = possessive ? word.slice(0, -2) : word;
    if (x === hi - 1) end = list.ends[w]! - (possessive ? 2 : 0);
  }
  const prev = first - 1;
  const isOrg = someOrgWord(list, run, lo, hi) || (hi - lo === 1 && isCapitalsCode(list.text, list.starts[first]!, list.ends[first]!));
  const kind: NameHit['kind'] = isOrg ? 'org' : honorific || title || nickname || capitals >= 2 ? 'person' : prev >= 0 && wordClass(list, prev) & PLACE_WORD ? 'place' : 'unknown';
  out.push({ start: list.starts[first]!, end, words, nickname, title, honorific, initial: isInitial, quoted, kind: isOrg ? 'org' : kind });
}

/** What `/^[A-Z][A-Z0-9&.-]+$/` says of `text` from `start` to `end` ("NASA", "A&B", "U.S"), read in place. */
export function isCapitalsCode(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const first = text.charCodeAt(start);
  if (first < 0x41 || first > 0x5a) return false;
  for (let at = start + 1; at < end; at++) if (!isAcronymCode(text.charCodeAt(at))) return false;
  return true;
}

function someOrgWord(list: SentenceTokens, run: Int32Array, from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (wordClass(list, run[x]!) & ORG) return true;
  return false;
}
