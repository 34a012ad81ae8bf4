/**
 * Cue data for `weasel-attribution`: vague attributions to groups nobody can check ("critics say",
 * "it is widely believed"). Unnamed officials, sources and people briefed are `anonymous-source`'s
 * business and are deliberately absent here, so the two rules never flag the same words.
 */

/** Slot values used in the phrases below; `{name}` in a phrase expands to one of these. */
export const WEASEL_SLOTS: Readonly<Record<string, readonly string[]>> = {
  /** Vague quantities of people. Numbers ("two experts") are left to anonymous-source. */
  quant: ['some', 'many', 'several', 'most', 'numerous', 'various', 'countless', 'certain', 'a number of', 'a growing number of', 'a lot of', 'plenty of', 'a host of', 'a chorus of', 'a few', 'other'],
  /** Groups that are vague on their own ("critics say"). Officials and sources are anonymous-source's. */
  group: ['critics', 'experts', 'observers', 'analysts', 'commentators', 'pundits', 'skeptics', 'sceptics', 'detractors', 'opponents', 'proponents', 'onlookers', 'watchers'],
  /**
   * Groups that are vague only with a quantifier or a field ("some scientists say"): bare, they
   * usually mean the people of a study or group just named ("researchers said").
   */
  crowd: ['people', 'folks', 'others', 'Americans', 'scholars', 'academics', 'scientists', 'economists', 'historians', 'researchers', 'supporters', 'advocates', 'voices', 'critics', 'experts', 'observers', 'analysts', 'commentators', 'skeptics', 'sceptics', 'opponents'],
  /** A field that narrows a group without naming anyone ("legal experts", "security analysts"). */
  field: ['legal', 'security', 'political', 'industry', 'health', 'medical', 'military', 'foreign policy', 'foreign-policy', 'economic', 'financial', 'market', 'independent', 'outside', 'western', 'Western', 'local', 'international', 'environmental', 'human rights', 'constitutional', 'public health', 'climate', 'defense', 'defence', 'intelligence', 'regional', 'energy', 'tech', 'technology', 'Wall Street', 'media', 'policy', 'trade', 'veteran'],
  /** Verbs of saying and believing, in the tenses reporting uses. */
  say: ['say', 'says', 'said', 'believe', 'believes', 'believed', 'argue', 'argues', 'argued', 'claim', 'claimed', 'contend', 'contended', 'suggest', 'suggested', 'warn', 'warned', 'fear', 'feared', 'note', 'noted', 'point out', 'pointed out', 'think', 'thought', 'worry', 'worried', 'maintain', 'maintained', 'insist', 'insisted', 'charge', 'charged', 'allege', 'alleged', 'question', 'questioned', 'agree', 'agreed', 'speculate', 'speculated', 'complain', 'complained', 'caution', 'cautioned', 'counter', 'countered', 'wonder', 'wondered', 'have said', 'have argued', 'have suggested', 'have warned', 'have noted', 'have questioned', 'have claimed', 'have long argued', 'have long said', 'have long warned', 'have pointed out', 'have raised concerns', 'have expressed concern', 'have speculated', 'have criticized', 'have criticised', 'are saying', 'are asking', 'are warning', 'would argue', 'would say', 'might say', 'could argue'],
  /** Present-tense saying for bare quantifier subjects ("some say"); past "some said" usually means people already named. */
  sayNow: ['say', 'believe', 'argue', 'contend', 'suggest', 'think', 'maintain', 'insist', 'would argue', 'would say', 'might say', 'might argue', 'could argue', 'have argued', 'have said', 'have suggested', 'have speculated', 'have claimed', 'have questioned', 'are saying'],
  /** Verbs of an impersonal passive that is vague on its own ("it is believed"; not "it was held", "it is known as"). */
  passive: ['believed', 'thought', 'said', 'claimed', 'argued', 'suggested', 'rumored', 'rumoured', 'alleged', 'feared', 'assumed', 'understood', 'reported', 'estimated', 'speculated', 'presumed', 'whispered'],
  /** Verbs of an impersonal passive that are vague with an adverb ("it is widely accepted"). */
  passiveHow: ['believed', 'thought', 'said', 'claimed', 'argued', 'suggested', 'rumored', 'rumoured', 'alleged', 'feared', 'assumed', 'accepted', 'acknowledged', 'agreed', 'held', 'felt', 'understood', 'known', 'reported', 'recognized', 'recognised', 'expected'],
  /** Adverbs that widen a passive ("widely", "generally"); not "also" or "now", which add nothing vague. */
  how: ['widely', 'generally', 'commonly', 'often', 'frequently', 'sometimes', 'increasingly', 'broadly', 'popularly', 'universally', 'largely', 'privately', 'variously'],
  /** Past participles of a subject passive that needs an adverb to be vague ("is widely seen as"). */
  seen: ['seen', 'viewed', 'regarded', 'considered', 'believed', 'thought', 'perceived', 'described', 'recognized', 'recognised', 'acknowledged', 'acclaimed', 'credited', 'blamed', 'expected', 'tipped', 'touted', 'hailed', 'praised', 'criticized', 'criticised', 'derided', 'dismissed'],
  /** Past participles that are vague even without an adverb when followed by "as" ("is seen as"). */
  seenAs: ['seen', 'viewed', 'regarded', 'perceived'],
  be: ['is', 'are', 'was', 'were', 'has been', 'have been', 'had been', 'has long been', 'have long been', 'had long been', 'being', 'be'],
  itBe: ['is', 'was', 'has been', 'had been', 'has long been', 'is being', 'was being', 'would be', 'could be', 'can be', 'may be', 'might be'],
  studies: ['studies', 'research', 'science'],
  show: ['show', 'shows', 'showed', 'shown', 'have shown', 'has shown', 'suggest', 'suggests', 'indicate', 'indicates', 'prove', 'proves', 'have found', 'has found', 'confirm', 'confirms'],
  reports: ['reports', 'media reports', 'press reports', 'news reports', 'local reports', 'unconfirmed reports', 'some reports', 'several reports', 'various reports', 'other reports', 'earlier reports', 'widespread reports', 'social media reports', 'accounts', 'some accounts', 'many accounts', 'most accounts', 'rumors', 'rumours', 'speculation', 'estimates', 'some estimates', 'many estimates'],
};

/**
 * Vague attributions whose subject is a group ("critics say", "some experts believe"), as phrases over
 * the slots. Phrases match whole words, case-insensitively. A word right before them that pins the
 * group down ("the researchers said", "Pentagon analysts say") makes them specific (`SPECIFYING_WORDS`).
 */
export const GROUP_PHRASES: readonly string[] = [
  '{quant} {crowd} {say}',
  '{quant} {crowd} also {say}',
  '{quant} {field} {crowd} {say}',
  '{group} {say}',
  '{group} also {say}',
  '{field} {crowd} {say}',
  'some {sayNow}',
  'many {sayNow}',
  'others {sayNow}',
  'most {sayNow}',
  'some have {say}',
  'many people are saying',
  '{quant} studies {show}',
  '{studies} {show}',
  'experts agree',
  'scientists agree',
  'critics have long',
];

/**
 * Vague attributions to nobody in particular: impersonal and agentless passives ("it is widely
 * believed", "is seen as"), "according to reports", "studies show". An "according to" cue followed by a
 * name ("according to reports from the AP") is not vague and is dropped (`NAMING_CONTINUATION`).
 */
export const IMPERSONAL_PHRASES: readonly string[] = [
  'there are those who {sayNow}',
  'there are many who {sayNow}',
  'there are some who {sayNow}',
  'one could argue',
  'one might argue',
  'people are saying',
  'a lot of people are saying',
  'everybody is saying',
  'everyone is saying',
  'according to {quant} {crowd}',
  'according to {quant} {field} {crowd}',
  'according to {group}',
  'according to {field} {crowd}',
  'according to {reports}',
  'it {itBe} {passive}',
  "it's {passive}",
  "it's {how} {passiveHow}",
  'it {itBe} {how} {passiveHow}',
  'it is well known',
  "it's well known",
  'it is common knowledge',
  '{be} {how} {seen}',
  '{be} {seenAs} as',
  '{how} {seen} as',
  '{how} {seen} to be',
  '{be} considered to be',
  '{be} considered one of',
  '{be} considered among',
  '{be} considered by many',
  '{be} considered by some',
  '{be} {seen} by many',
  '{be} {seen} by some',
  '{be} {seen} by critics',
  '{be} {seen} by experts',
  '{be} {seen} by observers',
  '{be} {seen} by analysts',
  'questions have been raised',
  'concerns have been raised',
  'criticism has been leveled',
  'criticism has been levelled',
  'it has been suggested',
];

/**
 * What follows an "according to …" cue when it is not vague after all: a source ("according to
 * reports from the regional health board", "according to analysts at Barclays"). Words that always
 * introduce the source may be followed by anything; the others only by a name (a capital or a number),
 * so that "according to reports of fighting" stays vague.
 */
export const NAMING_CONTINUATION = /^\s*,?\s*(?:(?:from|by|published by|commissioned by|compiled by|cited by|led by|including|such as)\s+\S|(?:at|in|of|with|on|like|for)\s+(?:the\s+|a\s+)?(?:\p{Lu}|\d))/u;

/**
 * Words right before a cue that make it specific: determiners and possessives point back at a group
 * already named ("the researchers said", "his critics say"). Lower-case; possessives ending in 's are
 * checked separately, and so is a capitalised name ("Democratic critics", "Pentagon analysts").
 */
export const SPECIFYING_WORDS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'your', 'my', 'whose', 'both', 'all', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundreds']);
