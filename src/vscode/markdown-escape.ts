/**
 * Escaping for markdown built from untrusted text (drafts, corpus articles). No `vscode` import, so
 * the summary document and unit tests share it.
 */

/** ASCII punctuation, every character of which CommonMark lets a backslash turn into a literal. */
const PUNCTUATION = /[!-/:-@[-`{-~]/g;

/**
 * Makes text inert in markdown: every ASCII punctuation character is backslash-escaped (so no
 * link, image, emphasis, HTML tag, autolink, entity or theme icon can form) and line breaks
 * become spaces (so no block structure can start). Control characters are dropped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
    .replace(PUNCTUATION, '\\$&');
}

/** Inline code of untrusted text: a code span cannot be escaped out of, so pick a longer fence than any backtick run inside. */
export function codeSpan(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.trim() === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** `command:` link with JSON arguments; the caller lists the command in the trusted set. */
export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/** Escapes a sentence, with one span of it in bold (the conflicting value). */
export function highlight(sentence: string, start: number, end: number): string {
  if (!(start >= 0 && start < end && end <= sentence.length)) return escapeMarkdown(sentence);
  return `${escapeMarkdown(sentence.slice(0, start))}**${escapeMarkdown(sentence.slice(start, end))}**${escapeMarkdown(sentence.slice(end))}`;
}
