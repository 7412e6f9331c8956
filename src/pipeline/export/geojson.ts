/**
 * Located events as a GeoJSON FeatureCollection (RFC 7946: [longitude, latitude]). Events without a
 * point are left out: they are never put on the map at a made-up place.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ConflictEvent } from '../types.ts';

export interface EventProperties {
  id: string;
  event_type: string;
  sub_event_type: string;
  date: string | null;
  time_precision: number;
  location: string | null;
  admin1: string | null;
  geo_precision: number | null;
  actor1: string | null;
  actor2: string | null;
  fatalities: number | null;
  fatalities_high: number | null;
  injuries: number | null;
  notes: string;
  confidence: number;
  confidence_reasons: string[];
  sources: { article_id: string; start: number; end: number }[];
}

export function eventToFeature(event: ConflictEvent): Feature<Point, EventProperties> | null {
  if (event.latitude === null || event.longitude === null) return null;
  if (!Number.isFinite(event.latitude) || !Number.isFinite(event.longitude)) return null;
  return {
    type: 'Feature',
    id: event.id,
    geometry: { type: 'Point', coordinates: [event.longitude, event.latitude] },
    properties: {
      id: event.id,
      event_type: event.event_type,
      sub_event_type: event.sub_event_type,
      date: event.date,
      time_precision: event.time_precision,
      location: event.location,
      admin1: event.admin1,
      geo_precision: event.geo_precision,
      actor1: event.actor1,
      actor2: event.actor2,
      fatalities: event.fatalities,
      fatalities_high: event.fatalities_high,
      injuries: event.injuries,
      notes: event.notes,
      confidence: event.confidence,
      confidence_reasons: [...event.confidence_reasons],
      sources: event.sources.map((source) => ({ ...source })),
    },
  };
}

export function eventsToGeoJson(events: readonly ConflictEvent[]): FeatureCollection<Point, EventProperties> {
  const features: Feature<Point, EventProperties>[] = [];
  for (const event of events) {
    const feature = eventToFeature(event);
    if (feature !== null) features.push(feature);
  }
  return { type: 'FeatureCollection', features };
}
