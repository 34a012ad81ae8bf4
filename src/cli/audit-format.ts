import type { SourcingAudit } from '../audit';
import { VOICE_LABEL, shareBar } from '../audit/present';

/** An audited file, ready for formatting. */
export interface AuditReport {
  path: string;
  audit: SourcingAudit;
}


/** Pads cells to column widths; numbers right-aligned, text left-aligned. */
function table(rows: string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((r) =>
    r
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c]! - [...cell].length);
        return rightAligned.has(c) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** One file's audit as aligned tables for people. */
function formatOne({ path, audit }: AuditReport): string[] {
  const out: string[] = [];
  const s = audit.sources;
  out.push(`${path}${audit.outlet ? ` (${audit.outlet})` : ''}`);
  out.push(`  Sources:     ${s.named} named, ${s.anonymous} anonymous (${s.anonymousAttributions} unnamed attribution${s.anonymousAttributions === 1 ? '' : 's'}), ${s.vague} vague attribution${s.vague === 1 ? '' : 's'}`);
  out.push(`  Quotes:      ${audit.quotes.count} quotation${audit.quotes.count === 1 ? '' : 's'}, ${audit.quotes.words} words quoted`);
  out.push(`  Promotional: ${percent(audit.promotional.share)} of the text (${audit.promotional.chars} of ${audit.textLength} characters, ${audit.promotional.findings} finding${audit.promotional.findings === 1 ? '' : 's'})`);
  out.push(`  Loaded language: ${audit.loadedLanguage} finding${audit.loadedLanguage === 1 ? '' : 's'}`);
  if (audit.speakers.length) {
    out.push('');
    const rows = [['Speaker', 'Kind', 'Quotes', 'Words', 'Attributions', 'Role / organisation']];
    for (const sp of audit.speakers) {
      const described = [sp.role, sp.organisation && !(sp.role ?? '').includes(sp.organisation) ? sp.organisation : undefined].filter(Boolean).join('; ');
      rows.push([clip(sp.name, 40), VOICE_LABEL[sp.kind], String(sp.quotes), String(sp.quotedWords), String(sp.attributions), clip(described || '—', 60)]);
    }
    out.push(...table(rows, new Set([2, 3, 4])).map((l) => `  ${l}`));
  }
  if (audit.quotes.words) {
    out.push('', '  Share of quoted words by kind of voice');
    const rows = audit.voices.filter((v) => v.words).map((v) => {
      return [VOICE_LABEL[v.kind], shareBar(v.share), percent(v.share), `${v.words} words`];
    });
    out.push(...table(rows, new Set([2, 3])).map((l) => `  ${l}`));
  }
  if (audit.claims.length) {
    out.push('', '  Claims (corroborated by / disputed by: other corpus articles on the same story)');
    const rows = [['Claim', 'About', 'Value', 'Corroborated by', 'Disputed by']];
    for (const c of audit.claims) rows.push([clip(c.text, 36), clip(c.topic ?? c.type ?? '—', 34), clip(c.value ?? '—', 24), c.corroboration === undefined ? '—' : String(c.corroboration), String(c.conflicts)]);
    out.push(...table(rows, new Set([3, 4])).map((l) => `  ${l}`));
  }
  return out;
}

/** The audits as text: one section per file, then a summary table when there are several files. */
export function formatAuditText(reports: readonly AuditReport[]): string {
  const out: string[] = [];
  for (const report of reports) out.push(...formatOne(report), '');
  if (reports.length > 1) {
    const rows = [['File', 'Named', 'Anonymous', 'Vague', 'Quotes', 'Words', 'Promotional', 'Loaded', 'Claims']];
    for (const { path, audit: a } of reports) {
      rows.push([path, String(a.sources.named), String(a.sources.anonymous), String(a.sources.vague), String(a.quotes.count), String(a.quotes.words), percent(a.promotional.share), String(a.loadedLanguage), String(a.claims.length)]);
    }
    out.push('Summary', ...table(rows, new Set([1, 2, 3, 4, 5, 6, 7, 8])), '');
  }
  return out.join('\n');
}

/** The audits as JSON (`version: 1`), for tools. */
export function formatAuditJson(reports: readonly AuditReport[]): string {
  return JSON.stringify({ version: 1, files: reports.map(({ path, audit }) => ({ path, audit })) }, null, 2) + '\n';
}
