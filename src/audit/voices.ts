import { DEFINITE_WORDS, DESCRIPTION_STOPWORDS, FORMER_WORDS, INDEFINITE_WORDS, ORDINALS, VOICE_CUES } from './lexicon';
import type { VoiceKind } from './types';

/** What the text tells about a voice, for classifying it. */
export interface VoiceDescription {
  name: string;
  role?: string;
  organisation?: string;
  anonymous: boolean;
}

const CUE_PATTERNS: ReadonlyArray<readonly [VoiceKind, RegExp]> = VOICE_CUES.map(([kind, words]) => [
  kind,
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
]);

/** Lower-case words of a phrase, with initialisms folded ("U.S." → "us"). */
export function words(text: string): string[] {
  return text.toLowerCase().replace(/\.(?=\p{L})/gu, '').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Classifies a voice as government/officials, expert, affected person, the outlet itself, unnamed
 * or other, from its name, role and organisation (data in `VOICE_CUES`). Unnamed voices are
 * `unnamed` whatever they are; a former office-holder speaks as an expert.
 */
export function classifyVoice(voice: VoiceDescription, outlet?: string): VoiceKind {
  if (voice.anonymous) return 'unnamed';
  if (outlet && words(voice.name).join(' ') === words(outlet).join(' ')) return 'outlet';
  const described = [voice.name, voice.role, voice.organisation].filter(Boolean).join(' ');
  for (const [kind, pattern] of CUE_PATTERNS) {
    if (!pattern.test(described)) continue;
    if (kind === 'government' && words(voice.role ?? '').some((w) => FORMER_WORDS.has(w))) return 'expert';
    return kind;
  }
  return 'other';
}

/** An unnamed voice as one or more descriptions in the text refer to it. */
export interface UnnamedSource {
  /** The first, fullest description ("A former U.S. official"). */
  description: string;
  offset: number;
  /** Indexes (into the input) of the descriptions folded into this source, in text order. */
  members: number[];
  content: Set<string>;
  /** A group ("officials", "people familiar with the talks") rather than one person. */
  plural: boolean;
}

function isPlural(word: string): boolean {
  return word === 'people' || word.endsWith('men') || (word.endsWith('s') && !word.endsWith('ss'));
}

/** Singular of a head noun, enough to match "officials" with "official". */
function singular(word: string): string {
  if (word === 'people') return 'person';
  if (word.endsWith('men')) return `${word.slice(0, -3)}man`;
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * Groups descriptions of unnamed sources into distinct sources. A description that does not open
 * with an indefinite word ("the former official", "the official", a bare "second official") refers
 * back to the latest source of the same number (one person or a group) whose description has all its
 * words; an indefinite one ("a U.S. defense official", "a second official") introduces a new source
 * unless it repeats an earlier description word for word.
 */
export function foldUnnamed(descriptions: ReadonlyArray<{ text: string; offset: number }>): UnnamedSource[] {
  const sources: UnnamedSource[] = [];
  const order = descriptions.map((_, i) => i).sort((a, b) => descriptions[a]!.offset - descriptions[b]!.offset);
  for (const index of order) {
    const d = descriptions[index]!;
    const all = words(d.text);
    const content = new Set(all.filter((w) => !DESCRIPTION_STOPWORDS.has(w)).map(singular));
    const first = all[0] ?? '';
    // "a/an/another …" introduces someone new; "the …", or a bare "second official" or
    // "officials", may point back at someone already described.
    const indefinite = INDEFINITE_WORDS.has(first);
    const definite = DEFINITE_WORDS.has(first) || !indefinite;
    const ordinal = all.some((w) => ORDINALS.has(w));
    const key = [...content].join(' ');
    const plural = isPlural(all[all.length - 1] ?? '');
    let target: UnnamedSource | undefined;
    if (definite) {
      // "the official" refers back to the latest singular source with all its words; "the second
      // official" to "a second U.S. defense official".
      target = [...sources].reverse().find((s) => s.plural === plural && [...content].every((w) => s.content.has(w)));
    }
    if (!ordinal) target ??= sources.find((s) => [...s.content].join(' ') === key);
    if (target) {
      target.members.push(index);
      continue;
    }
    sources.push({ description: d.text.trim(), offset: d.offset, members: [index], content, plural });
  }
  return sources;
}
