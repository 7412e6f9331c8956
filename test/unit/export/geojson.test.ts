import { describe, expect, it } from 'vitest';
import {
  eventsToGeoJson,
  eventsToGeoJsonSeq,
  RECORD_SEPARATOR,
} from '../../../src/pipeline/export/geojson.ts';
import { makeEvent } from '../extract/make-event.ts';
import { exportGazetteer, reutersArticle, wasatArticle } from './export-fixtures.ts';
import { rfc7946Problems } from './rfc7946.ts';

const now = new Date('2026-01-02T03:04:05Z');
const sentenceEnd = wasatArticle.text.indexOf('،');

const strike = makeEvent({
  id: 'wasat-1:ev0',
  article: 'wasat-1',
  location: 'Al-Watiya Air Base',
  place_id: 'ly-base-watiya',
  admin1: 'An Nuqat al Khams',
  latitude: 32.47222,
  longitude: 11.9,
  sources: [
    { article_id: 'wasat-1', start: 0, end: sentenceEnd },
    { article_id: 'reuters-1', start: 0, end: reutersArticle.text.length },
  ],
});
const westOfGreenwich = makeEvent({ id: 'w', article: 'none', latitude: 32.1, longitude: -0.5 });
const unlocated = makeEvent({
  id: 'u',
  article: 'none',
  latitude: null,
  longitude: null,
  geo_precision: null,
});
const context = { articles: [wasatArticle, reutersArticle], gazetteer: exportGazetteer(), now };

describe('GeoJSON export', () => {
  it('passes an RFC 7946 check', () => {
    const text = JSON.stringify(eventsToGeoJson([strike, westOfGreenwich, unlocated], context));
    expect(rfc7946Problems(text)).toEqual([]);
  });

  it('the RFC 7946 check catches swapped coordinates, a crs member and a missing properties member', () => {
    const bad = {
      type: 'FeatureCollection',
      crs: { type: 'name' },
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [13, 95] } }],
    };
    expect(rfc7946Problems(bad)).toEqual([
      'crs is not part of RFC 7946',
      'features[0].geometry.coordinates: latitude out of range',
      'features[0]: a Feature has a properties member',
    ]);
  });

  it('gives each feature its sources with title, outlet, address, publication date and evidence', () => {
    const feature = eventsToGeoJson([strike], context).features[0];
    expect(feature?.properties.sources).toEqual([
      {
        article_id: 'wasat-1',
        title: wasatArticle.title,
        outlet: 'Al Wasat',
        url: wasatArticle.url,
        published: '2020-07-06',
        lang: 'ar',
        evidence: wasatArticle.text.slice(0, sentenceEnd),
        start: 0,
        end: sentenceEnd,
      },
      {
        article_id: 'reuters-1',
        title: reutersArticle.title,
        outlet: 'Reuters',
        url: reutersArticle.url,
        published: '2020-07-06',
        lang: 'en',
        evidence: reutersArticle.text,
        start: 0,
        end: reutersArticle.text.length,
      },
    ]);
  });

  it('carries the same fields as a CSV row, with numbers as numbers', () => {
    const properties = eventsToGeoJson([strike], context).features[0]?.properties;
    expect(properties).toMatchObject({
      event_id_cnty: expect.stringMatching(/^LBY\d+$/),
      iso: 434,
      inter1: 0,
      admin1: 'An Nuqat al Khams',
      fatalities: 0,
      tags: 'fatalities unknown',
      source: 'Al Wasat; Reuters',
      marsad_id: 'wasat-1:ev0',
    });
    expect(properties).not.toHaveProperty('notes_ar');
  });

  it('writes GeoJSON text sequences (RFC 8142): a record separator before each feature, a line feed after', () => {
    const text = eventsToGeoJsonSeq([strike, unlocated, westOfGreenwich], context);
    const records = text.split(RECORD_SEPARATOR);
    expect(records[0]).toBe('');
    expect(records.slice(1)).toHaveLength(2);
    for (const record of records.slice(1)) {
      expect(record.endsWith('\n')).toBe(true);
      expect(record.slice(0, -1)).not.toContain('\n');
      expect(rfc7946Problems(record)).toEqual([]);
    }
    const ids = records.slice(1).map((record) => (JSON.parse(record) as { id: string }).id);
    expect(ids).toEqual(['wasat-1:ev0', 'w']);
  });
});
