import { parseArgs } from 'node:util';
import { relative, isAbsolute } from 'node:path';
import { DETECTORS, SEVERITIES, atLeast, type Severity } from '../engine';
import { ruleUrl } from '../engine/detector';
import { DEFAULT_MAX_BYTES } from '../node/read-article';
import { analyseArticles, maxBytesOf } from './articles';
import { jsonWriter, sarifWriter, textWriter } from './format';
import { runAudit } from './audit';
import { SHARED_OPTIONS } from './options';

const VERSION = '0.1.0';
const USAGE = `Usage: credence check [paths...] [options]
       credence audit [paths...] [--format text|json]   (sourcing audit; see credence audit --help)

Checks news articles (.md, .txt; folders are walked) for anonymous sourcing, quotes and
their speakers, promotional insertions and claims that disagree with other coverage.

Options:
  --corpus DIR            add a folder of articles to compare claims with (repeatable)
  --no-default-corpus     do not compare with the bundled seed articles
  --format text|json|sarif  output format (default: text)
  --rules id,id           run only these rules (${DETECTORS.map((d) => d.id).join(', ')})
  --fail-on LEVEL         exit 1 when a finding at or above LEVEL is found: ${SEVERITIES.join('|')} (default: error)
  --max-size MB           skip files larger than this (default: ${DEFAULT_MAX_BYTES / 1024 / 1024})
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 nothing at or above --fail-on, 1 something was, 2 usage or input error.
`;

/** A usage or input problem: one line to stderr and exit code 2, never a stack trace. */
class UsageError extends Error {}

function main(argv: string[]): number {
  if (argv[0] === 'audit') return runAudit(argv.slice(1));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...SHARED_OPTIONS,
      rules: { type: 'string' },
      'fail-on': { type: 'string', default: 'error' },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command = 'check', ...paths] = positionals;
  if (command !== 'check') throw new UsageError(`unknown command '${command}' (try: credence check [paths...])`);
  const format = values.format!;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not '${format}'`);
  const failOn = values['fail-on'] as Severity;
  if (!SEVERITIES.includes(failOn)) throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}, not '${failOn}'`);
  const only = values.rules?.split(',').map((s) => s.trim()).filter(Boolean);
  for (const id of only ?? []) if (!DETECTORS.some((d) => d.id === id)) throw new UsageError(`unknown rule '${id}' in --rules (rules: ${DETECTORS.map((d) => d.id).join(', ')})`);
  const maxBytes = maxBytesOf(values['max-size']);
  if (typeof maxBytes === 'string') throw new UsageError(maxBytes);

  let inputError = false;
  const problem = (path: string, reason: string) => {
    inputError = true;
    process.stderr.write(`credence: ${path}: ${reason}\n`);
  };
  const pathOf = (uri: string) => (isAbsolute(uri) ? relative(process.cwd(), uri) || uri : uri);
  const rules = DETECTORS.map((d) => ({ id: d.id, title: d.meta.title, description: d.meta.description, url: ruleUrl(d.id) }));
  const write = (chunk: string) => void process.stdout.write(chunk);
  // Each file is written as soon as it is checked, so memory stays flat however many files there are.
  const writer = format === 'json' ? jsonWriter(write, pathOf) : format === 'sarif' ? sarifWriter(write, rules, VERSION, pathOf) : textWriter(write);
  let failed = false;
  const run = { paths, corpusPaths: values.corpus!, includeSeeds: !values['no-default-corpus'], maxBytes, only };
  for (const { path, result } of analyseArticles(run, problem)) {
    writer.file({ path, document: result.document, findings: result.findings });
    failed ||= result.findings.some((f) => atLeast(f.severity, failOn));
  }
  writer.end();
  if (inputError) return 2;
  return failed ? 1 : 0;
}

// A reader that stops early (`credence check | head`) is not an error: stop quietly, without a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`credence: cannot write the report: ${error.message}\n`);
  process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? (error as Error).message : `internal error: ${(error as Error).message}`;
  process.stderr.write(`credence: ${message}\n`);
  process.exitCode = 2;
}
