/**
 * The imported reference dataset (ACLED or UCDP) on the map: hollow rings in a colour of their own (purple for
 * ACLED, teal for UCDP), under Marsad's events, filtered by the same timeline window through a layer filter (the data is set only
 * when the reference changes). Events without a point are not drawn.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { CircleLayerSpecification, FilterSpecification, GeoJSONSource } from 'maplibre-gl';
import { dayFromIso } from '../store/days';
import type { MarsadStore } from '../store/store';
import { referenceStore } from '../reference/reference-store';
import type { ReferenceEvent } from '../reference/reference-types';
import type { MapController } from './map-controller';
import { EVENT_POINTS_LAYER } from './event-overlay-layers';

export const REFERENCE_SOURCE = 'reference-events';
export const REFERENCE_LAYER = 'reference-event-rings';

const REFERENCE_RINGS: CircleLayerSpecification = {
  id: REFERENCE_LAYER,
  type: 'circle',
  source: REFERENCE_SOURCE,
  paint: {
    'circle-color': 'rgba(0,0,0,0)',
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 4, 10, 7],
    'circle-stroke-color': ['match', ['get', 'dataset'], 'UCDP', '#1f6f8b', '#7a3fa0'],
    'circle-stroke-width': 2,
    'circle-stroke-opacity': 0.85,
  },
};

function referenceCollection(events: readonly ReferenceEvent[]): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const event of events) {
    if (event.latitude === null || event.longitude === null) continue;
    features.push({
      type: 'Feature',
      id: features.length,
      geometry: { type: 'Point', coordinates: [event.longitude, event.latitude] },
      properties: {
        id: event.id,
        dataset: event.dataset,
        first: dayFromIso(event.first) ?? 0,
        last: dayFromIso(event.last) ?? 0,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Reference events whose window meets the timeline's half-open window [start, end). */
function timeFilter(window: { start: number; end: number } | null): FilterSpecification {
  if (window === null) return ['all'];
  return ['all', ['<', ['get', 'first'], window.end], ['>=', ['get', 'last'], window.start]];
}

export class ReferenceMapLayer {
  constructor(controller: MapController, store: MarsadStore) {
    let added = false;
    const show = () =>
      controller.whenLoaded((map) => {
        const { events } = referenceStore.getState();
        if (!added) {
          if (events.length === 0) return;
          map.addSource(REFERENCE_SOURCE, { type: 'geojson', data: referenceCollection(events) });
          map.addLayer(REFERENCE_RINGS, map.getLayer(EVENT_POINTS_LAYER) ? EVENT_POINTS_LAYER : undefined);
          added = true;
        } else {
          (map.getSource(REFERENCE_SOURCE) as GeoJSONSource | undefined)?.setData(
            referenceCollection(events),
          );
        }
        map.setFilter(REFERENCE_LAYER, timeFilter(store.getState().timeWindow));
      });
    const filter = () =>
      controller.whenLoaded((map) => {
        if (added) map.setFilter(REFERENCE_LAYER, timeFilter(store.getState().timeWindow));
      });
    controller.onRemove(
      referenceStore.subscribe((state, previous) => state.events !== previous.events && show()),
    );
    controller.onRemove(
      store.subscribe((state, previous) => state.timeWindow !== previous.timeWindow && filter()),
    );
    show();
  }
}
