/**
 * The sourcing audit: a pure summary of one article's findings — who speaks, named or not, how much
 * of the quoted text each kind of voice gets, how much of the text sells, and which claims the
 * corpus backs. No I/O; the CLI and the editor present it.
 */
import type { Finding } from '../engine/finding';
import type { NamedAttribution } from './attributions';
import { describeSpeaker } from './speaker-role';
import { VOICE_KINDS, type AuditClaim, type SourcingAudit, type SpeakerSummary, type VoiceKind, type VoiceShare } from './types';
import { classifyVoice, foldUnnamed, words } from './voices';

export { VOICE_KINDS, type AuditClaim, type SourcingAudit, type SpeakerSummary, type VoiceKind, type VoiceShare } from './types';
export { describeSpeaker } from './speaker-role';
export { namedAttributions, blockCredits, type NamedAttribution, type Credit } from './attributions';
export { auditClaims } from './claims';
export { classifyVoice, foldUnnamed } from './voices';

/** The article the findings belong to. */
export interface AuditInput {
  uri: string;
  text: string;
  /** The outlet, so that quotes credited to it count as the outlet's own voice. */
  outlet?: string;
}

/** Extra facts the audit cannot read from findings alone. */
export interface AuditOptions {
  /** Claims with their corroboration, from the claims index; replaces claims read from findings. */
  claims?: readonly AuditClaim[];
  /** Statements credited to named people and bodies without quotation marks (`namedAttributions`). */
  attributions?: readonly NamedAttribution[];
}

const QUOTE_RULES = new Set(['quote', 'unattributed-quote']);
const CLAIM_RULES = new Set(['claim-conflict', 'single-source-claim']);
/** Words before an unnamed description that introduce it ("according to", "described by"). */
const DESCRIPTION_LEAD = /^(?:.*?\b(?:according\s+to|described\s+by|quoted\s+by|cited\s+by|told\s+by)\s+)/iu;
/** Where an unnamed description stops and the attribution begins ("a U.S. official| told Reuters"). */
const DESCRIPTION_END = /\s*(?:,|\(|\bwho\b|\bwhich\b|\bspeaking\b|\bspoke\b|\b(?:said|says|say|told|tells|tell|added|adds|noted|stressed|confirmed|reported|according)\b)/iu;

/** Number of words in a quotation, without its marks. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * The unnamed person an anonymous-source finding describes ("a U.S. defense official"): the span up
 * to the head noun its `data.kind` names ("Sources| credited"), else up to the attribution verb,
 * without a lead-in such as "according to" or "described by".
 */
export function unnamedDescription(f: Finding, text: string): string {
  const data = f.data ?? {};
  for (const key of ['speaker', 'description', 'who']) {
    const value = data[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  if (f.speaker) return f.speaker;
  let span = text.slice(f.start, f.end).replace(/\s+/g, ' ').trim();
  const lead = DESCRIPTION_LEAD.exec(span);
  if (lead) span = span.slice(lead[0].length);
  const kind = typeof data.kind === 'string' ? data.kind.toLowerCase() : undefined;
  const head = kind ? headNounEnd(span, kind) : -1;
  if (head > 0) return span.slice(0, head);
  const cut = DESCRIPTION_END.exec(span);
  if (cut && cut.index > 0) span = span.slice(0, cut.index);
  return span.trim();
}

/** End of the first word whose singular is `kind` ("officials" for "official"), or -1. */
function headNounEnd(span: string, kind: string): number {
  for (const m of span.matchAll(/[\p{L}]+/gu)) {
    const w = m[0].toLowerCase();
    if (w === kind || w === `${kind}s` || (kind === 'person' && w === 'people') || (kind === 'spokesperson' && /^spokes(?:man|men|woman|women|people)$/.test(w))) return m.index + m[0].length;
  }
  return -1;
}

/** Total length of the union of spans, so overlapping promotional findings count once. */
function unionLength(spans: ReadonlyArray<{ start: number; end: number }>): number {
  let total = 0;
  let reach = -1;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const from = Math.max(s.start, reach);
    if (s.end > from) total += s.end - from;
    reach = Math.max(reach, s.end);
  }
  return total;
}

/** Claims as the claim rules report them, with corroboration from their data when they give it. */
function claimsFromFindings(findings: readonly Finding[], text: string): AuditClaim[] {
  return findings
    .filter((f) => CLAIM_RULES.has(f.ruleId))
    .map((f) => {
      const data = f.data ?? {};
      const str = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined);
      // claim-conflict: { agree, total } counts the draft itself among those that agree.
      const tally = data.corroboration as { agree?: unknown; total?: unknown } | number | undefined;
      let corroboration: number | undefined;
      let conflicts = f.ruleId === 'claim-conflict' ? new Set((f.related ?? []).map((r) => r.uri)).size : 0;
      if (typeof tally === 'number') corroboration = tally;
      else if (tally && typeof tally.agree === 'number' && typeof tally.total === 'number') {
        corroboration = tally.agree - 1;
        conflicts = tally.total - tally.agree;
      }
      const type = str('claimType') ?? str('type');
      const topic = str('topic');
      const value = str('value');
      return {
        text: text.slice(f.start, f.end).replace(/\s+/g, ' '),
        start: f.start,
        end: f.end,
        conflicts,
        reportedBy: f.ruleId,
        ...(type ? { type } : {}),
        ...(topic ? { topic } : {}),
        ...(value ? { value } : {}),
        ...(corroboration !== undefined ? { corroboration } : {}),
      };
    });
}

/** The key that makes "Ortiz" and "Ana Ortiz" one speaker. */
function nameKey(name: string): string {
  return words(name).join(' ');
}

/**
 * Builds the sourcing audit of an article from its findings: quotes (with `speaker` and
 * `anonymousSpeaker`), anonymous-source and weasel-attribution findings, promotional and
 * loaded-language findings, and claim findings; plus, when given, named attributions without
 * quotation marks and claims from the claims index.
 */
export function auditSourcing(input: AuditInput, findings: readonly Finding[], options: AuditOptions = {}): SourcingAudit {
  const { text } = input;
  const named = new Map<string, SpeakerSummary>();
  const unnamedMentions: Array<{ text: string; offset: number; quoteWords: number; quote: boolean }> = [];
  let unattributed: SpeakerSummary | undefined;
  let quoteCount = 0;
  let quoteWords = 0;

  const promotional = findings.filter((f) => f.ruleId === 'promotional');
  // Text inside a promotional block is not reporting: a plug for the outlet's own product speaks
  // for the outlet ("According to <our AI engine>, …"); related headlines and calls to action are skipped.
  const promoAt = (start: number) => promotional.find((p) => p.start <= start && start < p.end);
  const ownVoice = new Set<SpeakerSummary>();
  const namedSpeaker = (name: string, offset: number): SpeakerSummary | undefined => {
    const promo = promoAt(offset);
    if (promo && promo.data?.kind !== 'product-plug') return undefined;
    const key = nameKey(name);
    const known = named.get(key) ?? [...named.entries()].find(([k]) => k.endsWith(` ${key}`) || key.endsWith(` ${k}`))?.[1];
    const speaker = known ?? { name, anonymous: false, kind: 'other' as VoiceKind, quotes: 0, quotedWords: 0, attributions: 0, firstOffset: offset };
    if (name.length > speaker.name.length) speaker.name = name;
    speaker.firstOffset = Math.min(speaker.firstOffset, offset);
    if (promo) ownVoice.add(speaker);
    named.set(key, speaker);
    return speaker;
  };

  for (const f of findings) {
    if (!QUOTE_RULES.has(f.ruleId)) continue;
    const wordsInQuote = countWords(text.slice(f.start, f.end));
    quoteCount++;
    quoteWords += wordsInQuote;
    if (!f.speaker) {
      unattributed ??= { name: '(no speaker)', anonymous: true, kind: 'other', quotes: 0, quotedWords: 0, attributions: 0, firstOffset: f.start };
      unattributed.quotes++;
      unattributed.quotedWords += wordsInQuote;
    } else if (f.anonymousSpeaker) {
      unnamedMentions.push({ text: f.speaker, offset: f.start, quoteWords: wordsInQuote, quote: true });
    } else {
      const speaker = namedSpeaker(f.speaker, f.start);
      if (!speaker) continue;
      speaker.quotes++;
      speaker.quotedWords += wordsInQuote;
    }
  }
  for (const a of options.attributions ?? []) {
    const speaker = namedSpeaker(a.name, a.start);
    if (speaker) speaker.attributions++;
  }
  const anonymousFindings = findings.filter((f) => f.ruleId === 'anonymous-source');
  for (const f of anonymousFindings) unnamedMentions.push({ text: unnamedDescription(f, text), offset: f.start, quoteWords: 0, quote: false });

  const speakers: SpeakerSummary[] = [];
  for (const speaker of new Set(named.values())) {
    const { role, organisation, offset, fullName } = describeSpeaker(text, speaker.name);
    const described = {
      ...speaker,
      ...(fullName && fullName.length > speaker.name.length ? { name: fullName } : {}),
      ...(role ? { role } : {}),
      ...(organisation ? { organisation } : {}),
      firstOffset: offset >= 0 ? Math.min(offset, speaker.firstOffset) : speaker.firstOffset,
    };
    speakers.push({ ...described, kind: ownVoice.has(speaker) ? 'outlet' : classifyVoice(described, input.outlet) });
  }
  const unnamed = foldUnnamed(unnamedMentions);
  for (const source of unnamed) {
    const own = source.members.map((i) => unnamedMentions[i]!);
    speakers.push({
      name: source.description,
      anonymous: true,
      kind: 'unnamed',
      quotes: own.filter((m) => m.quote).length,
      quotedWords: own.reduce((n, m) => n + m.quoteWords, 0),
      attributions: own.filter((m) => !m.quote).length,
      firstOffset: source.offset,
    });
  }
  if (unattributed) speakers.push(unattributed);
  speakers.sort((a, b) => a.firstOffset - b.firstOffset);

  const voices: VoiceShare[] = VOICE_KINDS.map((kind) => {
    const of = speakers.filter((s) => s.kind === kind);
    const w = of.reduce((n, s) => n + s.quotedWords, 0);
    return { kind, quotes: of.reduce((n, s) => n + s.quotes, 0), words: w, share: quoteWords ? w / quoteWords : 0 };
  });
  const promoChars = unionLength(promotional);

  return {
    uri: input.uri,
    ...(input.outlet ? { outlet: input.outlet } : {}),
    textLength: text.length,
    sources: {
      named: speakers.filter((s) => !s.anonymous).length,
      anonymous: unnamed.length,
      anonymousAttributions: anonymousFindings.length,
      vague: findings.filter((f) => f.ruleId === 'weasel-attribution').length,
    },
    quotes: { count: quoteCount, words: quoteWords },
    speakers,
    voices,
    promotional: { findings: promotional.length, chars: promoChars, share: text.length ? promoChars / text.length : 0 },
    loadedLanguage: findings.filter((f) => f.ruleId === 'loaded-language').length,
    claims: options.claims ? [...options.claims] : claimsFromFindings(findings, text),
  };
}
