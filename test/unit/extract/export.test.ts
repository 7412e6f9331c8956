import { describe, it, expect } from 'vitest';
import { eventsToCsv, ACLED_COLUMNS, MARSAD_COLUMNS } from '../../../src/pipeline/export/csv.ts';
import { eventsToGeoJson } from '../../../src/pipeline/export/geojson.ts';
import type { Article } from '../../../src/pipeline/types.ts';
import { readCsv } from '../export/export-fixtures.ts';
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
  it('uses ACLED column names, then Marsad columns', () => {
    expect(readCsv(eventsToCsv([])).header).toEqual([...ACLED_COLUMNS, ...MARSAD_COLUMNS]);
  });

  it('writes one row per event with the outlet named in the metadata and the sentence as evidence', () => {
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
      { articles: [article] },
    );
    const row = (readCsv(csv).rows[0] ?? []).join(',');
    expect(row).toMatch(
      /^LBY\d+,2019-09-24,2019,1,Political violence,Explosions\/Remote violence,Air\/drone strike,US Forces,,8,,,0,80,,434,Northern Africa,Libya,Murzuq,,,Murzuq,25.92,13.92,1,Al Wasat,National,/,
    );
    expect(row).toContain(',11,,');
    expect(row).toContain(',https://e.org/a,strike, near "Murzuq",e1');
    // Every field is quoted, the comma and quotes inside the evidence included.
    expect(csv).toContain('"https://e.org/a","strike, near ""Murzuq""","e1"');
  });

  it('writes an unknown toll as 0 flagged in tags, never blank', () => {
    const csv = eventsToCsv([makeEvent({ id: 'e1', article: 'A', fatalities: null })]);
    const cells = readCsv(csv).rows[0] ?? [];
    expect(cells[ACLED_COLUMNS.indexOf('fatalities')]).toBe('0');
    expect(cells[ACLED_COLUMNS.indexOf('tags')]).toBe('fatalities unknown');
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
