/**
 * What the benchmark reports: every figure with its unit and target, the JSON object and the readable table.
 * Pure formatting, no measuring, so it can be tested.
 */

export type Comparison = 'at-least' | 'at-most';

export interface FigureSpec {
  key: string;
  label: string;
  unit: string;
  target?: { comparison: Comparison; value: number };
  /** Printed decimals. */
  decimals: number;
}

export interface FigureGroup {
  title: string;
  figures: readonly FigureSpec[];
}

function figure(
  key: string,
  label: string,
  unit: string,
  decimals: number,
  target?: FigureSpec['target'],
): FigureSpec {
  return target ? { key, label, unit, decimals, target } : { key, label, unit, decimals };
}

const atLeast = (value: number) => ({ comparison: 'at-least', value }) as const;
const atMost = (value: number) => ({ comparison: 'at-most', value }) as const;

export const FIGURE_GROUPS: readonly FigureGroup[] = [
  {
    title: 'Pipeline in Node (one core, generated corpus)',
    figures: [
      figure('corpus_articles', 'corpus articles', 'articles', 0),
      figure('corpus_mb', 'corpus size (UTF-8)', 'MB', 1),
      figure('scan_floor_mb_s', 'scan floor (touch every character)', 'MB/s', 0),
      figure('normalise_mb_s', 'normalise', 'MB/s', 0, atLeast(300)),
      figure('segment_mb_s', 'segment', 'MB/s', 0),
      figure('geocode_mb_s', 'geocode', 'MB/s', 0, atLeast(100)),
      figure('gazetteer_load_ms', 'build geocoder from bundled data', 'ms', 0),
      figure('extract_mb_s', 'full extraction', 'MB/s', 1, atLeast(20)),
      figure('extract_articles_s', 'full extraction', 'articles/s', 0),
      figure('scan_floor_over_extract', 'scan floor ÷ extraction', '×', 1, atMost(50)),
      figure('merge_100k_ms', 'cross-article merge of 100,000 reports', 'ms', 0, atMost(2000)),
      figure('merge_100k_incidents', 'incidents those reports make', 'events', 0),
      figure('reference_40k_import_ms', 'reference import of 40,000 ACLED rows', 'ms', 0, atMost(5000)),
      figure('reference_40k_parse_ms', 'of which parsing the CSV', 'ms', 0),
      figure('reference_40k_pairs', 'pairs found with 5,000 Marsad events', 'pairs', 0),
      figure('pathological_normal_mb_s', 'ordinary text, same run (for the hostile inputs)', 'MB/s', 1),
      figure('pathological_slowdown_max', 'worst hostile input, slowdown per MB', '×', 1, atMost(5)),
      figure('pathological_one_line_no_spaces_mb_s', 'hostile: 1 MB line without spaces', 'MB/s', 1),
      figure('pathological_repeated_trigger_words_mb_s', 'hostile: repeated trigger words', 'MB/s', 1),
      figure('pathological_repeated_places_and_dates_mb_s', 'hostile: repeated places and dates', 'MB/s', 1),
      figure('pathological_repeated_numbers_mb_s', 'hostile: repeated casualty numbers', 'MB/s', 1),
      figure('pathological_random_unicode_mb_s', 'hostile: random Unicode', 'MB/s', 1),
      figure('pathological_open_quotes_mb_s', 'hostile: unclosed quotes', 'MB/s', 1),
      figure('pathological_url_run_mb_s', 'hostile: 1 MB run of URL fragments, no spaces', 'MB/s', 1),
      figure('pathological_long_urls_mb_s', 'hostile: long web addresses', 'MB/s', 1),
      figure('pathological_one_sentence_ar_mb_s', 'hostile: one 1 MB Arabic sentence', 'MB/s', 1),
      figure('pathological_one_sentence_en_mb_s', 'hostile: one 1 MB English sentence', 'MB/s', 1),
      figure('pathological_csv_one_field_mb_s', 'hostile: one CSV field of 1 MB of words', 'MB/s', 1),
      figure('pathological_base64_blob_mb_s', 'hostile: base64 blob', 'MB/s', 1),
      figure('pathological_flattened_table_mb_s', 'hostile: table flattened to text', 'MB/s', 1),
      figure('pathological_repeated_boilerplate_mb_s', 'hostile: repeated boilerplate', 'MB/s', 1),
      figure('pathological_huge_paragraph_mb_s', 'hostile: 1 MB of news in one paragraph', 'MB/s', 1),
    ],
  },
  {
    title: 'Command line (marsad extract, built; JSON Lines in, wall clock with start-up)',
    figures: [
      figure('cli_cores', 'cores (jobs in the all-cores runs)', 'cores', 0),
      figure('cli_articles_s_1core', 'benchmark corpus, one job', 'articles/s', 0),
      figure('cli_mb_s_1core', 'benchmark corpus, one job', 'MB/s', 2),
      figure('cli_articles_s_all', 'benchmark corpus, all cores', 'articles/s', 0),
      figure('cli_mb_s_all', 'benchmark corpus, all cores', 'MB/s', 2),
      figure('cli_rss_20k_mb', 'peak memory, 20,000 articles (merged)', 'MB', 0),
      figure('cli_rss_200k_mb', 'peak memory, 200,000 articles (merged)', 'MB', 0),
      figure('cli_rss_ratio_200k_20k', 'peak memory 200k ÷ 20k', '×', 2, atMost(1.5)),
      figure('cli_rss_no_merge_200k_mb', 'peak memory, 200,000 articles, --no-merge', 'MB', 0),
      figure('cli_articles_s_200k', '200,000 articles, all cores', 'articles/s', 0),
    ],
  },
  {
    title: 'Browser (headless Chromium, software WebGL)',
    figures: [
      figure('worker_1000_articles_ms', '1,000 articles extracted in the worker', 'ms', 0),
      figure('worker_page_longest_task_ms', 'longest task on that page meanwhile', 'ms', 0),
      figure('main_thread_timer_delay_ms', 'longest 10 ms timer delay on that page', 'ms', 0),
      figure('upload_1000_articles_ms', '1,000 articles uploaded in the app (to "Added")', 'ms', 0),
      figure(
        'main_thread_longest_task_ms',
        "longest task on the app's main thread meanwhile",
        'ms',
        0,
        atMost(50),
      ),
      figure('upload_long_tasks', 'long tasks (≥ 50 ms) meanwhile', 'tasks', 0),
      figure('upload_longest_frame_script_ms', 'most script time in one long frame meanwhile', 'ms', 0),
      figure(
        'upload_zip_10000_ms',
        'zip of 10,000 articles uploaded in the app (from choosing the file)',
        'ms',
        0,
      ),
      figure('upload_zip_10000_longest_task_ms', 'longest main-thread task meanwhile', 'ms', 0, atMost(50)),
      figure('upload_zip_10000_long_tasks', 'long tasks (≥ 50 ms) meanwhile', 'tasks', 0),
      figure(
        'upload_zip_10000_longest_frame_script_ms',
        'most script time in one long frame meanwhile',
        'ms',
        0,
      ),
      figure(
        'main_thread_longest_script_ms',
        "most of the app's script time in one long frame (both uploads)",
        'ms',
        0,
        atMost(50),
      ),
      figure('worker_start_ms', 'worker start and first 10 articles', 'ms', 0),
      figure('scrub_step_ms_p95_10k', 'scrub step p95, 10k events', 'ms', 2),
      figure('scrub_step_ms_p95_100k', 'scrub step p95, 100k events', 'ms', 2, atMost(2)),
      figure('scrub_step_ms_p95_1m', 'scrub step p95, 1M events', 'ms', 2, atMost(16)),
      figure('scrub_frame_ratio_100k', 'scrub-to-frame ÷ plain redraw, 100k', '×', 2, atMost(1.5)),
      figure('load_events_ms_10k', 'events onto the map, 10k', 'ms', 0),
      figure('load_events_ms_100k', 'events onto the map, 100k', 'ms', 0, atMost(150)),
      figure('load_events_ms_1m', 'events onto the map, 1M', 'ms', 0),
      figure('first_map_ratio', 'first map ÷ bare MapLibre page', '×', 2, atMost(1.3)),
      figure('first_map_ms', 'first map with bundled events', 'ms', 0),
      figure('bare_map_ms', 'bare MapLibre page, same basemap', 'ms', 0),
      figure('first_map_returning_ms', 'first map on a returning visit', 'ms', 0),
      figure('js_gzip_kb', 'JavaScript before the first map (gzip)', 'kB', 0, atMost(600)),
      figure('js_app_gzip_kb', "of which the app's own code (gzip)", 'kB', 0, atMost(100)),
      figure('js_lazy_gzip_kb', 'lazy chunks, not loaded before the map (gzip)', 'kB', 0),
      figure('idb_save_10k_ms', 'save 10,000 articles with events (IndexedDB)', 'ms', 0, atMost(1000)),
      figure('idb_load_10k_ms', 'load 10,000 articles with events (IndexedDB)', 'ms', 0, atMost(500)),
      figure('idb_save_raw_10k_ms', 'of which IndexedDB put alone', 'ms', 0),
      figure('idb_load_raw_10k_ms', 'of which IndexedDB getAll alone', 'ms', 0),
      figure('heap_mb_10k', 'JS heap, 10k events loaded', 'MB', 0),
      figure('heap_mb_100k', 'JS heap, 100k events loaded', 'MB', 0, atMost(150)),
      figure('heap_mb_1m', 'JS heap, 1M events loaded', 'MB', 0),
    ],
  },
];

export const ALL_FIGURES: readonly FigureSpec[] = FIGURE_GROUPS.flatMap((group) => group.figures);

/** A run's findings: a number per figure, or null with the reason it could not be measured. */
export interface BenchResults {
  values: Record<string, number | null>;
  reasons: Record<string, string>;
}

export function emptyResults(): BenchResults {
  return { values: {}, reasons: {} };
}

/** Records a figure; a non-finite number is stored as null with the reason. */
export function record(results: BenchResults, key: string, value: number | null, reason?: string): void {
  if (value === null || !Number.isFinite(value)) {
    results.values[key] = null;
    results.reasons[key] =
      reason ?? (value === null ? 'not measured' : `measured a non-finite value (${value})`);
    return;
  }
  results.values[key] = value;
  if (reason) results.reasons[key] = reason;
  else delete results.reasons[key];
}

/** Marks every listed figure not yet recorded as null with the reason. */
export function recordMissing(results: BenchResults, keys: readonly string[], reason: string): void {
  for (const key of keys) if (!(key in results.values)) record(results, key, null, reason);
}

export type Verdict = 'met' | 'missed' | 'unknown' | 'none';

export function verdict(spec: FigureSpec, value: number | null | undefined): Verdict {
  if (!spec.target) return 'none';
  if (value === null || value === undefined) return 'unknown';
  const { comparison, value: goal } = spec.target;
  return (comparison === 'at-least' ? value >= goal : value <= goal) ? 'met' : 'missed';
}

export function formatNumber(value: number, decimals: number): string {
  return value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

export function formatTarget(spec: FigureSpec): string {
  if (!spec.target) return '';
  const decimals = Number.isInteger(spec.target.value) ? 0 : 1;
  return `${spec.target.comparison === 'at-least' ? '≥' : '≤'} ${formatNumber(spec.target.value, decimals)}`;
}

const VERDICT_TEXT: Record<Verdict, string> = { met: 'met', missed: 'MISSED', unknown: '?', none: '' };

/** Growth of a cost from 10k to 1M events against the 100× growth of the work. */
export function growth(
  results: BenchResults,
  prefix: string,
  suffixes: readonly [string, string],
): string | null {
  const small = results.values[`${prefix}${suffixes[0]}`];
  const large = results.values[`${prefix}${suffixes[1]}`];
  if (small === null || small === undefined || large === null || large === undefined || small <= 0)
    return null;
  return `${formatNumber(large / small, 1)}×`;
}

function pad(text: string, width: number, alignRight = false): string {
  const length = [...text].length;
  const fill = ' '.repeat(Math.max(0, width - length));
  return alignRight ? fill + text : text + fill;
}

/** The readable table: one section per group, value, target, verdict, and the reason when a figure is null. */
export function formatTable(results: BenchResults, heading: string): string {
  const lines: string[] = [heading, ''];
  for (const group of FIGURE_GROUPS) {
    if (!group.figures.some((spec) => spec.key in results.values)) continue;
    lines.push(group.title);
    for (const spec of group.figures) {
      if (!(spec.key in results.values)) continue;
      const value = results.values[spec.key];
      const shown = value === null || value === undefined ? 'null' : formatNumber(value, spec.decimals);
      const mark = VERDICT_TEXT[verdict(spec, value)];
      const reason = results.reasons[spec.key];
      lines.push(
        `  ${pad(spec.label, 46)} ${pad(shown, 10, true)} ${pad(spec.unit, 10)} ${pad(formatTarget(spec), 8)} ${pad(mark, 6)}` +
          (reason ? ` ${reason}` : ''),
      );
    }
    lines.push('');
  }
  const scrub = growth(results, 'scrub_step_ms_p95_', ['10k', '1m']);
  const load = growth(results, 'load_events_ms_', ['10k', '1m']);
  const heap = growth(results, 'heap_mb_', ['10k', '1m']);
  if (scrub || load || heap) {
    lines.push('Growth from 10k to 1M events (the work grows 100×)');
    if (scrub) lines.push(`  scrub step p95 ${scrub}`);
    if (load) lines.push(`  events onto the map ${load}`);
    if (heap) lines.push(`  JS heap ${heap}`);
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

/** A Markdown version of the table for docs/performance.md. */
export function formatMarkdown(results: BenchResults): string {
  const lines = ['| Figure | Key | Value | Target | Verdict | Note |', '|---|---|---:|---|---|---|'];
  for (const spec of ALL_FIGURES) {
    if (!(spec.key in results.values)) continue;
    const value = results.values[spec.key];
    const shown =
      value === null || value === undefined ? 'null' : `${formatNumber(value, spec.decimals)} ${spec.unit}`;
    const mark = VERDICT_TEXT[verdict(spec, value)];
    const reason = (results.reasons[spec.key] ?? '').replaceAll('|', '\\|');
    lines.push(
      `| ${spec.label} | \`${spec.key}\` | ${shown} | ${formatTarget(spec)} | ${mark} | ${reason} |`,
    );
  }
  return lines.join('\n');
}
