/** `tokens.join(' ')`; a one-word name (most of them) is its token, with nothing made. */
export function joinTokens(tokens: readonly string[]): string {
  if (tokens.length === 1) return tokens[0]!;
  let joined = '';
  for (let i = 0; i < tokens.length; i++) joined = i ? `${joined} ${tokens[i]!}` : tokens[i]!;
  return joined;
}
