import { PhraseMatcher } from '../../engine/phrase-matcher';
import LEXICON_JSON from './lexicon.json';

/** Kinds of loaded wording; each has a name for messages and hovers. */
export type LoadedCategory = 'label' | 'attribution-verb' | 'intensifier' | 'editorial' | 'certainty';

/** How each category is named in messages. */
export const CATEGORY_NAMES: Readonly<Record<LoadedCategory, string>> = {
  label: 'label',
  'attribution-verb': 'verb of attribution',
  intensifier: 'intensifier',
  editorial: 'editorial comment',
  certainty: 'certainty framing',
};

/** One term of the lexicon (see `lexicon.json` for the meaning of each field). */
export interface LoadedTerm {
  term: string;
  category: LoadedCategory;
  reason: string;
  neutral?: string;
  /** `attribution`: flag only where the verb attributes speech ("claimed that", not "claimed responsibility"). */
  context?: 'attribution';
}

/** The lexicon file's shape: versioned data, edited without touching the detector. */
export interface LoadedLexiconData {
  version: number;
  slots: Record<string, string[]>;
  /** Phrases that contain a term in a neutral sense ("sanctions regime"). */
  unless: string[];
  entries: LoadedTerm[];
  /** -ing words that are adjectives after "to" ("conceded to mounting pressure"), not gerunds of a confession. */
  adjectivalParticiples: string[];
}

/** The bundled lexicon (esbuild inlines the JSON at build time). */
export const LOADED_LEXICON = LEXICON_JSON as LoadedLexiconData;

/** See `LoadedLexiconData.adjectivalParticiples`. */
export const ADJECTIVAL_PARTICIPLES: ReadonlySet<string> = new Set(LOADED_LEXICON.adjectivalParticiples);

/** A lexicon ready for matching: one matcher for the terms, one for their neutral uses. */
export interface CompiledLexicon {
  /** Distinguishes lexicons built from different options, for per-block memo keys. */
  key: string;
  terms: PhraseMatcher;
  /** Entries by normalised term (`normalizeTerm`), to find the entry of a match. */
  byTerm: ReadonlyMap<string, LoadedTerm>;
  unless: PhraseMatcher;
}

const CATEGORIES = new Set(Object.keys(CATEGORY_NAMES));

/** Lower-cases and folds whitespace and apostrophes, so a match finds its entry. */
export function normalizeTerm(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'").trim();
}

/**
 * Builds the lexicon for a run: the bundled entries plus the user's `extraTerms` (strings or
 * `{term, category?, reason?, neutral?}`), minus `ignoreTerms`. A user term replaces a bundled
 * entry with the same wording. A user term is read as its words only (punctuation and regex syntax
 * dropped) and compiled as an escaped literal, so settings cannot inject patterns.
 */
export function buildLexicon(options: Readonly<Record<string, unknown>>, base: LoadedLexiconData = LOADED_LEXICON): CompiledLexicon {
  const extra = readExtraTerms(options.extraTerms);
  const ignore = new Set(readStrings(options.ignoreTerms, 'ignoreTerms').map(normalizeTerm));
  const byTerm = new Map<string, LoadedTerm>();
  for (const entry of [...base.entries, ...extra]) {
    const key = normalizeTerm(entry.term);
    if (key && !ignore.has(key)) byTerm.set(key, entry);
  }
  return {
    key: extra.length || ignore.size ? JSON.stringify([extra, [...ignore]]) : 'default',
    terms: new PhraseMatcher([...byTerm.keys()]),
    byTerm,
    unless: new PhraseMatcher(base.unless, base.slots),
  };
}

/** A word as user terms are read: letters and digits, with inner apostrophes and hyphens ("don't", "job-killing"). */
const USER_WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** A user term as its words only: punctuation and regex syntax ("(a+)+$", "{x}") are not part of it. */
function userWords(term: string): string {
  return [...term.matchAll(USER_WORD)].map((m) => m[0]).join(' ');
}

function readExtraTerms(value: unknown): LoadedTerm[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error('option extraTerms must be an array of terms');
  return value.map((item, i) => readExtraTerm(item, i)).filter((t) => t.term);
}

function readExtraTerm(item: unknown, i: number): LoadedTerm {
  if (typeof item === 'string') return { term: userWords(item), category: 'label', reason: 'Listed as loaded wording in your settings' };
  if (!item || typeof item !== 'object' || typeof (item as LoadedTerm).term !== 'string') {
    throw new Error(`option extraTerms[${i}] must be a string or an object with a "term" string`);
  }
  const { term, category = 'label', reason = 'Listed as loaded wording in your settings', neutral, context } = item as Partial<LoadedTerm>;
  if (!CATEGORIES.has(category)) throw new Error(`option extraTerms[${i}].category must be one of ${[...CATEGORIES].join(', ')}`);
  return { term: userWords(term!), category, reason, ...(typeof neutral === 'string' ? { neutral } : {}), ...(context === 'attribution' ? { context } : {}) };
}

function readStrings(value: unknown, name: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new Error(`option ${name} must be an array of strings`);
  return value as string[];
}
