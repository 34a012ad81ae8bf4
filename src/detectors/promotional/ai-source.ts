import { compilePhrases, execAll } from '../../engine/lexicon';
import { AI_TOOL_NOUNS, SOURCE_OPENERS, TOOL_SPEECH_VERBS } from './lexicon';

// An AI product presented as the source of a statement ("according to X's Y engine, …"): the
// outlet's voice selling a product as an authority.

/**
 * Pieces of the words that can name an AI tool: `/engine|chat ?bot|copilot|\.ai|gpt|llm|language model/i`
 * spelt with explicit case classes and shared first letters factored out (a non-Unicode `i` flag
 * folds nothing but ASCII letters, so this is the same pattern), which V8 scans a quarter faster.
 */
const TOOL_PIECES = /[eE][nN][gG][iI][nN][eE]|[cC](?:[hH][aA][tT] ?[bB][oO][tT]|[oO][pP][iI][lL][oO][tT])|\.[aA][iI]|[gG][pP][tT]|[lL](?:[lL][mM]|[aA][nN][gG][uU][aA][gG][eE] [mM][oO][dD][eE][lL])/;

/** A cheap pre-test for `aiSourceAt`: the sentence has a word that can name an AI tool ("AI" itself is case-sensitive). */
export function mentionsTool(text: string): boolean {
  return text.includes('AI') || TOOL_PIECES.test(text);
}

/** A tool noun heading the phrase, possibly with its maker after it ("the AI engine of Veritas"). */
const TOOL_TAIL = new RegExp(`(?:${compilePhrases(AI_TOOL_NOUNS, {}, 'iu').source}|GPT[\\w.-]*)(?:\\s+(?:of|from|by|at|built by|developed by|made by)\\s+[\\p{Lu}][\\p{L}\\p{N}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{N}.'’-]*){0,2})?$`, 'iu');
const SOURCE_OPENER = compilePhrases(SOURCE_OPENERS, {}, 'giu');
/** "X's Y engine says …", "Sage, X's AI engine, says …": an AI product speaking in the present tense. */
const TOOL_SUBJECT = new RegExp(`^([^;:!?()"“”]{1,80}?),?\\s+${compilePhrases(TOOL_SPEECH_VERBS, {}, 'u').source}`, 'u');
const AI_DOMAIN = /[\p{L}\p{N}]\.ai(?![\p{L}\p{N}])/iu;
const NAMED = /^[\p{Lu}]/u;
const DETERMINER = /^(?:The|A|An|This|That|These|Those|Its|Their|Our|His|Her|Your|Some|One)$/;
/** The noun phrase after a source opener, up to the clause's end. */
const SOURCE_PHRASE = /^\s+([^,;:!?()"“”]{1,80}?)(?=\s*(?:[,;:!?()"“”]|\.(?:\s|$)|$))/u;

/**
 * An AI product presented as the source of a statement: "according to X's Y engine, …". Returns
 * the offset of the opener, or -1. The product must be named (a capitalised token) and the tool
 * noun must head the phrase, so "according to the engine manufacturer" or "according to a chatbot
 * study" do not count.
 */
export function aiSourceAt(text: string): number {
  SOURCE_OPENER.lastIndex = 0;
  for (const m of execAll(SOURCE_OPENER, text)) {
    if (isNamedTool(SOURCE_PHRASE.exec(text.slice(m.index + m[0].length))?.[1])) return m.index;
  }
  return isNamedTool(TOOL_SUBJECT.exec(text)?.[1]) ? 0 : -1;
}

/**
 * A named AI product: some comma-separated segment ends in a tool noun ("… Sage engine") or
 * carries an .ai domain, and a word other than a leading determiner is capitalised ("The AI says"
 * and "the company's AI model" name nothing).
 */
function isNamedTool(phrase: string | undefined): boolean {
  const p = phrase?.trim();
  if (!p || p.split(/\s+/).length > 10) return false;
  const segments = p.split(/\s*,\s*/);
  if (!segments.some((seg) => TOOL_TAIL.test(seg) || AI_DOMAIN.test(seg))) return false;
  return p.split(/\s+/).some((word, i) => NAMED.test(word) && !(i === 0 && DETERMINER.test(word)) && !/^(?:AI|LLM|GPT)$/.test(word));
}
