/** Options every Credence command takes: which articles to compare with, how to print, how large a file may be. */
export const SHARED_OPTIONS = {
  corpus: { type: 'string', multiple: true, default: [] as string[] },
  'no-default-corpus': { type: 'boolean', default: false },
  format: { type: 'string', default: 'text' },
  'max-size': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;
