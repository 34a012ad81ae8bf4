import { parseArgs } from 'node:util';
import { auditClaims, auditSourcing, namedAttributions } from '../audit';
import { DEFAULT_MAX_BYTES } from '../node/read-article';
import { analyseArticles, maxBytesOf } from './articles';
import { SHARED_OPTIONS } from './options';
import { formatAuditJson, formatAuditText, type AuditReport } from './audit-format';

const USAGE = `Usage: credence audit [paths...] [options]

Prints a sourcing audit of each article (.md, .txt; folders are walked): named and anonymous
sources, each speaker with role and organisation, quotes and words quoted per speaker, the share
of quoted words by kind of voice, the promotional share of the text, and claims with how many
corpus articles corroborate them.

Options:
  --corpus DIR            add a folder of articles to compare claims with (repeatable)
  --no-default-corpus     do not compare with the bundled seed articles
  --format text|json      output format (default: text)
  --max-size MB           skip files larger than this (default: ${DEFAULT_MAX_BYTES / 1024 / 1024})
  -h, --help              show this help

Exit codes: 0 audited, 2 usage or input error.
`;

/** Runs `credence audit`; returns the exit code. Usage errors print one line and return 2. */
export function runAudit(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: SHARED_OPTIONS,
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals: paths } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const format = values.format!;
  if (format !== 'text' && format !== 'json') return usageError(`--format must be text or json, not '${format}'`);
  const maxBytes = maxBytesOf(values['max-size']);
  if (typeof maxBytes === 'string') return usageError(maxBytes);

  let inputError = false;
  const problem = (path: string, reason: string) => {
    inputError = true;
    process.stderr.write(`credence: ${path}: ${reason}\n`);
  };
  const reports: AuditReport[] = [];
  const run = { paths, corpusPaths: values.corpus!, includeSeeds: !values['no-default-corpus'], maxBytes };
  for (const { path, uri, text, article, corpus, result } of analyseArticles(run, problem)) {
    const input = { uri, text, ...(article.outlet ? { outlet: article.outlet } : {}) };
    const claims = auditClaims(result.document, article, corpus);
    reports.push({ path, audit: auditSourcing(input, result.findings, { attributions: namedAttributions(result.document), ...(claims ? { claims } : {}) }) });
  }
  process.stdout.write(format === 'json' ? formatAuditJson(reports) : formatAuditText(reports));
  return inputError ? 2 : 0;
}

function usageError(message: string): number {
  process.stderr.write(`credence: ${message}\n`);
  return 2;
}
