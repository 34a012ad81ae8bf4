import type { Finding, Severity } from '../engine';
import type { CredenceDocument } from '../engine';

/** A checked file with its findings, ready for formatting. */
export interface FileReport {
  path: string;
  document: CredenceDocument;
  findings: Finding[];
}

/** Maps a related location's uri to what the report shows as its path. */
export type PathOf = (uri: string) => string;

/** `path:line:col severity rule message` plus an excerpt line, like other linters; 1-based positions. */
export function formatText(reports: readonly FileReport[]): string {
  const out: string[] = [];
  const totals = new Map<Severity, number>();
  for (const { path, document, findings } of reports) {
    for (const f of findings) {
      const { line, character } = document.toPoint(f.start);
      out.push(`${path}:${line + 1}:${character + 1} ${f.severity} ${f.ruleId} ${f.message}`);
      out.push(`    ${excerpt(document.text, f.start, f.end)}`);
      for (const r of f.related ?? []) out.push(`    ↳ ${r.message}`);
      totals.set(f.severity, (totals.get(f.severity) ?? 0) + 1);
    }
  }
  const count = reports.reduce((n, r) => n + r.findings.length, 0);
  const bySeverity = (['error', 'warning', 'info', 'hint'] as const).filter((s) => totals.get(s)).map((s) => `${totals.get(s)} ${s}`);
  out.push(`${count} finding${count === 1 ? '' : 's'} in ${reports.length} file${reports.length === 1 ? '' : 's'}${bySeverity.length ? ` (${bySeverity.join(', ')})` : ''}`);
  return out.join('\n') + '\n';
}

/** The flagged text on one line, shortened in the middle when long. */
function excerpt(text: string, start: number, end: number): string {
  const flat = text.slice(start, end).replace(/\s+/g, ' ');
  return flat.length <= 100 ? flat : `${flat.slice(0, 60)} … ${flat.slice(-35)}`;
}

/** The stable JSON shape documented in the README (`version: 1`). */
export function formatJson(reports: readonly FileReport[], pathOf: PathOf): string {
  const files = reports.map(({ path, document, findings }) => ({
    path,
    findings: findings.map((f) => ({
      rule: f.ruleId,
      severity: f.severity,
      message: f.message,
      start: f.start,
      end: f.end,
      range: { start: document.toPoint(f.start), end: document.toPoint(f.end) },
      speaker: f.speaker ?? null,
      anonymousSpeaker: f.anonymousSpeaker ?? null,
      related: (f.related ?? []).map((r) => ({ path: pathOf(r.uri), start: r.start, end: r.end, text: r.text, message: r.message })),
    })),
  }));
  return JSON.stringify({ version: 1, files }, null, 2) + '\n';
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0 for code-scanning tools; regions use 1-based lines and columns in UTF-16 units. */
export function formatSarif(reports: readonly FileReport[], rules: ReadonlyArray<{ id: string; title: string; description: string; url: string }>, version: string, pathOf: PathOf): string {
  const results = reports.flatMap(({ path, document, findings }) =>
    findings.map((f) => {
      const s = document.toPoint(f.start);
      const e = document.toPoint(f.end);
      return {
        ruleId: f.ruleId,
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: toUri(path) }, region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, charOffset: f.start, charLength: f.end - f.start } } }],
        relatedLocations: (f.related ?? []).map((r, id) => ({ id, message: { text: r.message }, physicalLocation: { artifactLocation: { uri: toUri(pathOf(r.uri)) }, region: { charOffset: r.start, charLength: r.end - r.start, snippet: { text: r.text } } } })),
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Credence', version, informationUri: 'https://github.com/credence-news/credence', rules: rules.map((r) => ({ id: r.id, name: r.id, shortDescription: { text: r.title }, fullDescription: { text: r.description || r.title }, helpUri: r.url })) } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function toUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}
