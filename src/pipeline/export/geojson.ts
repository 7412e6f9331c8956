/**
 * Located events as a GeoJSON FeatureCollection (RFC 7946: [longitude, latitude], WGS 84, no `crs`), or as
 * GeoJSON text sequences (RFC 8142: each feature after a record separator, one per line) for large exports.
 * Each feature carries the same fields as a CSV row (acled-record.ts, typed values) and its sources: the article's
 * title, outlet, address, publication date, language and the evidence sentence. Events without a point are left
 * out: they are never put on the map at a made-up place.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { articleMap, eventToRecord, type ExportContext, type ExportRecord } from './acled-record.ts';
import { outletOf } from './outlets.ts';
import type { Article, ConflictEvent } from '../types.ts';
import { exportableEvent } from './safe-event.ts';

export interface FeatureSource {
  article_id: string;
  title: string | null;
  outlet: string;
  url: string | null;
  published: string | null;
  lang: string | null;
  evidence: string;
  start: number;
  end: number;
}

export type EventProperties = Partial<ExportRecord> & {
  confidence_reasons: string[];
  sources: FeatureSource[];
};

/** The record separator RFC 8142 puts before each GeoJSON text. */
export const RECORD_SEPARATOR = '\u001e';

function featureSources(event: ConflictEvent, articles: ReadonlyMap<string, Article>): FeatureSource[] {
  return event.sources.map((span) => {
    const article = articles.get(span.article_id);
    const slice = article === undefined ? '' : article.text.slice(span.start, span.end);
    return {
      article_id: span.article_id,
      title: article === undefined || article.title === '' ? null : article.title,
      outlet: article === undefined ? '' : outletOf(article).name,
      url: article?.url === undefined || article.url === '' ? null : article.url,
      published: article?.published ?? null,
      lang: article?.lang ?? null,
      evidence: slice === '' ? event.notes : slice,
      start: span.start,
      end: span.end,
    };
  });
}

function featureOf(
  given: ConflictEvent,
  articles: ReadonlyMap<string, Article>,
  context: ExportContext,
): Feature<Point, EventProperties> | null {
  const event = exportableEvent(given);
  if (event.latitude === null || event.longitude === null) return null;
  if (!Number.isFinite(event.latitude) || !Number.isFinite(event.longitude)) return null;
  const record: Partial<ExportRecord> = eventToRecord(event, articles, context);
  if (context.arabicNotes !== true) delete record.notes_ar;
  return {
    type: 'Feature',
    id: event.id,
    geometry: { type: 'Point', coordinates: [event.longitude, event.latitude] },
    properties: {
      ...record,
      confidence_reasons: [...event.confidence_reasons],
      sources: featureSources(event, articles),
    },
  };
}

export function eventToFeature(
  event: ConflictEvent,
  context: ExportContext = {},
): Feature<Point, EventProperties> | null {
  return featureOf(event, articleMap(context), context);
}

export function eventsToGeoJson(
  events: readonly ConflictEvent[],
  context: ExportContext = {},
): FeatureCollection<Point, EventProperties> {
  const articles = articleMap(context);
  const fixed = { ...context, now: context.now ?? new Date() };
  const features: Feature<Point, EventProperties>[] = [];
  for (const event of events) {
    const feature = featureOf(event, articles, fixed);
    if (feature !== null) features.push(feature);
  }
  return { type: 'FeatureCollection', features };
}

/** GeoJSON text sequences (RFC 8142): one feature per record, each after a record separator and ending in LF. */
export function eventsToGeoJsonSeq(events: readonly ConflictEvent[], context: ExportContext = {}): string {
  const articles = articleMap(context);
  const fixed = { ...context, now: context.now ?? new Date() };
  let text = '';
  for (const event of events) {
    const feature = featureOf(event, articles, fixed);
    if (feature !== null) text += `${RECORD_SEPARATOR}${JSON.stringify(feature)}\n`;
  }
  return text;
}
