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

/**
 * Writes a report file by file as the files are checked, so that memory does not grow with the
 * number of files; `end` writes what comes after the last file.
 */
export interface ReportWriter {
  file(report: FileReport): void;
  end(): void;
}

/** Collects a writer's output into one string. */
function collect(make: (write: (chunk: string) => void) => ReportWriter, reports: readonly FileReport[]): string {
  const chunks: string[] = [];
  const writer = make((chunk) => chunks.push(chunk));
  for (const report of reports) writer.file(report);
  writer.end();
  return chunks.join('');
}

/** `path:line:col severity rule message` plus an excerpt line, like other linters; 1-based positions. */
export function textWriter(write: (chunk: string) => void): ReportWriter {
  const totals = new Map<Severity, number>();
  let files = 0;
  let count = 0;
  return {
    file({ path, document, findings }) {
      files++;
      const out: string[] = [];
      for (const f of findings) {
        const { line, character } = document.toPoint(f.start);
        out.push(`${path}:${line + 1}:${character + 1} ${f.severity} ${f.ruleId} ${f.message}`);
        out.push(`    ${excerpt(document.text, f.start, f.end)}`);
        for (const r of f.related ?? []) out.push(`    ↳ ${r.message}`);
        totals.set(f.severity, (totals.get(f.severity) ?? 0) + 1);
        count++;
      }
      if (out.length) write(out.join('\n') + '\n');
    },
    end() {
      const bySeverity = (['error', 'warning', 'info', 'hint'] as const).filter((s) => totals.get(s)).map((s) => `${totals.get(s)} ${s}`);
      write(`${count} finding${count === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}${bySeverity.length ? ` (${bySeverity.join(', ')})` : ''}\n`);
    },
  };
}

/** The text report as one string. */
export function formatText(reports: readonly FileReport[]): string {
  return collect(textWriter, reports);
}

/** The flagged text on one line, shortened in the middle when long. */
function excerpt(text: string, start: number, end: number): string {
  const flat = text.slice(start, end).replace(/\s+/g, ' ');
  return flat.length <= 100 ? flat : `${flat.slice(0, 60)} … ${flat.slice(-35)}`;
}

/** One file of the JSON report. */
function jsonFile({ path, document, findings }: FileReport, pathOf: PathOf) {
  return {
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
  };
}

/**
 * Streams `items` into the array at `"<key>": []` of a pretty-printed JSON text (2-space indent),
 * giving exactly what JSON.stringify would give for the whole document.
 */
function arrayWriter(write: (chunk: string) => void, skeleton: string, key: string): { item(value: unknown): void; end(): void } {
  const marker = `"${key}": []`;
  const at = skeleton.indexOf(marker);
  const indent = skeleton.slice(skeleton.lastIndexOf('\n', at) + 1, at);
  const head = skeleton.slice(0, at + marker.length - 1);
  const tail = skeleton.slice(at + marker.length - 1);
  let items = 0;
  return {
    item(value) {
      const json = JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}  `);
      write(`${items++ ? ',' : head}\n${indent}  ${json}`);
    },
    end() {
      write(items ? `\n${indent}${tail}` : head + tail);
    },
  };
}

/** The stable JSON shape documented in the README (`version: 1`), written file by file. */
export function jsonWriter(write: (chunk: string) => void, pathOf: PathOf): ReportWriter {
  const files = arrayWriter(write, JSON.stringify({ version: 1, files: [] }, null, 2) + '\n', 'files');
  return { file: (report) => files.item(jsonFile(report, pathOf)), end: () => files.end() };
}

/** The JSON report as one string. */
export function formatJson(reports: readonly FileReport[], pathOf: PathOf): string {
  return collect((write) => jsonWriter(write, pathOf), reports);
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** The rules as SARIF describes them. */
export type SarifRule = { id: string; title: string; description: string; url: string };

/** SARIF 2.1.0 for code-scanning tools, written file by file; regions use 1-based lines and columns in UTF-16 units. */
export function sarifWriter(write: (chunk: string) => void, rules: readonly SarifRule[], version: string, pathOf: PathOf): ReportWriter {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Credence', version, informationUri: 'https://github.com/credence-news/credence', rules: rules.map((r) => ({ id: r.id, name: r.id, shortDescription: { text: r.title }, fullDescription: { text: r.description || r.title }, helpUri: r.url })) } },
      columnKind: 'utf16CodeUnits',
      results: [],
    }],
  };
  const results = arrayWriter(write, JSON.stringify(log, null, 2) + '\n', 'results');
  return {
    file({ path, document, findings }) {
      for (const f of findings) {
        const s = document.toPoint(f.start);
        const e = document.toPoint(f.end);
        results.item({
          ruleId: f.ruleId,
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: toUri(path) }, region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, charOffset: f.start, charLength: f.end - f.start } } }],
          relatedLocations: (f.related ?? []).map((r, id) => ({ id, message: { text: r.message }, physicalLocation: { artifactLocation: { uri: toUri(pathOf(r.uri)) }, region: { charOffset: r.start, charLength: r.end - r.start, snippet: { text: r.text } } } })),
        });
      }
    },
    end: () => results.end(),
  };
}

/** The SARIF log as one string. */
export function formatSarif(reports: readonly FileReport[], rules: readonly SarifRule[], version: string, pathOf: PathOf): string {
  return collect((write) => sarifWriter(write, rules, version, pathOf), reports);
}

function toUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}
