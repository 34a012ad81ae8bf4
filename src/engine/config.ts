import type { Severity } from './finding';

/** A rule's setting: off, a severity, or a severity with options. */
export type RuleSetting = 'off' | Severity | ['off' | Severity, Record<string, unknown>];

/** The one shape of configuration, from settings, `.credencerc.json` or CLI flags. */
export interface CredenceConfig {
  rules?: Record<string, RuleSetting>;
}

/** A rule's effective state after applying config to its defaults. */
export interface ResolvedRule {
  enabled: boolean;
  severity: Severity;
  options: Record<string, unknown>;
}

/** Applies a config entry to a rule's default severity. */
export function resolveRule(defaultSeverity: Severity, setting: RuleSetting | undefined): ResolvedRule {
  if (setting === undefined) return { enabled: true, severity: defaultSeverity, options: {} };
  const [level, options] = Array.isArray(setting) ? setting : [setting, {}];
  if (level === 'off') return { enabled: false, severity: defaultSeverity, options };
  return { enabled: true, severity: level, options };
}
