/**
 * Data for claim extraction: number words, calendar words, hedges, event triggers, units, titles
 * and name cues. Tune these lists, not the extraction logic. Everything is lower-case.
 */

/** Cardinal number words. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12, 'a dozen': 12, 'half a dozen': 6, 'a hundred': 100, hundred: 100, 'a thousand': 1000,
};

/** Words that multiply the number before them. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};

/** Words before a number that bound or soften it, and how. */
export const HEDGES: Readonly<Record<string, 'approximate' | 'at-least' | 'at-most' | 'nearly'>> = {
  'at least': 'at-least', 'more than': 'at-least', 'over': 'at-least', 'upwards of': 'at-least', 'in excess of': 'at-least',
  'no fewer than': 'at-least', 'no less than': 'at-least', 'just over': 'at-least', 'well over': 'at-least', 'as many as': 'at-most',
  'at most': 'at-most', 'up to': 'at-most', 'fewer than': 'at-most', 'less than': 'at-most', 'no more than': 'at-most', 'under': 'at-most', 'just under': 'nearly',
  'nearly': 'nearly', 'almost': 'nearly', 'close to': 'nearly', 'not quite': 'nearly',
  'about': 'approximate', 'around': 'approximate', 'roughly': 'approximate', 'approximately': 'approximate', 'some': 'approximate',
  'an estimated': 'approximate', 'estimated': 'approximate', 'an approximate': 'approximate', 'circa': 'approximate', 'about some': 'approximate',
};

/** Relative tolerance of an approximate figure ("roughly 3 million" is 2.85 to 3.15 million). */
export const APPROXIMATE_TOLERANCE = 0.05;

/** Words after a number that make it part of something else than a total ("four other makers", "three more"). */
export const PARTIAL_AFTER = new Set(['other', 'others', 'more', 'additional', 'another', 'further', 'extra', 'new']);

/** Phrases after which figures are earlier values, not the current claim ("up from 1.7 million"). */
export const PREVIOUS_VALUE_CUES = ['up from', 'down from', 'compared with', 'compared to', 'versus', 'from a', 'as against', 'respectively'];

/** Month names, January first. */
export const MONTHS: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Month abbreviations (with or without a period in the text). */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 0, feb: 1, mar: 2, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11,
};
/** Month names then abbreviations: every word a date's month can be. */
export const MONTH_WORDS: readonly string[] = [...MONTHS, ...Object.keys(MONTH_ABBREVIATIONS)];

/** The month (January 0) a month name or abbreviation stands for, in any case and with or without a final period; -1 for other words. */
export function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(w);
  return full >= 0 ? full : MONTH_ABBREVIATIONS[w] ?? -1;
}
/** Weekday names, Sunday first (as `Date#getUTCDay` counts). */
export const WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Words that put a statement in the future, for resolving "in January" and "on Sunday". */
export const FUTURE_CUES = ['will', "'ll", '’ll', 'is to', 'are to', 'is expected to', 'are expected to', 'is set to', 'are set to', 'plans to', 'plan to', 'is scheduled to', 'going to', 'intends to', 'would', 'upcoming', 'next'];
/** Verbs of saying: a date next to one dates the statement, not the event. */
export const SPEECH_WORDS = ['said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'announced', 'announces', 'wrote', 'writes', 'tweeted', 'posted', 'stated', 'added', 'confirmed', 'confirms', 'declared', 'according'];
/** Words that put a clause in the past. */
export const PAST_WORDS = ['was', 'were', 'had', 'did', 'said', 'told', 'ago', 'last', 'yesterday', 'earlier'];
/** Prepositions that make a bare weekday or month a deadline ahead. */
export const DEADLINE_PREPOSITIONS = new Set(['until', 'till', 'by', 'before', 'through']);

/** Words that mark a title as held in the past or yet to be held. */
export const PAST_TITLE_CUES = new Set(['former', 'ex', 'then', 'onetime', 'one-time', 'erstwhile', 'late', 'previous', 'outgoing', 'retired']);
/** Phrases that put a title in the future ("will be CEO", "take over as"). */
export const FUTURE_TITLE_CUES = ['incoming', 'will be', 'will become', 'will serve as', 'will take over as', 'take over as', 'move into the role of', 'moves into the role of', 'will move into the role of', 'named as', 'to become', 'designate', 'transition into the role of', 'transitioning into the role of'];

/**
 * Event triggers: words that say what happened, grouped by the event they name. A date or a count
 * belongs to the nearest trigger in its sentence; claims compare only within one event class.
 */
export const EVENT_TRIGGERS: Readonly<Record<string, readonly string[]>> = {
  death: ['killed', 'kill', 'kills', 'killing', 'died', 'dies', 'die', 'dead', 'deaths', 'death', 'slain', 'fatalities', 'lives', 'murdered', 'assassinated', 'perished', 'shot dead', 'death toll', 'toll'],
  injury: ['injured', 'injuring', 'injuries', 'wounded', 'wounding', 'hurt', 'hospitalized', 'hospitalised'],
  arrest: ['arrested', 'arrest', 'arrests', 'detained', 'detention', 'detentions', 'captured', 'capture', 'apprehended', 'extradited', 'extradition', 'taken into custody'],
  missing: ['missing', 'unaccounted for'],
  displacement: ['evacuated', 'displaced', 'stranded', 'fled', 'homeless'],
  incident: ['raid', 'operation', 'attack', 'attacks', 'strike', 'strikes', 'crash', 'crashed', 'collision', 'shooting', 'explosion', 'blast', 'bombing', 'ambush', 'assault', 'accident', 'earthquake'],
  designation: ['designated', 'designation', 'designating', 'designate', 'designates', 'labelled', 'labeled', 'blacklisted', 'listed as'],
  founding: ['founded', 'founding', 'established', 'formed', 'launched', 'launch', 'set up', 'began operating', 'created', 'emerged', 'incorporated'],
  publication: ['published', 'publication', 'story', 'article', 'editorial', 'column', 'op-ed'],
  departure: ['step down', 'steps down', 'stepping down', 'stepped down', 'resign', 'resigns', 'resigned', 'resigning', 'resignation', 'quit', 'quits', 'leave', 'leaves', 'leaving', 'depart', 'departs', 'departure', 'retire', 'retires', 'retiring', 'retirement', 'exit', 'exits', 'move into', 'moves into', 'move on', 'moves on', 'transition to', 'turn to', 'continue as', 'remain as', 'stay on as', 'ousted', 'fired', 'sacked', 'removed'],
  join: ['join', 'joins', 'joined', 'joining', 'hired', 'arrive', 'arrives', 'arrived'],
  succession: ['take over', 'takes over', 'took over', 'taking over', 'took the helm', 'takes the helm', 'took charge', 'became', 'becomes', 'succeed', 'succeeds', 'appointed', 'appointment', 'sworn in', 'take office', 'took office', 'takes office', 'inaugurated', 'move into the role', 'transitioning into', 'transition into'],
  // Consumption: of a product, a drug, a service.
  use: ['use', 'used', 'using', 'users', 'consume', 'consumed', 'smoke', 'smoked', 'smoking', 'smokers', 'drink', 'drank', 'drinking', 'vape', 'vaped', 'vaping', 'vapers', 'subscribe', 'subscribed'],
  occupancy: ['were in', 'were inside', 'were aboard', 'was carrying', 'were on board', 'aboard', 'on board', 'inside', 'carrying', 'crammed with'],
  deployment: ['deployed', 'deployment', 'sent', 'mobilized', 'mobilised', 'stationed'],
  valuation: ['valued at', 'valuation', 'worth', 'market value'],
  revenue: ['revenue', 'revenues', 'sales', 'turnover'],
  reward: ['bounty', 'reward'],
  share: ['market share', 'of the market', 'share of'],
  funding: ['raised', 'funding', 'investment', 'financing round'],
  election: ['elected', 'election', 're-elected', 'voted'],
  birth: ['born'],
};

/** Event classes whose dates are about the one the event happened to (looked for after the trigger). */
export const PATIENT_EVENTS = new Set(['death', 'arrest', 'designation', 'injury']);
/** Event classes that only concern people (their subject is a person). */
export const PERSON_EVENTS = new Set(['departure', 'join', 'succession', 'birth', 'death', 'arrest']);
/** Event classes whose counts describe the same total whichever verb reports them. */
export const COUNT_PREDICATES = new Set(['death', 'injury', 'arrest', 'missing', 'displacement', 'use', 'occupancy', 'deployment']);
/** Event classes a date can attach to (counts of these are handled as counts). */
export const DATE_PREDICATES = new Set(['death', 'arrest', 'incident', 'designation', 'founding', 'publication', 'departure', 'join', 'succession', 'election', 'birth']);

/**
 * Units of counts: the noun after a number, grouped so that synonyms compare ("people" and
 * "persons"). A noun not listed is its own unit (singularised).
 */
export const UNIT_CLASSES: Readonly<Record<string, readonly string[]>> = {
  people: ['people', 'persons', 'person', 'individuals', 'civilians', 'residents', 'victims', 'adults', 'bodies', 'passengers', 'occupants', 'riders', 'men', 'women', 'lives'],
  youth: ['minors', 'kids', 'children', 'teens', 'teenagers', 'youths', 'adolescents', 'students', 'pupils', 'young people', 'schoolchildren'],
  troops: ['troops', 'soldiers', 'service members', 'servicemen', 'guardsmen', 'marines', 'personnel'],
  police: ['officers', 'police officers', 'policemen', 'agents', 'deputies'],
  suspects: ['suspects', 'gunmen', 'militants', 'fighters', 'attackers', 'assailants', 'criminals'],
  employees: ['employees', 'workers', 'staff', 'staffers', 'jobs'],
  users: ['users', 'customers', 'subscribers', 'consumers'],
  migrants: ['migrants', 'immigrants', 'refugees', 'asylum seekers'],
  protesters: ['protesters', 'protestors', 'demonstrators'],
  stores: ['stores', 'shops', 'retailers', 'outlets', 'retail stores', 'convenience stores'],
  percent: ['percent', 'per cent', '%', 'percentage points'],
};

/** Common nouns that never head a counted unit (they follow numbers in other senses). */
export const NON_UNITS = new Set(['years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes', 'times', 'am', 'pm', 'a.m', 'p.m', 'miles', 'kilometers', 'kilometres', 'km', 'feet', 'meters', 'metres', 'percent']);

/** Events that only happen to people: their counts need a unit that names people. */
export const PERSON_COUNT_EVENTS = new Set(['death', 'injury', 'arrest', 'missing', 'displacement', 'deployment', 'occupancy']);
/** Endings of nouns for people ("contractors", "journalists", "migrants") beyond the listed units. */
export const PERSON_NOUN = /(?:ers?|ors?|ists?|ants?|ents?|ians?|men|women|children|members?|guards?|people)$/;


/**
 * Job titles: head words (normalised through `TITLE_SYNONYMS`). Generic heads ("head", "chief",
 * "official") describe without naming a rank, so they never conflict.
 */
export const TITLE_HEADS = [
  'chief executive officer', 'chief executive', 'ceo', 'chief operating officer', 'coo', 'chief financial officer', 'cfo', 'chief technology officer', 'cto',
  'executive vice president', 'senior vice president', 'vice president', 'president', 'chairman', 'chairwoman', 'chairperson', 'chair',
  'managing director', 'director', 'general manager', 'founder', 'co-founder', 'cofounder', 'partner', 'owner',
  'spokesperson', 'spokesman', 'spokeswoman', 'press secretary', 'secretary', 'minister', 'prime minister', 'deputy minister',
  'governor', 'mayor', 'senator', 'ambassador', 'commissioner', 'attorney general', 'prosecutor', 'judge', 'sheriff',
  'general', 'brigadier general', 'colonel', 'lieutenant', 'captain', 'sergeant', 'commander', 'admiral',
  'analyst', 'editor', 'reporter', 'correspondent', 'professor', 'researcher', 'economist',
  'head', 'chief', 'leader', 'executive', 'official', 'boss', 'veteran', 'member',
];
/** Heads that describe a role without a rank; they never conflict. */
export const GENERIC_TITLES = new Set(['head', 'chief', 'leader', 'executive', 'official', 'boss', 'veteran', 'member', 'partner', 'owner']);
/** Spellings of one title ("chief executive" is "ceo"). */
export const TITLE_SYNONYMS: Readonly<Record<string, string>> = {
  'chief executive officer': 'ceo', 'chief executive': 'ceo', 'chief operating officer': 'coo', 'chief financial officer': 'cfo', 'chief technology officer': 'cto',
  chairwoman: 'chairman', chairperson: 'chairman', chair: 'chairman', spokesman: 'spokesperson', spokeswoman: 'spokesperson',
  cofounder: 'founder', 'co-founder': 'founder',
};

/**
 * Executive ranks that exclude each other: a person is not both a company's CEO and one of its
 * senior vice presidents. Titles of different levels conflict; titles of one level do not
 * ("president and CEO"). Government and military titles vary too much in translation to compare.
 */
export const TITLE_RANKS: Readonly<Record<string, number>> = {
  ceo: 1, president: 1, coo: 2, cfo: 2, cto: 2, 'executive vice president': 3, 'senior vice president': 3, 'vice president': 3,
};

/** Honorifics and abbreviated ranks before names; they make the name a person's. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lt', 'gen', 'brig', 'col', 'capt', 'sgt', 'maj', 'adm', 'gov', 'sen', 'rep', 'pres', 'amb', 'insp', 'det', 'cmdr', 'rev', 'hon', 'judge', 'justice']);

/** Capitalised words that are never names on their own (sentence-initial function words, calendar words). */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'but', 'or', 'nor', 'as', 'after', 'before',
  'during', 'since', 'until', 'while', 'when', 'where', 'if', 'though', 'although', 'because', 'according', 'following', 'meanwhile', 'however', 'yet', 'so',
  'then', 'now', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'we', 'they', 'he', 'she', 'it', 'i', 'you', 'there', 'here', 'what', 'who', 'why',
  'how', 'which', 'some', 'many', 'most', 'several', 'all', 'each', 'every', 'both', 'no', 'not', 'one', 'two', 'three', 'four', 'five', 'six', 'seven',
  'eight', 'nine', 'ten', 'former', 'new', 'last', 'next', 'other', 'another', 'such', 'also', 'still', 'even', 'just', 'only', 'yesterday', 'today',
  'tomorrow', 'said', 'says', 'read', 'watch', 'photo', 'image', 'video', 'sources', 'source', 'officials', 'under', 'over', 'about', 'into', 'like',
  'unlike', 'once', 'again', 'hours', 'days', 'later', 'earlier', 'despite', 'to', 'of', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'be', 'will',
  'would', 'could', 'should', 'may', 'can', 'must', 'has', 'have', 'had', 'us', 'u.s', 'uk', 'u.k', 'eu', 'un',
  ...['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  ...['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
]);

/** Lower-case words allowed inside a multi-word name ("Department of Defense", "Joaquín de la Torre"). */
export const NAME_CONNECTORS = new Set(['of', 'de', 'del', 'della', 'la', 'le', 'los', 'las', 'van', 'von', 'der', 'den', 'da', 'das', 'do', 'dos', 'du', 'al', 'el', 'bin', 'ibn', 'bint', 'y', 'e', 'for', 'and', 'the']);

/** Words that make a name an organisation's. */
export const ORG_WORDS = new Set([
  'cartel', 'department', 'ministry', 'secretariat', 'agency', 'office', 'group', 'inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'llc', 'plc',
  'labs', 'brands', 'ventures', 'holdings', 'partners', 'bank', 'university', 'institute', 'council', 'committee', 'commission', 'board', 'party',
  'army', 'navy', 'force', 'forces', 'guard', 'police', 'administration', 'authority', 'association', 'foundation', 'fund', 'times', 'post', 'news',
  'journal', 'press', 'network', 'channel', 'service', 'services', 'organization', 'organisation', 'union', 'court', 'parliament', 'senate', 'house',
  'congress', 'government', 'research', 'securities', 'capital', 'media', 'motors', 'airlines', 'systems', 'technologies', 'international',
]);

/** Cues that the quoted or following name is another name of the preceding entity. */
export const ALIAS_CUES = ['also known as', 'better known as', 'commonly known as', 'widely known as', 'known as', 'nicknamed', 'dubbed', 'alias', 'a.k.a.', 'aka'];

/** Words of a company's name that say only that it is a company; "Acme Group" and "Acme" compare equal. */
export const COMPANY_SUFFIXES = new Set(['group', 'inc', 'corp', 'corporation', 'co', 'plc', 'ltd', 'llc', 'company', 'the', 'sa', 'ag', 'gmbh', 'nv', 'holdings']);

/** Relations between organisations: "X, a unit of Y". */
export const PARENT_CUES = ['a unit of', 'a subsidiary of', 'a division of', 'an affiliate of', 'an arm of', 'a part of', 'part of', 'owned by', 'a brand of', 'a subsidiary of parent', 'the parent of'];


/** Function and reporting words left out of the word profile that tells two stories apart. */
export const STOP_WORDS = new Set(
  ('that this with from have were been will would could should their there they them than then what when which while where who whom whose ' +
    'about after before into over under also just only more most some such other said says told according year years people percent ' +
    'company last first time made make like very much many even back well still because against during since until these those being ' +
    'through between both each your here among upon does done said told reported added including however another').split(' '),
);
