import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../../src/corrections/apply-corrections.ts';
import type { EventCorrection } from '../../../src/corrections/correction-types.ts';
import { eventsCsvFile, eventsGeoJsonFile, eventsGeoJsonSeqFile } from '../../../src/export/event-files.ts';
import { buildWorkspace } from '../../../src/export/workspace-file.ts';
import { parseWorkspace } from '../../../src/export/read-workspace.ts';
import { textFingerprint } from '../../../src/library/text-fingerprint.ts';
import type { ArticleRecord } from '../../../src/persistence/schema.ts';
import { makeEvent } from '../extract/make-event.ts';
import { exportGazetteer, readCsv, reutersArticle, wasatArticle } from './export-fixtures.ts';
import { rfc7946Problems } from './rfc7946.ts';

const strike = makeEvent({
  id: 'wasat-1:ev0',
  article: 'wasat-1',
  date: '2020-07-04',
  location: 'Al-Watiya Air Base',
  place_id: 'ly-base-watiya',
  admin1: 'An Nuqat al Khams',
  latitude: 32.47222,
  longitude: 11.9,
  notes: wasatArticle.text,
  sources: [{ article_id: 'wasat-1', start: 0, end: wasatArticle.text.length }],
});
const clash = makeEvent({
  id: 'reuters-1:ev0',
  article: 'reuters-1',
  event_type: 'Battles',
  sub_event_type: 'Armed clash',
  actor1: 'GNA Forces',
  actor2: 'LNA',
  fatalities: 3,
});
const added = makeEvent({ id: 'user-reuters-1-0-40', article: 'reuters-1', fatalities: 1 });

const records: ArticleRecord[] = [wasatArticle, reutersArticle].map((article, index) => ({
  id: article.id,
  article,
  extraction: {
    article_id: article.id,
    events: article.id === 'wasat-1' ? [strike] : [clash],
    summaries: [],
    diagnostics: [],
  },
  fingerprint: textFingerprint(article.text),
  bundled: false,
  addedAt: Date.UTC(2025, 0, 10 + index),
}));
const corrections: EventCorrection[] = [
  { kind: 'edit', event_id: 'reuters-1:ev0', fields: { fatalities: 4 }, updatedAt: Date.UTC(2025, 5, 1) },
  { kind: 'added', event_id: added.id, event: added, updatedAt: Date.UTC(2025, 6, 1) },
];

function eventsOf(recordList: readonly ArticleRecord[], correctionList: readonly EventCorrection[]) {
  const machine = recordList.flatMap((record) => record.extraction.events);
  return applyCorrections(machine, Object.fromEntries(correctionList.map((c) => [c.event_id, c])));
}

const input = (recordList: readonly ArticleRecord[], correctionList: readonly EventCorrection[]) => ({
  articles: recordList.map((record) => record.article),
  corrections: correctionList,
  addedAt: new Map(recordList.map((record) => [record.id, record.addedAt])),
  language: 'ar' as const,
  gazetteer: exportGazetteer(),
  now: new Date('2026-01-02T03:04:05Z'),
});

describe("the app's event files", () => {
  it('the CSV download starts with a byte order mark and has the Arabic note for an Arabic interface', () => {
    const text = eventsCsvFile(eventsOf(records, corrections), input(records, corrections));
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const { header, records: rows } = readCsv(text);
    expect(header.at(-1)).toBe('notes_ar');
    expect(rows[0]?.['notes_ar']).toMatch(/^في 4 يوليو 2020، غارة جوية/);
  });

  it('stamps an event with its latest correction, else when its article arrived', () => {
    const rows = readCsv(eventsCsvFile(eventsOf(records, corrections), input(records, corrections))).records;
    const byId = new Map(rows.map((row) => [row['marsad_id'], row]));
    expect(byId.get('wasat-1:ev0')?.['timestamp']).toBe(String(Date.UTC(2025, 0, 10) / 1000));
    expect(byId.get('reuters-1:ev0')?.['timestamp']).toBe(String(Date.UTC(2025, 5, 1) / 1000));
    expect(byId.get('reuters-1:ev0')?.['user_corrected']).toBe('fatalities');
    expect(byId.get('reuters-1:ev0')?.['fatalities']).toBe('4');
    expect(byId.get(added.id)?.['user_corrected']).toBe('added');
  });

  it('the GeoJSON download passes the RFC 7946 check and each sequence record too', () => {
    const events = eventsOf(records, corrections);
    expect(rfc7946Problems(eventsGeoJsonFile(events, input(records, corrections)))).toEqual([]);
    const seq = eventsGeoJsonSeqFile(events, input(records, corrections)).split('\u001e').slice(1);
    expect(seq).toHaveLength(3);
    for (const record of seq) expect(rfc7946Problems(record)).toEqual([]);
  });

  it('a round trip through the workspace file exports the very same CSV and GeoJSON', () => {
    const file = JSON.stringify(buildWorkspace(records, corrections, new Date('2026-01-02T03:04:05Z')));
    const parsed = parseWorkspace(file);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.records).toEqual(records);
    const before = eventsOf(records, corrections);
    const after = eventsOf(parsed.records, parsed.corrections);
    expect(after).toEqual(before);
    expect(eventsCsvFile(after, input(parsed.records, parsed.corrections))).toBe(
      eventsCsvFile(before, input(records, corrections)),
    );
    expect(eventsGeoJsonFile(after, input(parsed.records, parsed.corrections))).toBe(
      eventsGeoJsonFile(before, input(records, corrections)),
    );
  });
});
