/** One step of a simulated editing session: text typed or deleted at a place, or an undo to an earlier version. */
export type EditStep = { kind: 'type'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'undo'; back: number };

/** The version a step makes from the last of `versions` (positions wrap round the text's length). */
export function nextVersion(versions: readonly string[], step: EditStep): string {
  const text = versions[versions.length - 1]!;
  if (step.kind === 'undo') return versions[Math.max(0, versions.length - 1 - step.back)]!;
  const at = step.at % (text.length + 1);
  return step.kind === 'type' ? text.slice(0, at) + step.text + text.slice(at) : text.slice(0, at) + text.slice(at + step.length);
}
