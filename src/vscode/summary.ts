/**
 * The sourcing summary of one draft as a markdown document: who is quoted and how often, named
 * versus unnamed sources, promotional blocks and claim conflicts. Pure (no `vscode`); all draft
 * and corpus text is escaped, so the preview shows it as text.
 */
import type { Finding } from '../engine';
import { auditSourcing } from '../audit';
import { VOICE_LABEL, shareBar } from '../audit/present';
import { codeSpan, escapeMarkdown } from './markdown-escape';

/** A corpus article that disagrees with a claim, as the summary names it. */
export interface SummarySource {
  name: string;
  date?: string;
}

export interface SummaryInput {
  /** The draft's file name, for the title. */
  name: string;
  text: string;
  findings: readonly Finding[];
  /** 1-based line of an offset. */
  lineOf(offset: number): number;
  /** The other sources behind a claim-conflict finding. */
  sourcesOf(finding: Finding): SummarySource[];
}

/** Counts for the status bar and the summary's first table. */
export interface SummaryCounts {
  anonymous: number;
  conflicts: number;
  promotional: number;
  unattributed: number;
  quotes: number;
  namedSpeakers: number;
  unnamedSpeakers: number;
}

/** Tallies a draft's findings by what an editor cares about. */
export function countFindings(findings: readonly Finding[]): SummaryCounts {
  const of = (id: string) => findings.filter((f) => f.ruleId === id);
  const speakers = speakerTable(findings);
  return {
    anonymous: of('anonymous-source').length,
    conflicts: of('claim-conflict').length,
    promotional: of('promotional').length,
    unattributed: of('unattributed-quote').length,
    quotes: of('quote').length,
    namedSpeakers: speakers.filter((s) => !s.anonymous).length,
    unnamedSpeakers: speakers.filter((s) => s.anonymous).length,
  };
}

interface SpeakerRow {
  speaker: string;
  anonymous: boolean;
  quotes: Finding[];
}

function speakerTable(findings: readonly Finding[]): SpeakerRow[] {
  const rows = new Map<string, SpeakerRow>();
  for (const f of findings) {
    if (f.ruleId !== 'quote' || !f.speaker) continue;
    const key = `${f.anonymousSpeaker ? 'u' : 'n'}:${f.speaker.toLowerCase()}`;
    const row = rows.get(key) ?? { speaker: f.speaker, anonymous: !!f.anonymousSpeaker, quotes: [] };
    row.quotes.push(f);
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => b.quotes.length - a.quotes.length || a.speaker.localeCompare(b.speaker));
}

/** The summary document. */
export function buildSummary(input: SummaryInput): string {
  const { findings, lineOf } = input;
  const counts = countFindings(findings);
  const excerpt = (f: Finding, max = 90) => {
    const text = input.text.slice(f.start, f.end).replace(/\s+/g, ' ').trim();
    return codeSpan(text.length > max ? `${text.slice(0, max - 1)}…` : text);
  };
  const lines = (f: Finding) => {
    const first = lineOf(f.start);
    const last = lineOf(Math.max(f.start, f.end - 1));
    return first === last ? `line ${first}` : `lines ${first}–${last}`;
  };
  const out: string[] = [`# Sourcing summary: ${escapeMarkdown(input.name)}`, ''];
  out.push('| What | Count |', '| --- | ---: |');
  out.push(`| Named speakers quoted | ${counts.namedSpeakers} |`);
  out.push(`| Unnamed speakers quoted | ${counts.unnamedSpeakers} |`);
  out.push(`| Anonymous attributions | ${counts.anonymous} |`);
  out.push(`| Quotations | ${counts.quotes} |`);
  out.push(`| Quotations with no speaker | ${counts.unattributed} |`);
  out.push(`| Promotional blocks | ${counts.promotional} |`);
  out.push(`| Claims other sources contradict | ${counts.conflicts} |`, '');

  const speakers = speakerTable(findings);
  out.push('## Speakers', '');
  if (speakers.length) {
    out.push('| Speaker | Named | Quotes | Where |', '| --- | --- | ---: | --- |');
    for (const s of speakers) out.push(`| ${escapeMarkdown(s.speaker)} | ${s.anonymous ? 'no' : 'yes'} | ${s.quotes.length} | ${s.quotes.map(lines).join(', ')} |`);
  } else {
    out.push('No quotation with a speaker.');
  }
  out.push('');
  voices(out, input);

  section(out, 'Quotations with no speaker', findings.filter((f) => f.ruleId === 'unattributed-quote'), (f) => `- ${lines(f)}: ${excerpt(f)}`);
  section(out, 'Anonymous sourcing', findings.filter((f) => f.ruleId === 'anonymous-source'), (f) => `- ${lines(f)}: ${excerpt(f)}`);
  section(out, 'Promotional blocks', findings.filter((f) => f.ruleId === 'promotional'), (f) => `- ${lines(f)}: ${excerpt(f, 70)}`);
  section(out, 'Claim conflicts', findings.filter((f) => f.ruleId === 'claim-conflict'), (f) => {
    const others = input.sourcesOf(f).map((s) => `${escapeMarkdown(s.name)}${s.date ? ` (${escapeMarkdown(s.date)})` : ''}`);
    const expected = f.expected !== undefined ? `; other sources say ${codeSpan(f.expected)}` : '';
    return `- ${lines(f)}: ${excerpt(f)}${expected}${others.length ? `: ${others.join(', ')}` : ''}`;
  });
  return out.join('\n');
}

/** Who gets the quoted words, by kind of voice, as a bar chart; and how much of the text sells. */
function voices(out: string[], input: SummaryInput): void {
  const audit = auditSourcing({ uri: input.name, text: input.text }, input.findings);
  out.push('## Voices', '');
  const shares = audit.voices.filter((v) => v.words > 0);
  if (shares.length) {
    out.push('| Kind of voice | Share of quoted words | Quotes | Words |', '| --- | --- | ---: | ---: |');
    for (const v of shares) out.push(`| ${VOICE_LABEL[v.kind]} | \`${shareBar(v.share)}\` ${(v.share * 100).toFixed(1)}% | ${v.quotes} | ${v.words} |`);
  } else {
    out.push('No quoted words.');
  }
  out.push('', `Sources: ${audit.sources.named} named, ${audit.sources.anonymous} unnamed, ${audit.sources.vague} vague. Promotional text: ${(audit.promotional.share * 100).toFixed(1)}% of the draft. Loaded wording: ${audit.loadedLanguage}.`, '');
}

function section(out: string[], title: string, findings: Finding[], render: (f: Finding) => string): void {
  out.push(`## ${title}`, '');
  out.push(...(findings.length ? findings.map(render) : ['None found.']), '');
}
