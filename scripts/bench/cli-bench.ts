/**
 * The `marsad` command on generated archives (JSON Lines), built first (`npm run build:cli`) and run as users run
 * it, output to /dev/null:
 * - throughput on the benchmark corpus with one job and with every core (articles/s and MB/s of article text,
 *   wall clock from start to exit, start-up included), and articles per second of processor time (the process's
 *   every thread, from its summary: per core, and hardly changed by other work on the machine);
 * - peak resident memory of `marsad extract` (merge included) on 20,000 and on 200,000 generated articles, and
 *   the ratio (constant memory: the larger run should stay within 1.5× of the smaller one), and of the map stage
 *   alone (`--no-merge`) on 200,000. The 200,000-article runs take minutes: left out with --quick.
 * Wall-clock figures on a shared machine measure its load as much as the command: read them as rough.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/pipeline/types';
import { corpusBytes, writeCorpusLines } from '../generate-corpus';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist-cli', 'marsad.js');
const corpusFolder = join(root, process.env['MARSAD_BENCH_OUT'] ?? 'bench-out', 'corpus');

function log(line: string): void {
  process.stderr.write(`    ${line}\n`);
}

function buildCli(): void {
  const result = spawnSync(
    join(root, 'node_modules', '.bin', 'vite'),
    ['build', '--config', 'scripts/cli/vite.config.ts', '--logLevel', 'error'],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`npm run build:cli failed: ${result.stderr}`);
}

interface CliRun {
  seconds: number;
  peakMb: number;
  /** Processor time of the whole process (every thread), from its summary. */
  cpuSeconds: number;
}

/** Runs `marsad ARGS`, output discarded; the peak memory is the one its summary reports (the whole process). */
function runCli(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const peak = /peak memory ([\d,]+) MB, processor time ([\d.]+) s/.exec(stderr);
      if (code !== 0 || peak === null) {
        reject(new Error(`marsad ${args.join(' ')} exited ${code}: ${stderr.slice(-500)}`));
        return;
      }
      resolve({
        seconds,
        peakMb: Number((peak[1] as string).replaceAll(',', '')),
        cpuSeconds: Number(peak[2]),
      });
    });
  });
}

/** A generated archive of `count` articles as JSON Lines, kept in bench-out/corpus/ between runs. */
async function archive(count: number): Promise<string> {
  const path = join(corpusFolder, `archive-${count}-seed1.jsonl`);
  if (existsSync(path) && statSync(path).size > 0) return path;
  mkdirSync(corpusFolder, { recursive: true });
  log(`generating ${count.toLocaleString('en-GB')} articles → ${path}`);
  const stream = createWriteStream(`${path}.part`);
  await writeCorpusLines({ count, seed: 1 }, stream);
  await new Promise((resolve) => stream.end(resolve));
  const { renameSync } = await import('node:fs');
  renameSync(`${path}.part`, path);
  return path;
}

export async function benchCli(articles: readonly Article[]): Promise<Record<string, number>> {
  const quick = process.argv.includes('--quick');
  buildCli();
  const results: Record<string, number> = {};
  const cores = availableParallelism();
  results['cli_cores'] = cores;

  // Throughput on the benchmark corpus.
  mkdirSync(corpusFolder, { recursive: true });
  const corpus = join(corpusFolder, `cli-bench-${articles.length}.jsonl`);
  writeFileSync(corpus, articles.map((article) => JSON.stringify(article)).join('\n') + '\n');
  const megabytes = corpusBytes(articles.map((article) => article.text)) / 1e6;
  for (const [jobs, key] of [
    [1, '1core'],
    [cores, 'all'],
  ] as const) {
    const run = await runCli(['extract', '--jobs', String(jobs), '--format', 'jsonl', corpus]);
    results[`cli_articles_s_${key}`] = articles.length / run.seconds;
    results[`cli_mb_s_${key}`] = megabytes / run.seconds;
    // Per core, from processor time: what a core does whatever else runs on the machine.
    results[`cli_articles_per_cpu_s_${key}`] = articles.length / run.cpuSeconds;
    log(
      `${jobs} job(s): ${(articles.length / run.seconds).toFixed(0)} articles/s, ` +
        `${(articles.length / run.cpuSeconds).toFixed(0)} articles per processor second`,
    );
  }
  if (quick) return results;

  // Memory at 20k and 200k articles.
  const small = await runCli(['extract', '--format', 'jsonl', await archive(20_000)]);
  log(`20,000 articles: peak ${small.peakMb} MB in ${small.seconds.toFixed(0)} s`);
  const largeArchive = await archive(200_000);
  const large = await runCli(['extract', '--format', 'jsonl', largeArchive]);
  log(`200,000 articles: peak ${large.peakMb} MB in ${large.seconds.toFixed(0)} s`);
  const mapOnly = await runCli(['extract', '--no-merge', largeArchive]);
  log(`200,000 articles, --no-merge: peak ${mapOnly.peakMb} MB in ${mapOnly.seconds.toFixed(0)} s`);
  results['cli_rss_20k_mb'] = small.peakMb;
  results['cli_rss_200k_mb'] = large.peakMb;
  results['cli_rss_ratio_200k_20k'] = large.peakMb / small.peakMb;
  results['cli_rss_no_merge_200k_mb'] = mapOnly.peakMb;
  results['cli_articles_s_200k'] = 200_000 / large.seconds;
  return results;
}
