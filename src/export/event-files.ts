import { CSV_COLUMNS, eventToCsvRow } from '../pipeline/export/csv';
import { eventsToGeoJson } from '../pipeline/export/geojson';
import type { Article, ConflictEvent } from '../pipeline/types';

/** The column that marks what a user corrected: the field names, or "added" for an event the user made. */
export const CORRECTED_COLUMN = 'user_corrected';

/** ACLED-style CSV of the events, with a last column naming the fields the user corrected. */
export function eventsCsvWithCorrections(
  events: readonly ConflictEvent[],
  articles: readonly Article[],
): string {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const lines = [[...CSV_COLUMNS, CORRECTED_COLUMN].join(',')];
  for (const event of events) {
    lines.push(`${eventToCsvRow(event, byId)},${(event.corrected ?? []).join(' ')}`);
  }
  return lines.join('\r\n') + '\r\n';
}

/** GeoJSON of the located events; each feature lists the fields the user corrected (empty when none). */
export function eventsGeoJsonWithCorrections(events: readonly ConflictEvent[]): string {
  const collection = eventsToGeoJson(events);
  const byId = new Map(events.map((event) => [event.id, event]));
  const features = collection.features.map((feature) => ({
    ...feature,
    properties: {
      ...feature.properties,
      [CORRECTED_COLUMN]: byId.get(feature.properties.id)?.corrected ?? [],
    },
  }));
  return JSON.stringify({ ...collection, features });
}
