// Cue data for attribution analysis, shared by the quote, unattributed-quote and anonymous-source
// rules. Only general news-writing vocabulary lives here: verbs of saying, unnamed-person nouns,
// anonymity formulas, titles. Never names of people, places or outlets.

/** Verbs that attribute a statement to a speaker, in every form a news story uses them. */
export const SPEECH_VERBS: readonly string[] = [
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'add', 'adds', 'added', 'adding',
  'write', 'writes', 'wrote', 'writing',
  'state', 'states', 'stated', 'stating',
  'declare', 'declares', 'declared', 'declaring',
  'note', 'notes', 'noted', 'noting',
  'explain', 'explains', 'explained', 'explaining',
  'stress', 'stresses', 'stressed', 'stressing',
  'emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising',
  'insist', 'insists', 'insisted', 'insisting',
  'argue', 'argues', 'argued', 'arguing',
  'claim', 'claims', 'claimed', 'claiming',
  'assert', 'asserts', 'asserted', 'asserting',
  'warn', 'warns', 'warned', 'warning',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging',
  'admit', 'admits', 'admitted', 'admitting',
  'concede', 'concedes', 'conceded', 'conceding',
  'confirm', 'confirms', 'confirmed', 'confirming',
  'announce', 'announces', 'announced', 'announcing',
  'reply', 'replies', 'replied', 'replying',
  'respond', 'responds', 'responded', 'responding',
  'recall', 'recalls', 'recalled', 'recalling',
  'remark', 'remarks', 'remarked', 'remarking',
  'observe', 'observes', 'observed', 'observing',
  'conclude', 'concludes', 'concluded', 'concluding',
  'suggest', 'suggests', 'suggested', 'suggesting',
  'predict', 'predicts', 'predicted', 'predicting',
  'caution', 'cautions', 'cautioned', 'cautioning',
  'complain', 'complains', 'complained', 'complaining',
  'tweet', 'tweets', 'tweeted', 'tweeting',
  'post', 'posts', 'posted',
  'report', 'reports', 'reported',
  'testify', 'testifies', 'testified', 'testifying',
  'urge', 'urges', 'urged', 'urging',
  'quip', 'quips', 'quipped',
  'joke', 'jokes', 'joked',
  'lament', 'laments', 'lamented',
  'boast', 'boasts', 'boasted',
  'vow', 'vows', 'vowed', 'vowing',
  'pledge', 'pledges', 'pledged',
  'promise', 'promises', 'promised',
  'maintain', 'maintains', 'maintained', 'maintaining',
  'contend', 'contends', 'contended', 'contending',
  'counter', 'counters', 'countered',
  'disclose', 'discloses', 'disclosed',
  'reveal', 'reveals', 'revealed',
  'deny', 'denies', 'denied', 'denying',
  'ask', 'asks', 'asked',
  'agree', 'agrees', 'agreed',
  'indicate', 'indicates', 'indicated',
  'describe', 'describes', 'described',
  'estimate', 'estimates', 'estimated',
  'believe', 'believes', 'believed',
  'credit', 'credits', 'credited',
  'whisper', 'whispers', 'whispered',
  'shout', 'shouts', 'shouted',
  'scream', 'screamed', 'yelled',
  'continue', 'continues', 'continued',
  'call', 'calls', 'called', 'calling',
  'assure', 'assures', 'assured', 'hint', 'hints', 'hinted', 'allege', 'alleges', 'alleged', 'affirm', 'affirms', 'affirmed',
  'reaffirm', 'reaffirms', 'reaffirmed', 'reiterate', 'reiterates', 'reiterated', 'mention', 'mentions', 'mentioned',
  'accuse', 'accuses', 'accused', 'underline', 'underlines', 'underlined', 'underscore', 'underscores', 'underscored',
  'demand', 'demands', 'demanded', 'wonder', 'wonders', 'wondered', 'snap', 'snapped', 'retort', 'retorted',
];

/** Verbs that can come before their speaker after a quotation or a clause ("…,” said Jane Roe). */
export const INVERTING_VERBS: readonly string[] = [
  'said', 'says', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks', 'continued', 'explained', 'noted', 'recalled', 'replied', 'stated', 'declared',
  'insisted', 'argued', 'warned', 'concluded', 'remarked', 'observed', 'quipped', 'joked', 'tweeted', 'posted', 'countered', 'conceded', 'acknowledged',
  'admitted', 'cautioned', 'complained', 'lamented', 'boasted', 'predicted', 'suggested', 'stressed', 'emphasized', 'emphasised', 'responded', 'whispered', 'shouted', 'yelled', 'screamed',
  'assured', 'wondered', 'snapped', 'retorted', 'reiterated', 'underlined',
];

/** Forms of SPEECH_VERBS that are participles heading an adverbial clause ("…, adding that"). */
export const PARTICIPLE_SUFFIX = 'ing';

/** Verbs after which an attribution names who was quoted, passively ("described by officials"). */
export const PASSIVE_ATTRIBUTION_VERBS: readonly string[] = [
  'described', 'quoted', 'cited', 'told', 'reported', 'confirmed', 'characterized', 'characterised', 'identified', 'briefed', 'disclosed', 'revealed',
];

/** Verbs that introduce someone else's words as reported by a third party ("quoted sources as saying"). */
export const QUOTING_VERBS: readonly string[] = ['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing'];

/**
 * Nouns for people whose name a story leaves out, grouped by the `kind` reported in finding data.
 * `core` kinds are anonymous on their own when they attribute something ("officials said");
 * `person` needs a knowledge or anonymity phrase, or a definite back-reference ("the person said").
 */
export const UNNAMED_NOUNS: Readonly<Record<string, readonly string[]>> = {
  official: ['official', 'officials'],
  source: ['source', 'sources'],
  aide: ['aide', 'aides', 'staffer', 'staffers', 'adviser', 'advisers', 'advisor', 'advisors'],
  insider: ['insider', 'insiders'],
  diplomat: ['diplomat', 'diplomats', 'negotiator', 'negotiators'],
  spokesperson: ['spokesperson', 'spokespersons', 'spokesman', 'spokesmen', 'spokeswoman', 'spokeswomen', 'spokespeople'],
  person: ['person', 'people', 'individual', 'individuals'],
};

/** Kinds from UNNAMED_NOUNS that need a knowledge/anonymity phrase or a back-reference to count. */
export const WEAK_UNNAMED_KINDS: ReadonlySet<string> = new Set(['person']);

/**
 * Role nouns: unnamed when the text says so ("a senior executive", "the CEO, who did not want to
 * be identified") or when they refer back to an unnamed speaker; otherwise a known office-holder.
 */
export const ROLE_NOUNS: readonly string[] = [
  'executive', 'executives', 'ceo', 'manager', 'managers', 'director', 'officer', 'officers', 'employee', 'employees', 'worker', 'workers',
  'lawmaker', 'lawmakers', 'legislator', 'legislators', 'investigator', 'investigators', 'member', 'members', 'analyst', 'analysts',
  'banker', 'bankers', 'lawyer', 'lawyers', 'commander', 'commanders', 'minister', 'ministers', 'daily', 'newspaper', 'outlet',
  'partner', 'founder', 'leader', 'leaders', 'chief', 'president', 'chairman', 'chairwoman', 'chair', 'secretary', 'commissioner', 'mayor',
  'governor', 'senator', 'ambassador', 'envoy', 'envoys', 'representative', 'representatives', 'commander', 'doctor', 'witness', 'witnesses', 'resident', 'residents', 'researcher', 'researchers', 'expert', 'experts',
  'firefighter', 'farmer', 'teacher', 'nurse', 'student', 'driver', 'soldier', 'parent', 'mother', 'father', 'neighbour', 'neighbor', 'owner', 'customer', 'passenger',
  'protester', 'survivor', 'relative', 'volunteer', 'engineer', 'pilot', 'guard', 'trader', 'investor', 'economist', 'scientist', 'activist', 'organiser', 'organizer',
];

/** Verbs that characterise rather than report speech ("called it “a disgrace”"): their subject must be a known kind of speaker. */
export const CHARACTERISING_VERBS: readonly string[] = [
  'call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'estimate', 'estimates', 'estimated', 'believe', 'believes', 'believed',
  'credit', 'credits', 'credited', 'continue', 'continues', 'continued', 'report', 'reports', 'reported', 'post', 'posts', 'posted', 'indicate', 'indicates', 'indicated', 'suggest', 'suggests', 'suggested',
];

/** Phrases that grant or describe anonymity; they make any speaker they attach to unnamed. */
export const ANONYMITY_PHRASES: readonly string[] = [
  'on condition of anonymity', 'on the condition of anonymity', 'on condition that {pronoun} not be {named}', 'on condition {pronoun} not be {named}',
  '{spoke} anonymously', '{spoke} on background', 'anonymously',
  '{asked} not to be {named}', '{asked} to remain anonymous', '{asked} for anonymity', '{asked} that {pronoun} not be {named}',
  'did not want to be {named}', "didn't want to be {named}", 'declined to be {named}', '{withheld} {possessive} name', '{withheld} {possessive} full name',
  '{withheld} {possessive} surname', '{withheld} {possessive} last name', 'gave only {possessive} first name', 'identified only by {possessive} first name',
  'asked that {possessive} name not be used', 'asked that {possessive} name be withheld', 'whose name was withheld', 'whose name is being withheld', 'requested anonymity', 'who requested anonymity', 'granted anonymity',
  'not authorized to {speak}', 'not authorised to {speak}', 'not permitted to {speak}', 'not allowed to {speak}',
];

/** Phrases that describe an unnamed person by what they know ("people familiar with the matter"). */
export const KNOWLEDGE_PHRASES: readonly string[] = [
  'familiar with', 'briefed on', 'with knowledge of', 'with direct knowledge of', 'with firsthand knowledge of', 'knowledgeable about',
  'close to', 'involved in', 'aware of', 'privy to', 'in the room', 'who have seen', 'who has seen', 'who had seen', 'speaking on behalf of',
];

/** Slots used by ANONYMITY_PHRASES. */
export const ANONYMITY_SLOTS: Readonly<Record<string, readonly string[]>> = {
  pronoun: ['he', 'she', 'they', 'it'],
  possessive: ['his', 'her', 'their', 'its'],
  withheld: ['declined to give', 'refused to give', 'did not give', "didn't give", 'would not give', "wouldn't give", 'declined to provide', 'withheld'],
  named: ['named', 'identified', 'quoted', 'quoted by name', 'named publicly', 'identified publicly'],
  spoke: ['spoke', 'speaking', 'speak', 'spoken', 'talked', 'talking', 'who spoke', 'who talked'],
  asked: ['asked', 'asking', 'who asked', 'requested', 'who requested', 'declined'],
  speak: ['speak', 'talk', 'comment', 'discuss', 'speak publicly', 'comment publicly', 'discuss the matter', 'speak on the record', 'be quoted'],
};

/** Personal titles and office words that precede a name ("Brig. Gen.", "Press Secretary", "CEO"). */
export const TITLE_WORDS: readonly string[] = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'rev.', 'reverend', 'rabbi', 'imam', 'sheikh',
  'gen', 'gen.', 'general', 'brig', 'brig.', 'brigadier', 'maj', 'maj.', 'major', 'col', 'col.', 'colonel', 'lt', 'lt.', 'lieutenant', 'capt', 'capt.', 'captain', 'cmdr', 'cmdr.', 'commander',
  'adm', 'adm.', 'admiral', 'sgt', 'sgt.', 'sergeant', 'cpl', 'cpl.', 'corporal', 'pvt.', 'marshal', 'officer', 'detective', 'det.', 'inspector', 'insp.', 'supt.', 'superintendent', 'chief', 'sheriff', 'deputy',
  'president', 'vice', 'minister', 'secretary', 'undersecretary', 'premier', 'chancellor', 'governor', 'gov', 'gov.', 'mayor', 'senator', 'sen', 'sen.', 'representative', 'rep', 'rep.',
  'congressman', 'congresswoman', 'councillor', 'councilman', 'councilwoman', 'ambassador', 'amb.', 'envoy', 'attorney', 'judge', 'justice', 'commissioner', 'director', 'chairman', 'chairwoman', 'chair', 'chairperson',
  'ceo', 'cfo', 'coo', 'cto', 'executive', 'founder', 'co-founder', 'spokesperson', 'spokesman', 'spokeswoman', 'adviser', 'advisor', 'aide', 'head', 'leader', 'pm',
  'king', 'queen', 'prince', 'princess', 'pope', 'cardinal', 'bishop', 'archbishop', 'economist', 'strategist', 'coach', 'manager', 'official', 'analyst', 'researcher', 'lawyer', 'director-general',
];

/** Words that mark a capitalised sequence as an organisation rather than a person. */
export const ORG_WORDS: readonly string[] = [
  'ministry', 'department', 'secretariat', 'office', 'agency', 'administration', 'commission', 'council', 'committee', 'board', 'authority', 'authorities',
  'police', 'army', 'navy', 'force', 'forces', 'guard', 'court', 'parliament', 'congress', 'senate', 'house', 'government', 'cabinet', 'embassy', 'consulate',
  'company', 'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'group', 'labs', 'bank', 'fund', 'holdings', 'partners', 'securities', 'capital', 'research',
  'university', 'institute', 'school', 'college', 'center', 'centre', 'foundation', 'association', 'union', 'federation', 'organization', 'organisation', 'party',
  'campaign', 'coalition', 'alliance', 'network', 'service', 'services', 'bureau', 'cartel', 'times', 'post', 'news', 'journal', 'daily', 'herald', 'tribune', 'press', 'television', 'radio', 'channel',
  'association', 'chamber', 'society', 'club', 'team', 'league', 'federal', 'national', 'international', 'united', 'nations', 'republic', 'state', 'states', 'city', 'county', 'province',
];

/** Nouns heading a document or channel through which an organisation or person speaks. */
export const CONTAINER_NOUNS: readonly string[] = [
  'statement', 'release', 'communique', 'communiqué', 'letter', 'email', 'e-mail', 'memo', 'note', 'post', 'tweet', 'blog', 'filing', 'notice', 'announcement', 'message', 'transcript',
];

/** Generic nouns by which a story refers back to an organisation it has named ("the company said"). */
export const GENERIC_ORG_NOUNS: readonly string[] = [
  'company', 'firm', 'agency', 'ministry', 'department', 'group', 'organization', 'organisation', 'administration', 'office', 'party', 'team', 'club',
  'council', 'union', 'bank', 'newspaper', 'paper', 'outlet', 'network', 'broadcaster', 'airline', 'carmaker', 'automaker', 'retailer', 'startup', 'start-up',
  'manufacturer', 'maker', 'publisher', 'studio', 'charity', 'university', 'hospital', 'court', 'board', 'commission', 'regulator', 'watchdog', 'government',
];

/** Things that can be quoted as saying something ("its website says", "the ruling states"). */
export const SPEAKING_THINGS: readonly string[] = [
  'website', 'site', 'page', 'account', 'report', 'study', 'survey', 'poll', 'document', 'complaint', 'lawsuit', 'suit', 'indictment', 'ruling', 'judgment', 'verdict',
  'order', 'decree', 'bill', 'law', 'agreement', 'treaty', 'resolution', 'analysis', 'article', 'editorial', 'newspaper', 'daily', 'outlet', 'magazine', 'broadcast',
  'family', 'families', 'police', 'authorities', 'military', 'army', 'government', 'opposition', 'prosecution', 'defence', 'defense', 'campaign', 'sign', 'slogan',
];

/** Determiners and quantifiers that open a noun phrase and are dropped from speaker names. */
export const DETERMINERS: readonly string[] = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'another', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'both', 'each', 'other', 'any', 'no', 'few', 'a few',
];

/** Words that end a noun phrase when scanning away from a verb: clause openers and conjunctions. */
export const CLAUSE_WORDS: readonly string[] = [
  'that', 'which', 'who', 'whom', 'whose', 'and', 'but', 'or', 'nor', 'because', 'while', 'although', 'though', 'if', 'when', 'whether', 'as', 'after', 'before', 'since', 'until',
  'so', 'than', 'where', 'yet', 'however', 'meanwhile', 'separately', 'additionally', 'instead', 'also', 'then', 'now', 'once', 'unless', 'whereas', 'to', 'not', 'even', 'only', 'just',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did',
];

/** Words allowed between a subject and its verb ("Smith has also said"). */
export const VERB_MODIFIERS: readonly string[] = [
  'has', 'have', 'had', 'also', 'later', 'earlier', 'previously', 'then', 'further', 'again', 'recently', 'once', 'still', 'repeatedly', 'similarly', 'publicly', 'privately', 'separately',
  'reportedly', 'will', 'would', 'did', 'does', 'do', 'may', 'might', 'could', 'can', 'always', 'often', 'never', 'not', 'already', 'first', 'last', 'yesterday', 'today', 'tonight',
];

/** Prepositions: a phrase starting with one is never a speaker, and a name after one is not a subject. */
export const PREPOSITIONS: readonly string[] = [
  'in', 'on', 'at', 'by', 'with', 'from', 'for', 'to', 'of', 'about', 'into', 'onto', 'over', 'under', 'after', 'before', 'during', 'via', 'through', 'between', 'among', 'against',
  'like', 'than', 'toward', 'towards', 'across', 'around', 'near', 'inside', 'outside', 'within', 'without', 'behind', 'beyond', 'despite', 'including', 'amid', 'upon',
];

/** Verbs of telling, whose object is the listener, not the speaker ("told AFP"). */
export const TELLING_VERBS: readonly string[] = ['tell', 'tells', 'told', 'telling'];

/** Personal pronouns that can stand for a speaker. */
export const PRONOUNS: Readonly<Record<string, 'person' | 'group' | 'thing'>> = { he: 'person', she: 'person', they: 'group', it: 'thing' };

/** Prepositions and participles that start a post-modifier of a noun ("sources from the ministry"). */
export const POSTMODIFIER_WORDS: readonly string[] = [
  'of', 'from', 'at', 'with', 'for', 'in', 'on', 'inside', 'within', 'close', 'familiar', 'briefed', 'involved', 'knowledgeable', 'aware', 'privy', 'who', 'whose', 'speaking', 'based', 'by', 'to', 'near',
];

/** Lower-case words inside an organisation's or person's name ("Food and Drug Administration", "Luiz da Silva"). */
export const NAME_CONNECTORS: readonly string[] = ['and', 'of', 'for', 'the', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'bin', 'ibn', 'al', 'el', 'y', '&'];

/** Nouns just before a quotation that make it a title or a term rather than speech ("the headline “…”"). */
export const TITLE_NOUNS: readonly string[] = [
  'story', 'stories', 'article', 'headline', 'headlined', 'titled', 'entitled', 'film', 'movie', 'book', 'novel', 'song', 'single', 'album', 'show', 'program', 'programme', 'series', 'column',
  'editorial', 'essay', 'poem', 'play', 'musical', 'podcast', 'documentary', 'episode', 'slogan', 'motto', 'hashtag', 'tagline', 'term', 'terms', 'word', 'words', 'phrase', 'label', 'nickname',
  'moniker', 'name', 'brand', 'operation', 'codenamed', 'code-named', 'banner', 'sign', 'chapter', 'exhibition', 'game', 'app', 'painting', 'piece', 'op-ed', 'opinion',
];

/** Phrases just before a quotation that introduce a name, not speech ("known as “…”"). */
export const NAMING_CUES: readonly string[] = [
  'known as', 'better known as', 'also known as', 'commonly known as', 'widely known as', 'aka', 'a.k.a.', 'alias', 'nicknamed', 'dubbed', 'so-called', 'renamed', 'branded',
  'titled', 'entitled', 'codenamed', 'code-named', 'self-styled', 'self-described', 'referred to as', 'styled',
];

/**
 * Naming verbs completed by "as" ("known as", "referred to by police as", "locals know it as").
 * Adverbs, an agent ("by locals", "to residents") and, for active forms, a short object may stand
 * between the verb and "as".
 */
export const NAMING_AS_VERBS: readonly string[] = [
  'known', 'know', 'knows', 'knew', 'referred to', 'refer to', 'refers to', 'referring to', 'dubbed', 'nicknamed', 'styled', 'billed', 'branded',
];

/** Naming verbs followed directly by the name ("nicknamed locally “the needle”", "dubbed by fans “the wall”"). */
export const NAMING_DIRECT_VERBS: readonly string[] = [
  'nicknamed', 'dubbed', 'renamed', 'christened', 'codenamed', 'code-named', 'titled', 'entitled', 'named', 'called', 'termed',
];

/** Present-tense naming verbs of a habit of speech ("what residents call the “lower town”"). */
export const HABITUAL_NAMING_VERBS: readonly string[] = ['call', 'calls', 'dub', 'dubs', 'nickname', 'nicknames'];

/** Adverbs without the -ly ending that can stand between a naming verb and its name ("known also as"). */
export const NAMING_ADVERBS: readonly string[] = [
  'also', 'still', 'now', 'often', 'sometimes', 'long', 'once', 'better', 'best', 'more', 'most', 'even', 'here', 'there', 'today', 'since', 'then',
  'just', 'already', 'always', 'ever', 'half', 'almost', 'otherwise',
];

/** Prepositions that open the agent or audience of a naming ("dubbed by locals as", "known to residents as", "known in the valley as"). */
export const NAMING_AGENT_PREPOSITIONS: readonly string[] = ['by', 'to', 'among', 'in', 'across', 'around', 'throughout'];

/**
 * Capitalised office words that are not in TITLE_WORDS because they can also be part of a name
 * ("Dean", "Speaker", "Whip"): a leading title sequence ending in one is dropped from a speaker's
 * name only when a personal name follows — two or more words after the office word alone ("Dean
 * Lena Park", not "Dean Smith"), one after a longer title ("House Speaker Ruiz").
 */
export const OFFICE_WORDS: readonly string[] = [
  'whip', 'speaker', 'treasurer', 'prosecutor', 'solicitor', 'magistrate', 'coroner', 'auditor', 'comptroller', 'controller', 'ombudsman', 'registrar',
  'provost', 'dean', 'rector', 'principal', 'headmaster', 'headmistress', 'headteacher', 'warden', 'constable', 'trooper', 'agent', 'alderman', 'alderwoman',
  'assemblyman', 'assemblywoman', 'assemblymember', 'councilmember', 'delegate', 'mp', 'mep', 'msp', 'mla', 'pastor', 'elder', 'skipper',
  'nominee', 'candidate', 'emir', 'sultan', 'duke', 'duchess', 'earl', 'baron', 'baroness', 'secretary-general', 'attorney-general', 'auditor-general',
  'inspector-general', 'solicitor-general', 'vice-president', 'vice-chair', 'vice-chairman', 'deputy-director', 'assistant', 'associate', 'acting', 'interim',
];

/**
 * Subjects that pick out members of a group mentioned before ("one of them", "another", "both",
 * "neither"); on their own, or before "of them" / "of the officials".
 */
export const GROUP_MEMBER_WORDS: readonly string[] = [
  'one', 'another', 'both', 'neither', 'either', 'each', 'other', 'second', 'third', 'fourth', 'fifth', 'some', 'several', 'many', 'most', 'all', 'none',
  'two', 'three', 'four', 'five', 'half',
];

/** Group member words that can stand alone as a subject ("another said"); the others need "of them". */
export const STANDALONE_MEMBER_WORDS: readonly string[] = ['one', 'another', 'both', 'neither', 'either', 'each', 'other', 'second', 'third', 'fourth', 'fifth'];

/** Pronouns that stand for a group after "one of" ("one of them", "one of those"). */
export const GROUP_PRONOUNS: readonly string[] = ['them', 'those', 'these'];

/** Number words and quantifiers that introduce a group of people or things ("two men", "several residents"). */
export const GROUP_QUANTIFIERS: readonly string[] = [
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'several', 'both', 'many', 'some', 'numerous', 'few',
];

/** Nouns of measure and time: "two years", "five points" are not groups a later "one of them" can pick from. */
export const MEASURE_NOUNS: readonly string[] = [
  'second', 'minute', 'hour', 'day', 'night', 'week', 'weekend', 'month', 'year', 'decade', 'century', 'time', 'percent', 'point', 'dollar', 'euro', 'pound',
  'yen', 'cent', 'mile', 'kilometre', 'kilometer', 'metre', 'meter', 'feet', 'foot', 'inch', 'ton', 'tonne', 'acre', 'hectare', 'degree', 'kilogram', 'gram', 'litre', 'liter', 'gallon',
];

/** Small words that may stay lower-case in a title-case name or title ("A House By The Sea" counts). */
export const TITLE_CASE_SMALL_WORDS: readonly string[] = ['a', 'an', 'the', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'de', 'la', 'el', 'del', 'y', 'vs', 'vs.'];

/** Time words that can sit between a subject and its verb ("Smith on Tuesday said"). */
export const TIME_WORDS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend', 'day', 'today', 'yesterday', 'tonight',
];
