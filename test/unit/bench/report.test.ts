import { describe, it, expect } from 'vitest';
import {
  ALL_FIGURES,
  emptyResults,
  formatMarkdown,
  formatTable,
  growth,
  record,
  recordMissing,
  verdict,
  type FigureSpec,
} from '../../../scripts/bench/report';

function spec(key: string): FigureSpec {
  const found = ALL_FIGURES.find((figure) => figure.key === key);
  if (!found) throw new Error(`no figure ${key}`);
  return found;
}

describe('the benchmark report', () => {
  it('lists every figure the issue asks for', () => {
    const keys = ALL_FIGURES.map((figure) => figure.key);
    for (const key of [
      'normalise_mb_s',
      'geocode_mb_s',
      'extract_mb_s',
      'extract_articles_s',
      'merge_100k_ms',
      'scan_floor_mb_s',
      'gazetteer_load_ms',
      'worker_1000_articles_ms',
      'main_thread_longest_task_ms',
      'scrub_step_ms_p95_10k',
      'scrub_step_ms_p95_100k',
      'scrub_step_ms_p95_1m',
      'scrub_frame_ratio_100k',
      'load_events_ms_100k',
      'first_map_ratio',
      'js_gzip_kb',
      'idb_save_10k_ms',
      'idb_load_10k_ms',
      'heap_mb_100k',
    ]) {
      expect(keys).toContain(key);
    }
  });

  it('judges "at least" and "at most" targets', () => {
    expect(verdict(spec('extract_mb_s'), 25)).toBe('met');
    expect(verdict(spec('extract_mb_s'), 12)).toBe('missed');
    expect(verdict(spec('first_map_ratio'), 1.3)).toBe('met');
    expect(verdict(spec('first_map_ratio'), 1.31)).toBe('missed');
    expect(verdict(spec('merge_100k_ms'), 1900)).toBe('met');
    expect(verdict(spec('merge_100k_ms'), 2100)).toBe('missed');
  });

  it('does not judge a figure that could not be measured', () => {
    expect(verdict(spec('heap_mb_100k'), null)).toBe('unknown');
  });

  it('stores a non-finite measurement as null with a reason', () => {
    const results = emptyResults();
    record(results, 'extract_mb_s', Number.NaN);
    expect(results.values['extract_mb_s']).toBeNull();
    expect(results.reasons['extract_mb_s']).toMatch(/non-finite/);
  });

  it('fills only the figures not yet measured when a stage is missing', () => {
    const results = emptyResults();
    record(results, 'normalise_mb_s', 410);
    recordMissing(results, ['normalise_mb_s', 'segment_mb_s'], 'helper missing');
    expect(results.values['normalise_mb_s']).toBe(410);
    expect(results.values['segment_mb_s']).toBeNull();
  });

  it('prints null and the reason in the table, never a number', () => {
    const results = emptyResults();
    record(results, 'heap_mb_100k', null, 'the app exposes no bench hook');
    const line = formatTable(results, 'run')
      .split('\n')
      .find((text) => text.includes('100k events loaded'));
    expect(line).toContain('null');
    expect(line).toContain('the app exposes no bench hook');
  });

  it('marks a missed target so it stands out', () => {
    const results = emptyResults();
    record(results, 'js_gzip_kb', 659.4);
    expect(formatTable(results, 'run')).toMatch(/659 +kB +≤ 600 +MISSED/);
  });

  it('shows decimal targets as written in the issue', () => {
    const results = emptyResults();
    record(results, 'scrub_frame_ratio_100k', 1.2);
    expect(formatTable(results, 'run')).toContain('≤ 1.5');
  });

  it('reports how a cost grows from 10k to 1M events', () => {
    const results = emptyResults();
    record(results, 'scrub_step_ms_p95_10k', 0.5);
    record(results, 'scrub_step_ms_p95_1m', 6);
    expect(growth(results, 'scrub_step_ms_p95_', ['10k', '1m'])).toBe('12.0×');
    expect(formatTable(results, 'run')).toContain('scrub step p95 12.0×');
  });

  it('writes a Markdown row per measured figure with its key', () => {
    const results = emptyResults();
    record(results, 'normalise_mb_s', 512.3);
    expect(formatMarkdown(results)).toContain('| normalise | `normalise_mb_s` | 512 MB/s | ≥ 300 | met |');
  });
});
