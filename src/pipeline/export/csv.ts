/**
 * Events as CSV with ACLED's column names (plus fatalities_high, injuries and confidence), so an
 * export lines up with the data researchers already use. RFC 4180 quoting; text cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe.
 */
import type { Article, ConflictEvent } from '../types.ts';

export const CSV_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'country',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_url',
  'notes',
  'fatalities',
  'fatalities_high',
  'injuries',
  'confidence',
] as const;

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

function textCell(value: string | null): string {
  if (value === null || value === '') return '';
  const safe = FORMULA_START.has(value[0] as string) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function numberCell(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '' : String(value);
}

function sourceNames(
  event: ConflictEvent,
  articles: ReadonlyMap<string, Article>,
): { names: string; urls: string } {
  const names: string[] = [];
  const urls: string[] = [];
  for (const source of event.sources) {
    const article = articles.get(source.article_id);
    const name = article?.source || source.article_id;
    if (!names.includes(name)) names.push(name);
    if (article?.url !== undefined && !urls.includes(article.url)) urls.push(article.url);
  }
  return { names: names.join('; '), urls: urls.join('; ') };
}

export function eventToCsvRow(event: ConflictEvent, articles: ReadonlyMap<string, Article>): string {
  const { names, urls } = sourceNames(event, articles);
  const cells = [
    textCell(`LBY${event.id}`),
    textCell(event.date),
    event.date === null ? '' : event.date.slice(0, 4),
    String(event.time_precision),
    textCell(event.event_type),
    textCell(event.sub_event_type),
    textCell(event.actor1),
    textCell(event.actor2),
    'Libya',
    textCell(event.admin1),
    textCell(event.location),
    numberCell(event.latitude),
    numberCell(event.longitude),
    event.geo_precision === null ? '' : String(event.geo_precision),
    textCell(names),
    textCell(urls),
    textCell(event.notes),
    numberCell(event.fatalities),
    numberCell(event.fatalities_high),
    numberCell(event.injuries),
    event.confidence.toFixed(2),
  ];
  return cells.join(',');
}

/** The CSV text (header line first, CRLF line ends as RFC 4180 asks). */
export function eventsToCsv(events: readonly ConflictEvent[], articles: readonly Article[] = []): string {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const lines = [CSV_COLUMNS.join(',')];
  for (const event of events) lines.push(eventToCsvRow(event, byId));
  return lines.join('\r\n') + '\r\n';
}
