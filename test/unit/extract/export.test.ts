import { describe, it, expect } from 'vitest';
import { eventsToCsv, CSV_COLUMNS } from '../../../src/pipeline/export/csv.ts';
import { eventsToGeoJson } from '../../../src/pipeline/export/geojson.ts';
import type { Article } from '../../../src/pipeline/types.ts';
import { makeEvent } from './make-event.ts';

const article: Article = {
  id: 'A',
  title: 't',
  published: '2019-09-25',
  lang: 'ar',
  source: 'Al Wasat',
  url: 'https://e.org/a',
  text: 'x',
};

describe('CSV export', () => {
  it('uses ACLED column names', () => {
    const header = eventsToCsv([]).split('\r\n')[0]?.split(',');
    for (const column of [
      'event_id_cnty',
      'event_date',
      'year',
      'time_precision',
      'event_type',
      'sub_event_type',
      'actor1',
      'actor2',
      'admin1',
      'location',
      'latitude',
      'longitude',
      'geo_precision',
      'source',
      'notes',
      'fatalities',
      'fatalities_high',
      'confidence',
    ]) {
      expect(header).toContain(column);
    }
    expect(header).toEqual([...CSV_COLUMNS]);
  });

  it('writes one row per event with the source name and quotes notes with commas', () => {
    const csv = eventsToCsv(
      [
        makeEvent({
          id: 'e1',
          article: 'A',
          notes: 'strike, near "Murzuq"',
          fatalities: 11,
          actor1: 'US Forces',
        }),
      ],
      [article],
    );
    const row = csv.split('\r\n')[1] ?? '';
    expect(
      row.startsWith(
        'LBYe1,2019-09-24,2019,1,Explosions/Remote violence,Air/drone strike,US Forces,,Libya,Murzuq,Murzuq,25.92,13.92,1,Al Wasat,https://e.org/a,"strike, near ""Murzuq""",11,,,0.70',
      ),
    ).toBe(true);
  });

  it('leaves unknown fatalities empty rather than 0', () => {
    const csv = eventsToCsv([makeEvent({ id: 'e1', article: 'A', fatalities: null })]);
    expect(csv.split('\r\n')[1]?.split(',')[17]).toBe('');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    const csv = eventsToCsv([makeEvent({ id: 'e1', article: 'A', notes: '=HYPERLINK("x")' })]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('GeoJSON export', () => {
  it('puts located events on the map as [longitude, latitude] points', () => {
    const collection = eventsToGeoJson([makeEvent({ id: 'e1', article: 'A' })]);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features[0]?.geometry.coordinates).toEqual([13.92, 25.92]);
    expect(collection.features[0]?.properties.sub_event_type).toBe('Air/drone strike');
  });

  it('leaves out events without a place instead of inventing a point', () => {
    const collection = eventsToGeoJson([
      makeEvent({ id: 'e1', article: 'A', latitude: null, longitude: null, geo_precision: null }),
    ]);
    expect(collection.features).toHaveLength(0);
  });
});
