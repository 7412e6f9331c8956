import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { PUBLISHED_ACLED_COLUMNS } from '../unit/export/export-fixtures';
import { rfc7946Problems } from '../unit/export/rfc7946';
import { closeBrowser, openMarsad, storeEventsInFull, waitForLibrary } from './driver';

afterAll(closeBrowser);

async function download(page: Page, button: RegExp): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('region', { name: /^(workspace|مساحة العمل)$/i })
      .getByRole('button', { name: button })
      .click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe('ACLED exports from the app', () => {
  it('in Arabic: a CSV with a BOM, ACLED columns by name and position, English and Arabic notes, GeoJSON per RFC 7946', async () => {
    const session = await openMarsad({ locale: 'ar' });
    const { page } = session;
    await waitForLibrary(page);
    const events = await storeEventsInFull(page);
    expect(events.length).toBeGreaterThan(0);

    const csv = await download(page, /^الأحداث CSV$/);
    expect(csv.name).toMatch(/^marsad-events-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const [header = [], ...rows] = Papa.parse<string[]>(csv.text.slice(1).trim()).data;
    expect(header.slice(0, 31)).toEqual(PUBLISHED_ACLED_COLUMNS);
    expect(header.at(-1)).toBe('notes_ar');
    expect(rows).toHaveLength(events.length);
    const column = (name: string) => header.indexOf(name);
    const ids = rows.map((row) => row[column('event_id_cnty')]);
    expect(new Set(ids).size).toBe(rows.length);
    for (const row of rows) {
      expect(row[column('event_id_cnty')]).toMatch(/^LBY\d+$/);
      expect(row[column('fatalities')]).toMatch(/^\d+$/);
      expect(row[column('iso')]).toBe('434');
      expect(row[column('notes')]).toMatch(
        /^(On|In) .+\. (Fatalities unknown|No fatalities reported|\d+(-\d+)? fatalit)/,
      );
      expect(row[column('notes_ar')]).toMatch(/^في /);
      expect(row[column('evidence')]?.length).toBeGreaterThan(20);
      expect(row[column('source')]).not.toMatch(/[/\\]/);
      const event = events.find((candidate) => candidate['id'] === row[column('marsad_id')]);
      expect(event).toBeDefined();
      if (event?.['fatalities'] === null) expect(row[column('tags')]).toMatch(/fatalities unknown/);
      else expect(row[column('fatalities')]).toBe(String(event?.['fatalities']));
    }

    const geojson = await download(page, /^الأحداث GeoJSON$/);
    expect(rfc7946Problems(geojson.text)).toEqual([]);
    const collection = JSON.parse(geojson.text) as {
      features: { properties: { sources: { title: string | null; evidence: string }[] } }[];
    };
    expect(collection.features.length).toBeGreaterThan(0);
    for (const feature of collection.features) {
      expect(feature.properties.sources[0]?.title).toBeTruthy();
      expect(feature.properties.sources[0]?.evidence.length).toBeGreaterThan(20);
    }

    const sequence = await download(page, /^الأحداث GeoJSONSeq$/);
    const records = sequence.text.split('\u001e').slice(1);
    expect(records).toHaveLength(collection.features.length);
    for (const record of records) expect(rfc7946Problems(record)).toEqual([]);
    await session.close();
  });
});
