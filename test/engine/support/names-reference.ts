// findNames as it was before it read names on token indexes (slices, filters and spreads): the reference the index-based one must match.
import { HONORIFICS, NAME_CONNECTORS, NOT_NAMES, ORG_WORDS, TITLE_HEADS } from '../../../src/engine/claims/lexicon';
import type { Token } from '../../../src/engine/claims/tokens';
import { tokenAt } from './claims-tokens-reference';
import { endsPossessive } from '../../../src/engine/claims/word-ends';

/** `word.replace(/\.$/, '')` without a regex, as the former findNames had it (the current one looks honorifics up by token). */
export function withoutPeriod(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

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
const OPEN_QUOTES = new Set(['"', '“', '‘', "'"]);
const CLOSE_QUOTES = new Set(['"', '”', '’', "'"]);
const PLACE_BEFORE = new Set(['in', 'near', 'across', 'outside', 'from', 'town', 'city', 'village', 'state', 'province', 'county']);
/** Words after a capitalised word that show it is a name, not a demonym adjective ("Adrian is", "Adrian said"). */
const AFTER_NAME = new Set(['is', 'was', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'said', 'says', 'told', 'added', 'and', 'or', 'who', 'which', 'of', 'in', 'to', 'at', 'on', 'for', 'with', 'by', 'from', 'as', 'did', 'does', 'also', 'then', 'later', 'himself', 'herself', 'wrote', 'called', 'spent', 'resigned', 'joined', 'left']);

/**
 * Two words of one name are apart by spaces or tabs and at most one line break: what
 * `/^[ \t]*(?:\r?\n)?[ \t]*$/` accepts of a non-empty gap, read in place (every pair of capitalised words asks).
 */
function gapOk(text: string, a: Token, b: Token): boolean {
  const end = b.start;
  let at = skipBlanks(text, a.end, end);
  if (at + 1 < end && text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a) at += 2;
  else if (at < end && text.charCodeAt(at) === 0x0a) at++;
  return a.end < end && skipBlanks(text, at, end) === end;
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

function isNameWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word' && t.cap;
}

/** Finds proper names in a sentence from runs of capitalised words. */
export function findNames(text: string, tokens: readonly Token[]): NameHit[] {
  const hits: NameHit[] = [];
  const firstWord = tokens.findIndex((t) => t.kind === 'word' || t.kind === 'number');
  let i = 0;
  while (i < tokens.length) {
    // Quotation marks are punctuation tokens; a word's text need not be looked up (hashed).
    const quotedStart = tokens[i]!.kind === 'punct' && OPEN_QUOTES.has(tokens[i]!.text) && isNameWord(tokens[i + 1]) ? i : -1;
    const begin = quotedStart >= 0 ? i + 1 : i;
    if (!isNameWord(tokens[begin])) {
      i++;
      continue;
    }
    const run: number[] = [begin];
    let nickname: NameHit['nickname'];
    let j = begin;
    for (;;) {
      const next = tokens[j + 1];
      if (isNameWord(next) && gapOk(text, tokens[j]!, next)) {
        run.push(++j);
        continue;
      }
      // Connectors inside a name: "Department of Defense", "Centers for Disease Control and Prevention".
      if (next?.kind === 'word' && !next.cap && NAME_CONNECTORS.has(next.lower) && gapOk(text, tokens[j]!, next)) {
        let k = j + 1;
        while (tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.cap && NAME_CONNECTORS.has(tokens[k + 1]!.lower) && k - j < 2) k++;
        // "the" joins only after "of" ("Office of the Mayor"); "X and the Y" is two names.
        const joined = tokens.slice(j + 1, k + 1).map((t) => t.lower).join(' ');
        if ((joined === 'of the' || !joined.includes('the')) && isNameWord(tokens[k + 1]) && gapOk(text, tokens[k]!, tokens[k + 1]!)) {
          for (let x = j + 1; x <= k + 1; x++) run.push(x);
          j = k + 1;
          continue;
        }
      }
      // A nickname in quotes between first name and surname: First "Nick" Surname.
      if (next?.kind === 'punct' && OPEN_QUOTES.has(next.text) && !nickname) {
        let k = j + 2;
        while (isNameWord(tokens[k]) && k - j < 6) k++;
        if (k > j + 2 && tokens[k] && CLOSE_QUOTES.has(tokens[k]!.text) && isNameWord(tokens[k + 1])) {
          nickname = { text: text.slice(tokens[j + 2]!.start, tokens[k - 1]!.end), start: tokens[j + 2]!.start, end: tokens[k - 1]!.end };
          run.push(k + 1);
          j = k + 1;
          continue;
        }
      }
      break;
    }
    i = j + 1;
    const quoted = quotedStart >= 0 && tokens[j + 1] !== undefined && CLOSE_QUOTES.has(tokens[j + 1]!.text);
    const hit = shape(text, tokens, run, begin === firstWord, quoted, nickname);
    if (hit) hits.push(...hit);
  }
  return hits;
}

function shape(text: string, tokens: readonly Token[], run: number[], initial: boolean, quoted: boolean, nickname: NameHit['nickname']): NameHit[] | undefined {
  let words: Token[] = [];
  for (const x of run) if (tokens[x]!.kind === 'word') words.push(tokens[x]!);
  let honorific = false;
  let isInitial = initial;
  // Leading function words and honorifics are not part of the name.
  while (words.length && (NOT_NAMES.has(words[0]!.lower) || HONORIFICS.has(withoutPeriod(words[0]!.lower)))) {
    if (HONORIFICS.has(words[0]!.lower)) honorific = true;
    words = words.slice(1);
    isInitial = false;
  }
  while (words.length && (NAME_CONNECTORS.has(words[words.length - 1]!.lower) || NOT_NAMES.has(words[words.length - 1]!.lower))) words = words.slice(0, -1);
  if (!words.length) return undefined;
  // "and"/"for" join two names unless the whole is an organisation's name ("Food and Drug Administration").
  const last = words[words.length - 1]!.lower;
  const joiner = words.findIndex((w, x) => x > 0 && !w.cap && (w.lower === 'and' || w.lower === 'for'));
  if (joiner > 0 && !ORG_WORDS.has(last)) {
    const left = shape(text, tokens, run.filter((x) => tokens[x]!.start < words[joiner]!.start), isInitial, false, nickname);
    const right = shape(text, tokens, run.filter((x) => tokens[x]!.start > words[joiner]!.start), false, false, undefined);
    return [...(left ?? []), ...(right ?? [])];
  }
  let title: NameHit['title'];
  let titleEnd = -1;
  words.forEach((w, x) => {
    if (TITLE_WORDS.has(w.lower) && x < words.length - 1 && words[x + 1]!.cap) titleEnd = x;
  });
  if (titleEnd >= 0 && !words.slice(titleEnd + 1).some((w) => ORG_WORDS.has(w.lower))) {
    title = { start: words[0]!.start, end: words[titleEnd]!.end, words: words.slice(0, titleEnd + 1).map((w) => w.text) };
    words = words.slice(titleEnd + 1);
    isInitial = false;
  }
  // "the role of Acme CEO": a title after the name belongs to the phrase, not to the name.
  while (words.length > 1 && TITLE_WORDS.has(words[words.length - 1]!.lower)) words = words.slice(0, -1);
  if (words.length === 1 && TITLE_WORDS.has(words[0]!.lower)) return undefined;
  // "CEO of Acme Robotics": the title phrase is not a name; the organisation after it is.
  if (TITLE_WORDS.has(words[0]!.lower) && words[1] && !words[1].cap) {
    const rest = words.findIndex((w, x) => x > 0 && w.cap);
    return rest < 0 ? undefined : shape(text, tokens, run.filter((x) => tokens[x]!.start >= words[rest]!.start), false, false, undefined);
  }
  const first = words[0]!;
  const lastWord = words[words.length - 1]!;
  // Tokens are ordered by offset: a binary search finds a word's neighbours without scanning the sentence.
  const next = tokens[tokenAt(tokens, lastWord.start) + 1];
  // "Peruvian authorities": a demonym is an adjective, not a name.
  if (words.length === 1 && next?.kind === 'word' && !next.cap && !AFTER_NAME.has(next.lower) && endsLikeDemonym(first.lower)) return undefined;
  const end = lastWord.end - (endsPossessive(lastWord.text) ? 2 : 0);
  const prev = tokens[tokenAt(tokens, first.start) - 1];
  let capitals = 0;
  for (const w of words) if (w.cap) capitals++;
  const isOrg = words.some((w) => ORG_WORDS.has(w.lower)) || (words.length === 1 && /^[A-Z][A-Z0-9&.-]+$/.test(first.text));
  const kind: NameHit['kind'] = isOrg ? 'org' : honorific || title || nickname || capitals >= 2 ? 'person' : prev && PLACE_BEFORE.has(prev.lower) ? 'place' : 'unknown';
  return [{ start: first.start, end, words: words.map((w) => (endsPossessive(w.text) ? w.text.slice(0, -2) : w.text)), nickname, title, honorific, initial: isInitial, quoted, kind: isOrg ? 'org' : kind }];
}
