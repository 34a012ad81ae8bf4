import type * as vscode from 'vscode';
import type { ArticleInfo, Finding, RelatedLocation } from '../engine';
import type { CorpusService } from './corpus-service';
import { findQuote } from './quote-match';

/** A span in a corpus article, with what is known about the article. */
export interface SourceSpan {
  uri: string;
  start: number;
  end: number;
  /** The sentence around the span, as the finding or the article gives it. */
  sentence: string;
  /** Where the span's text sits inside `sentence` (for highlighting), when found. */
  valueStart?: number;
  valueEnd?: number;
  message?: string;
  info: ArticleInfo;
}

/** What the corpus says about a finding: who contradicts it, who backs it, and the tally. */
export interface Evidence {
  conflicting: SourceSpan[];
  supporting: SourceSpan[];
  /** "2 of 4 sources agree with 59", when the finding compares values. */
  corroboration?: string;
  /** True when the draft had no date and today's date stood in for relative dates. */
  dateAssumed: boolean;
}

/** Reads a finding's `related` and `data` (written by claim-conflict) and searches the corpus for a quote's words. */
export function evidenceFor(finding: Finding, corpus: CorpusService, scope: vscode.Uri | undefined, documentText?: string): Evidence {
  const data = finding.data ?? {};
  const conflicting = (finding.related ?? []).map((r) => span(r, corpus));
  const supporting = relatedList(data.supporting ?? data.agreeing ?? data.corroborating).map((r) => span(r, corpus));
  if (finding.ruleId === 'quote' || finding.ruleId === 'unattributed-quote') {
    const quote = documentText?.slice(finding.start, finding.end) ?? finding.actual ?? '';
    for (const info of corpus.articles(scope)) {
      const folded = corpus.folded(info.uri);
      const hit = folded && findQuote(quote, folded);
      if (hit) supporting.push(span({ uri: info.uri, start: hit.start, end: hit.end, text: '', message: 'carries this quotation' }, corpus));
    }
  }
  return { conflicting, supporting: dedupe(supporting), corroboration: corroboration(finding, conflicting, supporting), dateAssumed: isDateAssumed(data) };
}

function span(r: RelatedLocation, corpus: CorpusService): SourceSpan {
  const info = corpus.articleInfo(r.uri) ?? { uri: r.uri };
  const text = corpus.text(r.uri);
  const value = text?.slice(r.start, r.end) ?? '';
  let sentence = r.text;
  if (!sentence && text) sentence = sentenceAround(text, r.start, r.end);
  const at = value ? sentence.indexOf(value) : -1;
  return { uri: r.uri, start: r.start, end: r.end, sentence, message: r.message, info, ...(at >= 0 ? { valueStart: at, valueEnd: at + value.length } : {}) };
}

/** The sentence (roughly: between sentence ends or line breaks) around a span of an article. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]!) && start - from < 400) from--;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to]!) && to - end < 400) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return text.slice(from, to).trim();
}

function relatedList(value: unknown): RelatedLocation[] {
  if (!Array.isArray(value)) return [];
  return value.filter((r): r is RelatedLocation => !!r && typeof r === 'object' && typeof r.uri === 'string' && typeof r.start === 'number' && typeof r.end === 'number')
    .map((r) => ({ ...r, text: typeof r.text === 'string' ? r.text : '', message: typeof r.message === 'string' ? r.message : '' }));
}

function dedupe(spans: SourceSpan[]): SourceSpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => !seen.has(s.uri) && !!seen.add(s.uri));
}

/**
 * The tally over the corpus sources that state the fact: "2 of 3 sources agree with 58; 1 agrees
 * with the draft (61)". From the detector's value groups when it gives them, else counted here.
 */
function corroboration(finding: Finding, conflicting: SourceSpan[], supporting: SourceSpan[]): string | undefined {
  if (finding.ruleId !== 'claim-conflict') return undefined;
  const data = finding.data ?? {};
  const groups = Array.isArray(data.conflicting)
    ? (data.conflicting as Array<{ value?: unknown; sources?: unknown }>).filter((g) => g && g.value !== undefined && Array.isArray(g.sources))
    : [];
  const draft = String(data.value ?? finding.actual ?? 'the draft');
  const backing = new Set(supporting.map((s) => s.uri)).size;
  const agreeing = backing ? `${backing} ${backing === 1 ? 'agrees' : 'agree'} with the draft (${draft})` : `none agrees with the draft (${draft})`;
  if (groups.length) {
    const total = backing + groups.reduce((n, g) => n + (g.sources as unknown[]).length, 0);
    return [...groups.map((g) => `${(g.sources as unknown[]).length} of ${total} sources agree with ${String(g.value)}`), agreeing].join('; ');
  }
  const against = new Set(conflicting.map((s) => s.uri)).size;
  if (!against) return undefined;
  return `${against} of ${against + backing} sources agree with ${finding.expected ?? 'another value'}; ${agreeing}`;
}

function isDateAssumed(data: Record<string, unknown>): boolean {
  return data.dateAssumed === true || data.dateSource === 'today' || data.articleDateSource === 'today' || (data.article as ArticleInfo | undefined)?.dateSource === 'today';
}
