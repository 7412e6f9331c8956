/**
 * `npm run bench`: every benchmark of Marsad in one run, printed as a table (or `--json`: one JSON object).
 *   --quick       smaller sizes for CI (finishes well under two minutes)
 *   --json        print only the JSON object on stdout (progress goes to stderr)
 *   --no-browser  only the Node half
 *   --markdown    also print the table as Markdown (for docs/performance.md)
 *   --only=a,b    only these parts: node, bundle, first-map, pipeline, upload, scrub
 *   --help        this text
 * MARSAD_BENCH_PORT and MARSAD_BENCH_OUT move the bench server's port and build folder.
 * Figures that cannot be measured (a helper or hook is missing, a step failed) are null with the reason.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Article } from '../../src/pipeline/types';
import { generateCorpus, summariseCorpus } from '../generate-corpus';
import {
  emptyResults,
  formatMarkdown,
  formatTable,
  record,
  recordMissing,
  type BenchResults,
} from './report';
import { BROWSER_BENCH_IDS, runBrowserStage } from './browser-stage';

export interface RunOptions {
  quick: boolean;
  json: boolean;
  browser: boolean;
  markdown: boolean;
  /** Parts to run; empty means all. */
  only: string[];
}

const PARTS = ['node', ...BROWSER_BENCH_IDS];

const USAGE = `npm run bench [-- options]: every benchmark of Marsad, printed as a table.
  --quick       smaller sizes (1,000 articles; no 1M-event run), for CI
  --json        print one JSON object on stdout (progress goes to stderr)
  --no-browser  only the Node half (the pipeline on the generated corpus)
  --markdown    also print the table as Markdown
  --only=a,b    only these parts: ${PARTS.join(', ')}
  --help        this text
Environment: MARSAD_BENCH_PORT (default 4391) and MARSAD_BENCH_OUT (default bench-out/) move the bench
server's port and build folder, so two benches can run side by side.`;

function parseOptions(argv: readonly string[]): RunOptions | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        quick: { type: 'boolean' },
        json: { type: 'boolean' },
        'no-browser': { type: 'boolean' },
        markdown: { type: 'boolean' },
        only: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const only = (values.only ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  const unknown = only.filter((part) => !PARTS.includes(part));
  if (unknown.length > 0) return `unknown part ${unknown.join(', ')} in --only; parts: ${PARTS.join(', ')}`;
  return {
    quick: values.quick === true,
    json: values.json === true,
    browser: values['no-browser'] !== true && (only.length === 0 || only.some((part) => part !== 'node')),
    markdown: values.markdown === true,
    only,
  };
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function machine(): Record<string, string | number> {
  const cpu = cpus();
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // not a git checkout
  }
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memory_gb: Math.round(totalmem() / 1e8) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    commit,
    date: new Date().toISOString(),
    /** Other work on the machine skews every timing: the 1-minute load average when the run started. */
    load_average_at_start: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
}

interface Stage {
  file: string;
  exportName: string;
  keys: readonly string[];
  input: 'texts' | 'articles';
}

const STAGES: readonly Stage[] = [
  {
    file: 'text-bench.ts',
    exportName: 'benchText',
    keys: ['normalise_mb_s', 'segment_mb_s', 'scan_floor_mb_s'],
    input: 'texts',
  },
  {
    file: 'geo-bench.ts',
    exportName: 'benchGeo',
    keys: ['geocode_mb_s', 'gazetteer_load_ms'],
    input: 'texts',
  },
  {
    file: 'extract-bench.ts',
    exportName: 'benchExtract',
    keys: ['extract_mb_s', 'extract_articles_s'],
    input: 'articles',
  },
  {
    file: 'merge-bench.ts',
    exportName: 'benchMerge',
    keys: ['merge_100k_ms'],
    input: 'articles',
  },
  {
    file: 'reference-bench.ts',
    exportName: 'benchReference',
    keys: ['reference_40k_import_ms'],
    input: 'articles',
  },
  {
    file: 'cli-bench.ts',
    exportName: 'benchCli',
    keys: ['cli_articles_s_1core', 'cli_mb_s_1core', 'cli_articles_s_all', 'cli_mb_s_all'],
    input: 'articles',
  },
  {
    file: 'pathological-bench.ts',
    exportName: 'benchPathological',
    keys: ['pathological_normal_mb_s', 'pathological_slowdown_max'],
    input: 'articles',
  },
];

type BenchFunction = (input: unknown) => unknown;

async function loadBench(stage: Stage): Promise<BenchFunction | string> {
  const path = join(import.meta.dirname, stage.file);
  if (!existsSync(path)) return `scripts/bench/${stage.file} does not exist yet`;
  try {
    const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    const bench = module[stage.exportName];
    if (typeof bench !== 'function') return `scripts/bench/${stage.file} exports no ${stage.exportName}()`;
    return bench as BenchFunction;
  } catch (error) {
    return `scripts/bench/${stage.file} failed to load: ${error instanceof Error ? error.message : String(error)}`;
  }
}

async function runNodeStage(
  articles: readonly Article[],
  results: BenchResults,
  log: (line: string) => void,
): Promise<void> {
  const texts = articles.map((article) => article.text);
  for (const stage of STAGES) {
    const bench = await loadBench(stage);
    if (typeof bench === 'string') {
      recordMissing(results, stage.keys, bench);
      log(`  ${stage.exportName}: skipped (${bench})`);
      continue;
    }
    log(`  ${stage.exportName} …`);
    try {
      const output = (await bench(stage.input === 'texts' ? texts : articles)) as Record<string, unknown>;
      for (const key of stage.keys) {
        const value = output[key];
        if (typeof value === 'number') record(results, key, value);
        else record(results, key, null, `${stage.exportName}() returned no number for ${key}`);
      }
      for (const [key, value] of Object.entries(output)) {
        if (!stage.keys.includes(key) && typeof value === 'number') record(results, key, value);
      }
    } catch (error) {
      const reason = `${stage.exportName}() threw: ${error instanceof Error ? error.message : String(error)}`;
      recordMissing(results, stage.keys, reason);
      log(`  ${reason}`);
    }
  }
  const floor = results.values['scan_floor_mb_s'];
  const extract = results.values['extract_mb_s'];
  if (typeof floor === 'number' && typeof extract === 'number' && extract > 0) {
    record(results, 'scan_floor_over_extract', floor / extract);
  } else {
    record(results, 'scan_floor_over_extract', null, 'needs scan_floor_mb_s and extract_mb_s');
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const options = parseOptions(argv);
  if (typeof options === 'string') {
    console.error(`${options}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const results = emptyResults();
  const started = performance.now();
  const about = machine();

  const count = options.quick ? 1_000 : 10_000;
  log(`Generating ${count} articles …`);
  const articles = generateCorpus({ count, seed: 1 });
  const summary = summariseCorpus(articles);
  record(results, 'corpus_articles', summary.articles);
  record(results, 'corpus_mb', summary.megabytes);
  log(
    `Node pipeline on ${summary.megabytes.toFixed(1)} MB (${summary.arabic} Arabic, ${summary.english} English) …`,
  );
  if (options.only.length === 0 || options.only.includes('node')) await runNodeStage(articles, results, log);

  if (options.browser) {
    log('Browser …');
    const only = options.only.filter((part) => part !== 'node');
    const browserInfo = await runBrowserStage({ quick: options.quick, only, articles, results, log });
    Object.assign(about, browserInfo);
  }

  const seconds = (performance.now() - started) / 1000;
  about['bench_seconds'] = Math.round(seconds);
  about['mode'] = options.quick ? 'quick' : 'full';
  about['load_average_at_end'] = Math.round((loadavg()[0] ?? 0) * 10) / 10;
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ ...results.values, reasons: results.reasons, machine: about })}\n`,
    );
    return;
  }
  const heading =
    `Marsad benchmark (${about['mode']}) — ${about['cpu']}, ${about['cores']} cores, ${about['memory_gb']} GB, ` +
    `Node ${about['node']}${about['chromium'] ? `, Chromium ${about['chromium']}` : ''}, commit ${about['commit']}, ` +
    `${seconds.toFixed(0)} s, load average ${about['load_average_at_start']} → ${about['load_average_at_end']}`;
  console.log(formatTable(results, heading));
  if (options.markdown) console.log(`\n${formatMarkdown(results)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
