import type { VoiceKind } from './types';

/** How each kind of voice is named for people, in the CLI table and the VS Code summary alike. */
export const VOICE_LABEL: Readonly<Record<VoiceKind, string>> = {
  government: 'government/officials',
  expert: 'experts',
  affected: 'affected people',
  outlet: 'the outlet itself',
  unnamed: 'unnamed',
  other: 'other',
};

/** A share (0..1) as a fixed-width text bar, so charts read the same in a terminal and in markdown. */
export function shareBar(share: number, width = 20): string {
  const filled = Math.max(0, Math.min(width, Math.round(share * width)));
  return `${'█'.repeat(filled)}${'·'.repeat(width - filled)}`;
}
