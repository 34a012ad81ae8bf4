/**
 * Invented and generic word material for the generated benchmark corpus. Nothing here names a
 * real person, place or outlet from the seeds; the generator recombines seed paragraphs and swaps
 * their capitalised words for names built from these letters.
 */

/** Letters that invented names are built from, syllable by syllable (consonant, vowel, sometimes a consonant). */
export const CONSONANTS = 'bcdfghjklmnprstvz';
export const VOWELS = 'aeiou';

/** Invented outlets for the generated manifest. */
export const OUTLETS = ['Northgate Ledger', 'Harbor Wire', 'Plains Courier', 'Summit Daily', 'Riverside Post', 'Coastal Herald', 'Meridian News', 'Frontier Times', 'Lakeside Gazette', 'Capital Dispatch', 'Valley Observer', 'Eastern Chronicle'];

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * Capitalised words that are grammar, not names (sentence openers, pronouns, titles); the
 * generator keeps them so that the prose stays prose.
 */
export const KEPT_CAPITALISED = new Set([
  'A', 'An', 'The', 'In', 'On', 'At', 'By', 'For', 'From', 'To', 'Of', 'With', 'And', 'But', 'Or', 'Nor', 'So', 'Yet', 'As', 'If', 'When', 'While', 'After', 'Before',
  'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'This', 'That', 'These', 'Those', 'There', 'Here', 'However', 'Meanwhile',
  'According', 'Since', 'Although', 'Despite', 'During', 'Under', 'Over', 'Some', 'Many', 'Most', 'Other', 'Others', 'Such', 'Both', 'Each', 'All', 'No', 'Not',
  'Mr', 'Mrs', 'Ms', 'Dr', 'President', 'Secretary', 'Minister', 'General', 'Governor', 'Senator', 'Officials', 'Sources', 'Source', 'Police', 'Army',
]);
