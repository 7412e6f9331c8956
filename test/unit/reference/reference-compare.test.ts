import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithReference } from '../../../src/reference/match-reference.ts';
import { parseReferenceCsv, readDay } from '../../../src/reference/parse-reference.ts';
import { onlyReferenceCsv, pairsCsv, onlyMarsadCsv } from '../../../src/reference/reference-lists.ts';
import { makeEvent } from '../extract/make-event.ts';
import { readCsv } from '../export/export-fixtures.ts';
import { repositoryRoot } from '../extract/resources.ts';

const sample = (name: string): string =>
  readFileSync(join(repositoryRoot, 'test', 'fixtures', 'reference', name), 'utf8');

/** Marsad's events of the bundled sample articles, as the pipeline codes them. */
const marsad = [
  makeEvent({
    id: 'murzuq-0919',
    article: 'A',
    date: '2019-09-19',
    geo_precision: 2,
    latitude: 25.91552,
    longitude: 13.91839,
  }),
  makeEvent({
    id: 'murzuq-0924',
    article: 'A',
    date: '2019-09-24',
    geo_precision: 2,
    latitude: 25.91552,
    longitude: 13.91839,
  }),
  makeEvent({
    id: 'qasr-bin-ghashir',
    article: 'C',
    sub_event_type: 'Shelling/artillery/missile attack',
    date: '2020-03-28',
    time_precision: 2,
    location: 'Qasr bin Ghashir',
    admin1: 'Tripoli',
    latitude: 32.68333,
    longitude: 13.18333,
  }),
  makeEvent({
    id: 'al-washka',
    article: 'C',
    date: '2020-03-28',
    time_precision: 2,
    location: 'Al Washka',
    admin1: 'Surt',
    latitude: 31.37336,
    longitude: 15.57085,
  }),
  makeEvent({
    id: 'murzuq-clash',
    article: 'B',
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    date: '2019-10-02',
    time_precision: 3,
    latitude: 25.91552,
    longitude: 13.91839,
  }),
];

describe('reading reference datasets', () => {
  it('reads an ACLED export by column name, leaving out the types Marsad does not code', () => {
    const parsed = parseReferenceCsv(sample('acled-libya-sample.csv'));
    expect(parsed.dataset).toBe('ACLED');
    expect(parsed.skippedTypes).toBe(1);
    expect(parsed.events.map((event) => event.id)).toEqual(['LBY90001', 'LBY90002', 'LBY90003', 'LBY90005']);
    expect(parsed.events[0]).toMatchObject({
      first: '2019-09-24',
      last: '2019-09-24',
      sub_event_type: 'Air/drone strike',
      location: 'Murzuq',
      latitude: 25.9155,
      geo_precision: 2,
      fatalities: 11,
    });
  });

  it('reads a UCDP GED file: date windows, best and high tolls, districts without "district"', () => {
    const parsed = parseReferenceCsv(sample('ucdp-ged-libya-sample.csv'));
    expect(parsed.dataset).toBe('UCDP');
    expect(parsed.events).toHaveLength(3);
    expect(parsed.events[1]).toMatchObject({
      id: '300102',
      first: '2020-03-27',
      last: '2020-03-28',
      event_type: 'State-based conflict',
      admin1: 'Surt',
      fatalities: 20,
      fatalities_high: 25,
      geo_precision: 2,
    });
  });

  it('reads its own export back too (a Marsad CSV is ACLED-shaped), and refuses other files', () => {
    const own = parseReferenceCsv(onlyMarsadCsv({ both: [], onlyMarsad: marsad, onlyReference: [] }));
    expect(own.dataset).toBe('ACLED');
    expect(own.events).toHaveLength(marsad.length);
    expect(parseReferenceCsv('title,text\nx,y\n')).toMatchObject({
      dataset: null,
      failure: expect.any(String),
    });
  });

  it('reports its progress in rows, ending with all rows read', () => {
    const rows = Array.from({ length: 4500 }, (_, index) => `LBY${index},2020-01-02,Battles,Armed clash`);
    const progress: [number, number][] = [];
    const parsed = parseReferenceCsv(
      ['event_id_cnty,event_date,event_type,sub_event_type', ...rows].join('\n'),
      (done, total) => progress.push([done, total]),
    );
    expect(parsed.events).toHaveLength(4500);
    expect(progress).toEqual([
      [2000, 4500],
      [4000, 4500],
      [4500, 4500],
    ]);
  });

  it('reads the date spellings of ACLED and UCDP files', () => {
    expect(
      ['2020-07-05', '5 July 2020', '05-July-2020', '05/07/2020', '2020-07-05 00:00:00.000'].map(readDay),
    ).toEqual(Array(5).fill('2020-07-05'));
    expect(readDay('31 June 2020')).toBeNull();
  });
});

describe('comparing Marsad with a reference dataset', () => {
  it('pairs events of one incident and lists what each side alone has (ACLED)', () => {
    const comparison = compareWithReference(
      marsad,
      parseReferenceCsv(sample('acled-libya-sample.csv')).events,
    );
    expect(comparison.both.map((pair) => [pair.marsad.id, pair.reference.id])).toEqual([
      ['murzuq-0924', 'LBY90001'],
      ['qasr-bin-ghashir', 'LBY90002'],
    ]);
    expect(comparison.onlyMarsad.map((event) => event.id)).toEqual([
      'murzuq-0919',
      'al-washka',
      'murzuq-clash',
    ]);
    expect(comparison.onlyReference.map((event) => event.id)).toEqual(['LBY90003', 'LBY90005']);
  });

  it('matches a week-precision event to a UCDP event whose window overlaps it, whatever the type', () => {
    const comparison = compareWithReference(
      marsad,
      parseReferenceCsv(sample('ucdp-ged-libya-sample.csv')).events,
    );
    expect(comparison.both.map((pair) => [pair.marsad.id, pair.reference.id])).toEqual([
      ['murzuq-0924', '300101'],
      ['al-washka', '300102'],
    ]);
    expect(comparison.onlyReference.map((event) => event.id)).toEqual(['300103']);
  });

  it('needs the places within 25 km, and the same type for ACLED', () => {
    const far = makeEvent({
      id: 'ubari',
      article: 'A',
      date: '2019-09-24',
      latitude: 26.59,
      longitude: 12.78,
    });
    const clash = makeEvent({
      id: 'c',
      article: 'A',
      date: '2019-09-24',
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
    });
    const reference = parseReferenceCsv(sample('acled-libya-sample.csv')).events;
    expect(compareWithReference([far, clash], reference).both).toEqual([]);
  });

  it('exports each list as CSV: the pairs side by side and the reference-only events', () => {
    const comparison = compareWithReference(
      marsad,
      parseReferenceCsv(sample('acled-libya-sample.csv')).events,
    );
    const pairs = readCsv(pairsCsv(comparison.both)).records;
    expect(pairs[0]).toMatchObject({
      marsad_id: 'murzuq-0924',
      reference_id: 'LBY90001',
      day_gap: '0',
      distance_km: '0',
    });
    const only = readCsv(onlyReferenceCsv(comparison.onlyReference)).records;
    expect(only.map((row) => row['location'])).toEqual(['Sabha', 'Ubari']);
    const mine = readCsv(onlyMarsadCsv(comparison)).records;
    expect(mine.map((row) => row['marsad_id'])).toEqual(['murzuq-0919', 'al-washka', 'murzuq-clash']);
  });
});
