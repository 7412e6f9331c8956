import type { EventCorrection } from '../corrections/correction-types';
import type { ExportContext } from '../pipeline/export/acled-record';
import type { ExportGazetteer } from '../pipeline/export/admin-areas';
import { eventsToCsv } from '../pipeline/export/csv';
import { eventsToGeoJson, eventsToGeoJsonSeq } from '../pipeline/export/geojson';
import type { Article, ConflictEvent } from '../pipeline/types';

/** What the app knows for an export beyond the events: sources, corrections, arrival times, language. */
export interface AppExportInput {
  articles: readonly Article[];
  corrections: readonly EventCorrection[];
  /** When each article entered the library (milliseconds), by article id. */
  addedAt?: ReadonlyMap<string, number>;
  language: 'en' | 'ar';
  gazetteer?: ExportGazetteer;
  now?: Date;
}

/**
 * The export context of the app: an event's timestamp is its latest correction, else the latest arrival of its
 * articles; the Arabic note is added when the interface is Arabic.
 */
export function appExportContext(events: readonly ConflictEvent[], input: AppExportInput): ExportContext {
  const corrected = new Map<string, number>();
  for (const correction of input.corrections) {
    const ids =
      'members' in correction ? [correction.event_id, ...correction.members] : [correction.event_id];
    for (const id of ids) corrected.set(id, Math.max(corrected.get(id) ?? 0, correction.updatedAt));
  }
  const modifiedAt = new Map<string, number>();
  for (const event of events) {
    let latest = corrected.get(event.id) ?? 0;
    for (const source of event.sources) latest = Math.max(latest, input.addedAt?.get(source.article_id) ?? 0);
    if (latest > 0) modifiedAt.set(event.id, latest);
  }
  return {
    articles: input.articles,
    modifiedAt,
    arabicNotes: input.language === 'ar',
    ...(input.gazetteer === undefined ? {} : { gazetteer: input.gazetteer }),
    ...(input.now === undefined ? {} : { now: input.now }),
  };
}

/** The ACLED CSV as the app downloads it: with a UTF-8 byte order mark, so Excel shows the Arabic right. */
export function eventsCsvFile(events: readonly ConflictEvent[], input: AppExportInput): string {
  return eventsToCsv(events, appExportContext(events, input), { bom: true });
}

/** GeoJSON of the located events, each with its sources (title, outlet, address, date, evidence). */
export function eventsGeoJsonFile(events: readonly ConflictEvent[], input: AppExportInput): string {
  return JSON.stringify(eventsToGeoJson(events, appExportContext(events, input)));
}

/** The same features as GeoJSON text sequences (RFC 8142), for large exports read feature by feature. */
export function eventsGeoJsonSeqFile(events: readonly ConflictEvent[], input: AppExportInput): string {
  return eventsToGeoJsonSeq(events, appExportContext(events, input));
}
