import { parseArgs } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { Analyzer, DETECTORS } from '../engine';
import { auditClaims, auditSourcing, namedAttributions } from '../audit';
import { collectArticles } from '../node/walk';
import { readArticle, DEFAULT_MAX_BYTES } from '../node/read-article';
import { loadCorpus } from '../node/corpus-loader';
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
  const maxBytes = values['max-size'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-size']) * 1024 * 1024;
  if (!(maxBytes > 0)) return usageError(`--max-size must be a positive number of megabytes, not '${values['max-size']}'`);

  let inputError = false;
  const problem = (path: string, reason: string) => {
    inputError = true;
    process.stderr.write(`credence: ${path}: ${reason}\n`);
  };
  const seedsDir = join(dirname(__filename), '..', 'seeds');
  const { corpus, errors } = loadCorpus({ paths: values.corpus!, includeSeeds: !values['no-default-corpus'], seedsDir, maxBytes });
  for (const e of errors) problem(e.path, e.reason);
  const walked = collectArticles(paths.length ? paths : ['.']);
  for (const e of walked.errors) problem(e.path, e.reason);

  const analyzer = new Analyzer(DETECTORS);
  const reports: AuditReport[] = [];
  for (const path of walked.files) {
    const read = readArticle(path, maxBytes);
    if (!read.ok) {
      problem(path, read.reason);
      continue;
    }
    const uri = resolve(path);
    const article = corpus?.articles().find((a) => a.uri === uri);
    const result = analyzer.analyze(read.text, { uri, languageId: /\.(md|markdown)$/i.test(path) ? 'markdown' : 'plaintext', corpus, ...(article ? { article } : {}) });
    for (const failure of result.failures) problem(path, `rule ${failure.ruleId} failed: ${failure.message}`);
    const input = { uri, text: read.text, ...(article?.outlet ? { outlet: article.outlet } : {}) };
    const claims = auditClaims(result.document, { uri, ...article }, corpus);
    reports.push({ path, audit: auditSourcing(input, result.findings, { attributions: namedAttributions(result.document), ...(claims ? { claims } : {}) }) });
  }
  process.stdout.write(format === 'json' ? formatAuditJson(reports) : formatAuditText(reports));
  return inputError ? 2 : 0;
}

function usageError(message: string): number {
  process.stderr.write(`credence: ${message}\n`);
  return 2;
}
