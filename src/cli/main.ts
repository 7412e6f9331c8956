/**
 * `marsad`: the extraction pipeline on the command line, for whole archives.
 *
 *   marsad extract [options] FILE|FOLDER|- ...   articles in, merged events out (or per-article records)
 *   marsad merge [options] [RECORDS|- ...]       per-article records in, merged events out
 *
 * `marsad extract` is `marsad extract --no-merge | marsad merge`, byte for byte: both run the same reducer
 * (reduce.ts) on the same records (records.ts). See USAGE below and the README's "Processing an archive".
 */
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { IngestOptions } from '../pipeline/ingest/types.ts';
import { reduceResources } from './data.ts';
import { expandInputs, readInputs } from './inputs.ts';
import { Output, OutputClosed } from './output.ts';
import { createExtractor } from './pool.ts';
import { formatCount, Reporter } from './progress.ts';
import { parseRecord } from './records.ts';
import { OUTPUT_FORMATS, Reducer, type OutputFormat } from './reduce.ts';

/** Exit codes, as the help texts list them. */
export const EXIT = {
  /** Done; records that could not be read were reported on stderr and skipped. */
  ok: 0,
  /** Nothing could be read: no article (extract) or no record (merge). */
  nothingRead: 1,
  /** The command line is wrong: unknown option, bad value, no input. */
  usage: 2,
  /** The run failed: the output or a temporary file could not be written, or a worker died. */
  failed: 3,
} as const;

const EXIT_CODES = `Exit codes:
  0  done (a record that could not be read is reported on stderr with its file and line, and skipped)
  1  nothing could be read (no article, or no record for merge)
  2  wrong command line (unknown option, bad value, no input)
  3  the run failed (the output or a temporary file could not be written, a worker died)
  130, 143  stopped by SIGINT (Ctrl-C) or SIGTERM; the temporary files are removed`;

export const MAIN_USAGE = `Usage: marsad <command> [options]

Commands:
  extract   read articles (files, folders, - for standard input) and write their conflict events
  merge     merge the per-article records of \`marsad extract --no-merge\` into events

\`marsad <command> --help\` describes each command.
${EXIT_CODES}
`;

export const EXTRACT_USAGE = `Usage: marsad extract [options] FILE|FOLDER|- ...

Reads articles and writes the conflict events they report, merged across articles (one event per incident).
Inputs: .jsonl/.ndjson (one article per line, read as it streams), .json (an article or a list), .csv, .txt, .md,
.html, .docx, .pdf, .zip; a folder means every such file inside it (in name order); - is standard input (JSON
Lines when its first line is a JSON object, else read whole as HTML, JSON or text). A record or file that cannot
be read is reported on stderr with its file and line, and skipped.

Options:
  -f, --format FORMAT   json (default: {"articles": [...], "events": [...]}), jsonl (one event per line),
                        csv (ACLED's columns, then Marsad's), geojson, geojsonseq (RFC 8142)
      --no-merge        write one record per article with its own events (JSON Lines, in input order),
                        for \`marsad merge\`: extract = extract --no-merge | merge, byte for byte
  -j, --jobs N          worker threads extracting at once (default: the number of cores, here ${availableParallelism()})
      --published DAY   publication day (YYYY-MM-DD) of articles whose file gives none
      --timestamp TIME  the CSV/GeoJSON timestamp of events whose articles have no publication day
                        (YYYY-MM-DD, an ISO time or seconds since 1970; default SOURCE_DATE_EPOCH, else now);
                        other events take the latest publication day of their articles
  -q, --quiet           no progress and no summary on stderr (problems are still reported)
  -h, --help            this text

Progress (articles/s, events, time left) and a summary go to stderr; output to stdout.
${EXIT_CODES}
`;

export const MERGE_USAGE = `Usage: marsad merge [options] [RECORDS|- ...]

Merges the per-article records written by \`marsad extract --no-merge\` (JSON Lines; files, or standard input when
none is given or for -) into events, one per incident, exactly as \`marsad extract\` would have. Give the
records of every shard of an archive, in the archive's order, to get the single run's output.

Options:
  -f, --format FORMAT   json (default), jsonl, csv, geojson, geojsonseq (as for extract)
      --timestamp TIME  as for extract
  -q, --quiet           no progress and no summary on stderr
  -h, --help            this text
${EXIT_CODES}
`;

class UsageError extends Error {}

function formatOption(value: string | undefined): OutputFormat {
  if (value === undefined) return 'json';
  if ((OUTPUT_FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')} (not "${value}")`);
}

/** The export time: --timestamp, else SOURCE_DATE_EPOCH (reproducible outputs), else now. */
function timestampOption(value: string | undefined): Date {
  const given = value ?? process.env['SOURCE_DATE_EPOCH'];
  if (given === undefined || given === '') return new Date();
  const time = /^\d+$/.test(given) ? Number(given) * 1000 : Date.parse(given);
  if (!Number.isFinite(time))
    throw new UsageError(`--timestamp must be a day, an ISO time or seconds since 1970 (not "${given}")`);
  return new Date(time);
}

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

function parse(
  argv: readonly string[],
  options: OptionSpecs,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

const COMMON = {
  format: { type: 'string', short: 'f' },
  timestamp: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * On Ctrl-C (SIGINT) or a stop request (SIGTERM, as a batch system sends): removes the temporary files, then exits
 * with 128 + the signal's number.
 */
function onSignal(cleanUp: () => void): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      cleanUp();
      process.exit(code);
    });
  }
}

/** Runs one command to its end and gives the exit code. Output goes to `stdout`, the rest to stderr. */
async function extractCommand(argv: readonly string[], stdout: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parse(argv, {
    ...COMMON,
    'no-merge': { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
    published: { type: 'string' },
  });
  if (values['help'] === true) {
    process.stdout.write(EXTRACT_USAGE);
    return EXIT.ok;
  }
  const noMerge = values['no-merge'] === true;
  const format = formatOption(values['format'] as string | undefined);
  if (noMerge && values['format'] !== undefined && format !== 'jsonl')
    throw new UsageError('--no-merge writes JSON Lines records for `marsad merge`; choose the format there');
  const jobsText = values['jobs'] as string | undefined;
  const jobs = jobsText === undefined ? availableParallelism() : Number(jobsText);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs must be a whole number ≥ 1 (not "${jobsText}")`);
  const published = values['published'] as string | undefined;
  if (published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(published))
    throw new UsageError('--published needs a day as YYYY-MM-DD');
  const now = timestampOption(values['timestamp'] as string | undefined);
  if (positionals.length === 0) throw new UsageError('no input: give files, folders or - for standard input');

  const inputs = await expandInputs(positionals);
  let totalBytes: number | null = 0;
  for (const file of inputs.files)
    totalBytes = file.bytes === null || totalBytes === null ? null : totalBytes + file.bytes;
  const reporter = new Reporter('marsad extract', process.stderr, {
    quiet: values['quiet'] === true,
    totalBytes,
    noun: 'articles',
  });
  for (const diagnostic of inputs.problems) reporter.diagnostic(diagnostic);
  for (const [extension, count] of inputs.skippedTypes) {
    reporter.diagnostic({
      severity: 'warning',
      code: 'skipped-file-type',
      message: `${count} file(s) ${extension === '' ? 'without an extension' : `of type .${extension}`} in the folders given were left out (no reader for them)`,
    });
  }

  const output = new Output(stdout as NodeJS.WriteStream);
  const reducer = noMerge ? null : new Reducer(output, reduceResources(), { format, now });
  onSignal(() => reducer?.dispose());
  const extractor = createExtractor(jobs, async (_article, result) => {
    reporter.counts.events += result.events;
    for (const diagnostic of result.diagnostics) reporter.diagnostic(diagnostic);
    if (reducer === null) await output.write(`${result.line}\n`);
    else await reducer.add(parseRecord(result.line) as Exclude<ReturnType<typeof parseRecord>, string>);
    reporter.tick();
  });
  try {
    await reducer?.begin();
    const ingestOptions: IngestOptions = published === undefined ? {} : { published };
    for await (const item of readInputs(inputs.files, ingestOptions)) {
      if (item.kind === 'bytes') reporter.counts.inputBytes += item.bytes;
      else if (item.kind === 'diagnostic') reporter.diagnostic(item.diagnostic);
      else {
        reporter.counts.articles += 1;
        reporter.counts.textBytes += Buffer.byteLength(item.article.text, 'utf8');
        await extractor.submit(item.article);
      }
    }
    await extractor.finish();
    // The workers (each with its own lexicons and gazetteer) are stopped before the merge, so that the memory
    // they hold and the merge's are not needed at once.
    await extractor.close();
    let written: string;
    if (reducer === null) {
      await output.end();
      written = `${formatCount(reporter.counts.articles)} records with ${formatCount(reporter.counts.events)} reports`;
    } else {
      const events = await reducer.finish();
      written = `${formatCount(reducer.reports)} reports, ${formatCount(events)} events (${format})`;
    }
    reporter.summary(written);
  } catch (error) {
    if (error instanceof OutputClosed) return EXIT.ok;
    process.stderr.write(`marsad extract: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  } finally {
    await extractor.close();
    reducer?.dispose();
  }
  if (reporter.counts.articles === 0) {
    process.stderr.write('marsad extract: no article could be read\n');
    return EXIT.nothingRead;
  }
  return EXIT.ok;
}

/** The lines of the merge's inputs, each with where it comes from. */
async function* recordLines(
  paths: readonly string[],
): AsyncGenerator<{ line: string; where: string; bytes: number }> {
  for (const path of paths) {
    const input = path === '-' ? process.stdin : createReadStream(path);
    const name = path === '-' ? 'stdin' : path;
    let number = 0;
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      number += 1;
      yield { line, where: `${name}, line ${number}`, bytes: Buffer.byteLength(line, 'utf8') + 1 };
    }
  }
}

async function mergeCommand(argv: readonly string[], stdout: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parse(argv, COMMON);
  if (values['help'] === true) {
    process.stdout.write(MERGE_USAGE);
    return EXIT.ok;
  }
  const format = formatOption(values['format'] as string | undefined);
  const now = timestampOption(values['timestamp'] as string | undefined);
  const paths = positionals.length === 0 ? ['-'] : positionals;
  const files = await expandInputs(paths);
  let totalBytes: number | null = 0;
  for (const file of files.files)
    totalBytes = file.bytes === null || totalBytes === null ? null : totalBytes + file.bytes;
  const reporter = new Reporter('marsad merge', process.stderr, {
    quiet: values['quiet'] === true,
    totalBytes,
    noun: 'records',
  });
  for (const diagnostic of files.problems) reporter.diagnostic(diagnostic);
  const output = new Output(stdout as NodeJS.WriteStream);
  const reducer = new Reducer(output, reduceResources(), { format, now });
  onSignal(() => reducer.dispose());
  try {
    await reducer.begin();
    for await (const { line, where, bytes } of recordLines(files.files.map((file) => file.path))) {
      reporter.counts.inputBytes += bytes;
      if (line.trim() === '') continue;
      const record = parseRecord(line);
      if (typeof record === 'string') {
        reporter.diagnostic({
          severity: 'error',
          code: 'bad-record',
          message: `${where}: ${record}`,
          file: where,
        });
        continue;
      }
      reporter.counts.articles += 1;
      reporter.counts.events += record.events.length;
      await reducer.add(record);
      reporter.tick();
    }
    const events = await reducer.finish();
    reporter.summary(`${formatCount(reducer.reports)} reports, ${formatCount(events)} events (${format})`);
  } catch (error) {
    if (error instanceof OutputClosed) return EXIT.ok;
    process.stderr.write(`marsad merge: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  } finally {
    reducer.dispose();
  }
  if (reporter.counts.articles === 0) {
    process.stderr.write('marsad merge: no record could be read\n');
    return EXIT.nothingRead;
  }
  return EXIT.ok;
}

/** `marsad <command> ...`: runs the command and gives its exit code. */
export async function main(
  argv: readonly string[],
  stdout: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  const [command, ...rest] = argv;
  const name = command === 'merge' ? 'marsad merge' : 'marsad extract';
  try {
    if (command === 'extract') return await extractCommand(rest, stdout);
    if (command === 'merge') return await mergeCommand(rest, stdout);
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(MAIN_USAGE);
      return EXIT.ok;
    }
    process.stderr.write(
      `marsad: ${command === undefined ? 'no command given' : `unknown command "${command}"`}\n\n${MAIN_USAGE}`,
    );
    return EXIT.usage;
  } catch (error) {
    if (error instanceof UsageError) {
      const usage = command === 'merge' ? 'marsad merge --help' : 'marsad extract --help';
      process.stderr.write(`${name}: ${error.message}\nusage: see \`${usage}\`\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
