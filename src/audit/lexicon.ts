/**
 * Data for the sourcing audit: which words in a speaker's description say what kind of voice they
 * are, and which words make a description a role. Lower-case, whole words; tune here, not in logic.
 */
import type { VoiceKind } from './types';

/**
 * Cue words per kind of voice, checked in this order; the first kind with a cue in the speaker's
 * name, role or organisation wins. Former officials speak as commentators, so `former` moves an
 * official's voice to `expert` (see `FORMER_WORDS`).
 */
export const VOICE_CUES: ReadonlyArray<readonly [VoiceKind, readonly string[]]> = [
  ['government', [
    'official', 'officials', 'government', 'administration', 'minister', 'ministry', 'secretary', 'secretariat', 'president', 'prime minister', 'premier', 'chancellor',
    'spokesperson', 'spokesman', 'spokeswoman', 'press secretary', 'ambassador', 'embassy', 'consulate', 'diplomat', 'envoy', 'general', 'brigadier', 'colonel', 'major general',
    'admiral', 'commander', 'military', 'army', 'navy', 'air force', 'armed forces', 'police', 'sheriff', 'defense', 'defence', 'department', 'agency', 'authority', 'authorities',
    'senator', 'lawmaker', 'lawmakers', 'legislator', 'congressman', 'congresswoman', 'representative', 'governor', 'mayor', 'council', 'councillor', 'councilman', 'councilwoman',
    'prosecutor', 'prosecutors', 'attorney general', 'white house', 'state department', 'pentagon', 'task force', 'cabinet', 'parliament', 'mp', 'regulator', 'regulators',
    'commission', 'commissioner', 'inspector', 'national guard', 'fbi', 'cia', 'dea', 'fda', 'interior', 'treasury', 'judge', 'court',
  ]],
  ['expert', [
    'analyst', 'analysts', 'expert', 'experts', 'professor', 'researcher', 'researchers', 'economist', 'scientist', 'scholar', 'fellow', 'consultant', 'think tank', 'institute',
    'university', 'academic', 'strategist', 'specialist', 'historian', 'author', 'crisis group', 'research', 'lecturer', 'epidemiologist', 'physician', 'doctor', 'lawyer',
    'attorney',
  ]],
  ['affected', [
    'resident', 'residents', 'witness', 'witnesses', 'victim', 'victims', 'survivor', 'survivors', 'relative', 'relatives', 'mother', 'father', 'son', 'daughter', 'wife', 'husband',
    'brother', 'sister', 'widow', 'family', 'neighbour', 'neighbor', 'worker', 'workers', 'guard', 'driver', 'passenger', 'passengers', 'student', 'students', 'parent', 'parents',
    'shopkeeper', 'owner', 'farmer', 'farmers', 'patient', 'patients', 'customer', 'customers', 'employee', 'employees', 'commuter', 'tourist', 'protester', 'protesters', 'villager',
    'migrant', 'refugee', 'user', 'users', 'teen', 'teenager', 'vendor', 'fisherman', 'fishermen', 'fisherwoman', 'fishers', 'tenant', 'tenants',
  ]],
];

/** Words that make an official's description that of a former office-holder. */
export const FORMER_WORDS: ReadonlySet<string> = new Set(['former', 'retired', 'ex', 'onetime', 'one-time', 'then']);

/**
 * Words that make a run of words before a name a role or title ("White House Press Secretary",
 * "Former DEA official", "director"). A run without one of them is not taken as a role.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'minister', 'secretary', 'undersecretary', 'premier', 'chancellor', 'governor', 'mayor', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman',
  'councillor', 'ambassador', 'envoy', 'attorney', 'judge', 'justice', 'commissioner', 'director', 'chairman', 'chairwoman', 'chair', 'chairperson', 'ceo', 'cfo', 'coo', 'cto',
  'executive', 'founder', 'co-founder', 'spokesperson', 'spokesman', 'spokeswoman', 'adviser', 'advisor', 'aide', 'head', 'leader', 'chief', 'official', 'analyst', 'researcher',
  'professor', 'prof', 'dr', 'economist', 'strategist', 'lawyer', 'general', 'gen', 'brig', 'brigadier', 'colonel', 'col', 'major', 'maj', 'lieutenant', 'lt', 'captain', 'capt',
  'commander', 'admiral', 'sergeant', 'sgt', 'officer', 'detective', 'inspector', 'superintendent', 'sheriff', 'deputy', 'prosecutor', 'manager', 'coach', 'editor', 'reporter',
  'correspondent', 'king', 'queen', 'prince', 'pope', 'bishop', 'archbishop', 'rabbi', 'imam', 'fellow', 'scientist', 'doctor', 'nurse', 'teacher', 'principal', 'owner', 'partner',
  'resident', 'student', 'worker', 'guard', 'driver', 'farmer', 'mother', 'father', 'witness', 'survivor', 'expert', 'specialist', 'historian', 'author', 'lecturer', 'mp',
]);

/** Lower-case words that may sit inside a title before a name ("former", "senior", "press"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['former', 'senior', 'deputy', 'acting', 'interim', 'assistant', 'associate', 'chief', 'press', 'state', 'top', 'then', 'retired', 'security', 'defense', 'defence', 'foreign', 'interior', 'finance', 'health', 'general', 'executive', 'managing', 'vice', 'of', 'the', 'and', 'for', 'police', 'city', 'regional', 'national', 'local']);

/** Words that refer back to a speaker already introduced ("the official", "the second official"). */
export const DEFINITE_WORDS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'same']);

/** Words that introduce a new unnamed person ("a U.S. official", "another source"). */
export const INDEFINITE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one', 'two', 'three', 'four', 'five', 'several', 'some']);

/** Words dropped when comparing unnamed-source descriptions ("A former U.S. official" ~ "the former official"). */
export const DESCRIPTION_STOPWORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'one', 'same', 'who', 'said', 'told', 'added', 'says', 'according', 'to']);

/** Ordinals that make a description a new, different source ("a second official"). */
export const ORDINALS: ReadonlySet<string> = new Set(['second', 'third', 'fourth', 'fifth', 'another', 'other']);

/**
 * Heads of institutions that speak for themselves in lower case ("police said", "the coast guard
 * said"): sources, though not capitalised names. Other lower-case speakers are left out, since a
 * misparse can make one of "half a dozen states".
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'police', 'authorities', 'government', 'ministry', 'army', 'military', 'navy', 'guard', 'prosecutors', 'prosecutor', 'court', 'firefighters', 'rescuers',
  'company', 'firm', 'operator', 'agency', 'department', 'council', 'commission', 'regulator', 'regulators', 'hospital', 'embassy', 'coroner', 'sheriff',
  'airline', 'union', 'university', 'school', 'district', 'municipality', 'administration', 'secretariat', 'office', 'service', 'services', 'board',
]);

/** Capitalised words that never belong to a person's or body's name ("The NYT", "In Paris"). */
export const NAME_STOPWORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'in', 'on', 'at', 'of', 'for', 'and', 'but',
  'or', 'as', 'to', 'by', 'with', 'from', 'according', 'after', 'before', 'while', 'when', 'if', 'so', 'then', 'also', 'meanwhile', 'however',
]);
