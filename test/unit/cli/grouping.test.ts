/**
 * The bounded-memory merge of `marsad merge` / `marsad extract` (src/cli/reduce.ts, src/cli/grouping.ts) against
 * one `mergeEvents` call over every report, the merge the app runs: the same events in the same order, on
 * generated archives squeezed into a few weeks (many reports a day, chains of incidents one day apart, week and
 * month dates, regions, undated reports), over several month files and sorted runs.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Writable } from 'node:stream';
import { generateCorpus } from '../../../scripts/generate-corpus.ts';
import { reduceResources, type ReduceResources } from '../../../src/cli/data.ts';
import { Output } from '../../../src/cli/output.ts';
import { extractToLine, parseRecord, type ArticleRecord } from '../../../src/cli/records.ts';
import { jsonEvent, Reducer } from '../../../src/cli/reduce.ts';
import { isoFromDayNumber, dayNumber } from '../../../src/pipeline/extract/dates.ts';
import { mergeEvents } from '../../../src/pipeline/extract/merge-events.ts';
import type { ConflictEvent, TimePrecision } from '../../../src/pipeline/types.ts';
import { testResources } from '../extract/resources.ts';

/** A deterministic pseudo-random number in [0, 1) for a seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

let records: ArticleRecord[] | null = null;
/** The records of 900 generated articles (each article's own events, before the merge). */
function generatedRecords(): ArticleRecord[] {
  if (records !== null) return records;
  const resources = testResources();
  records = generateCorpus({ count: 900, seed: 7 }).map((article) => {
    const record = parseRecord(extractToLine(article, resources).line);
    if (typeof record === 'string') throw new Error(record);
    return record;
  });
  return records;
}

/**
 * The records with their events moved into `days` days from 2019-04-04 (most), some over `wideDays`, and some
 * dates made coarser or removed: far denser than any real archive, so every rule of the merge is exercised.
 */
function squeezed(seed: number, days: number, wideDays: number): ArticleRecord[] {
  const next = random(seed);
  const start = dayNumber('2019-04-04');
  return generatedRecords().map((record) => ({
    ...record,
    events: record.events.map((event): ConflictEvent => {
      const roll = next();
      if (roll < 0.03) return { ...event, date: null };
      const day = start + Math.floor(next() * (roll < 0.8 ? days : wideDays));
      const precision: TimePrecision = roll < 0.9 ? event.time_precision : roll < 0.95 ? 2 : 3;
      return { ...event, date: isoFromDayNumber(day), time_precision: precision };
    }),
  }));
}

class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

let shared: ReduceResources | null = null;

async function reduce(input: readonly ArticleRecord[], runCharacters?: number): Promise<string> {
  shared ??= reduceResources();
  const sink = new Collect();
  const reducer = new Reducer(new Output(sink), shared, {
    format: 'jsonl',
    now: new Date(0),
    ...(runCharacters === undefined ? {} : { runCharacters }),
  });
  try {
    await reducer.begin();
    for (const record of input) await reducer.add(structuredClone(record));
    await reducer.finish();
  } finally {
    reducer.dispose();
  }
  return sink.text;
}

function reference(input: readonly ArticleRecord[]): string {
  shared ??= reduceResources();
  const events = structuredClone(input.flatMap((record) => record.events));
  return mergeEvents(events, { places: shared.places })
    .map((event) => `${JSON.stringify(jsonEvent(event))}\n`)
    .join('');
}

function summary(jsonl: string): { events: number; multiSource: number; coarse: number; undated: number } {
  const events = jsonl
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as ConflictEvent);
  return {
    events: events.length,
    multiSource: events.filter((event) => new Set(event.sources.map((s) => s.article_id)).size > 1).length,
    coarse: events.filter((event) => event.time_precision !== 1).length,
    undated: events.filter((event) => event.date === null).length,
  };
}

describe('marsad merge in bounded memory', () => {
  it('gives the events one merge over the whole archive gives, in its order, with ~100 reports a day', async () => {
    const input = squeezed(1, 21, 400);
    const expected = reference(input);
    const got = await reduce(input);
    expect(got).toBe(expected);
    // The archive really is dense and mixed: incidents merged across articles, coarse and undated events.
    const seen = summary(got);
    expect(seen.multiSource).toBeGreaterThan(100);
    expect(seen.coarse).toBeGreaterThan(50);
    expect(seen.undated).toBeGreaterThan(10);
    expect(seen.events).toBeLessThan(input.reduce((sum, record) => sum + record.events.length, 0));
  }, 300_000);

  it('gives the same events when they are sorted in many small runs, and leaves no temporary file', async () => {
    const before = readdirSync(tmpdir()).filter((name) => name.startsWith('marsad-merge-')).length;
    const input = squeezed(2, 7, 90);
    expect(await reduce(input, 20_000)).toBe(reference(input));
    const after = readdirSync(tmpdir()).filter((name) => name.startsWith('marsad-merge-')).length;
    expect(after).toBe(before);
  }, 300_000);

  it('merges the generated archive as it is (five years, real dates) exactly as one merge does', async () => {
    const input = generatedRecords();
    expect(await reduce(input, 50_000)).toBe(reference(input));
  }, 300_000);
});
