import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { buildExportGazetteer, type ExportGazetteer } from '../../../src/pipeline/export/admin-areas.ts';
import type { GazetteerData } from '../../../src/pipeline/geo/gazetteer-types.ts';
import type { Article } from '../../../src/pipeline/types.ts';
import { repositoryRoot } from '../extract/resources.ts';

let cached: ExportGazetteer | null = null;

/** The real gazetteer as the exports use it, built once per test file. */
export function exportGazetteer(): ExportGazetteer {
  cached ??= buildExportGazetteer(
    (
      JSON.parse(
        readFileSync(join(repositoryRoot, 'data', 'gazetteer', 'libya.json'), 'utf8'),
      ) as GazetteerData
    ).places,
  );
  return cached;
}

/**
 * ACLED's data columns as ACLED's codebook lists them (since the column change of March 2023), written out here
 * on their own so the test does not check the exporter against itself.
 */
export const PUBLISHED_ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
];

export const wasatArticle: Article = {
  id: 'wasat-1',
  title: 'قصف على قاعدة الوطية',
  published: '2020-07-06',
  lang: 'ar',
  source: 'upload 3.html',
  url: 'https://alwasat.ly/news/libya/290001',
  text: 'تعرضت قاعدة الوطية الجوية لغارات من طيران مجهول ليلة السبت، دون معلومات عن الضحايا.',
};

export const reutersArticle: Article = {
  id: 'reuters-1',
  title: 'Strikes hit air base in western Libya',
  published: '2020-07-06',
  lang: 'en',
  source: 'reuters-watiya.txt',
  url: 'https://www.reuters.com/article/libya-security-idUSKBN0001',
  text: 'Unidentified warplanes struck al-Watiya air base overnight, a military source said.',
};

/** The CSV read as a spreadsheet program would: a header row and records, by papaparse. */
export function readCsv(text: string): {
  header: string[];
  rows: string[][];
  records: Record<string, string>[];
} {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const grid = Papa.parse<string[]>(body, { skipEmptyLines: true });
  const [header = [], ...rows] = grid.data;
  const records = rows.map((row) =>
    Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])),
  );
  return { header, rows, records };
}
