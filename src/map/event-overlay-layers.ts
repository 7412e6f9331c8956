import type { FeatureCollection } from 'geojson';
import type { CircleLayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { LABEL_FONT } from './basemap-style';

/** Layer and source ids of the event overlays (data, not code: the controller adds them in this order). */
export const EVENT_POINTS_LAYER = 'event-points';
export const CLUSTER_SOURCE = 'event-clusters';
export const SELECTION_SOURCE = 'selected-event';
export const CLUSTER_CIRCLE_LAYER = 'event-cluster-circles';
export const CLUSTER_COUNT_LAYER = 'event-cluster-counts';
export const SELECTION_LAYER = 'selected-event-ring';
export const CORRECTED_SOURCE = 'corrected-events';
export const CORRECTED_LAYER = 'corrected-event-marks';

export const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** A cluster is a faint disc with a dark rim around its events (which stay visible) and a count badge. */
export const CLUSTER_CIRCLE: CircleLayerSpecification = {
  id: CLUSTER_CIRCLE_LAYER,
  type: 'circle',
  source: CLUSTER_SOURCE,
  paint: {
    'circle-color': '#2b2a27',
    'circle-opacity': 0.08,
    'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'count']], 1.4, 16, 30, 40],
    'circle-stroke-color': '#2b2a27',
    'circle-stroke-opacity': 0.7,
    'circle-stroke-width': 1.2,
  },
};

export const CLUSTER_COUNT: SymbolLayerSpecification = {
  id: CLUSTER_COUNT_LAYER,
  type: 'symbol',
  source: CLUSTER_SOURCE,
  layout: {
    'text-field': ['to-string', ['get', 'count']],
    'text-font': [LABEL_FONT],
    'text-size': 12,
    'text-radial-offset': ['interpolate', ['linear'], ['sqrt', ['get', 'count']], 1.4, 1.6, 30, 3.4],
    'text-variable-anchor': ['bottom-left'],
    'text-allow-overlap': true,
    'text-ignore-placement': true,
  },
  paint: { 'text-color': '#2b2a27', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
};

/** A ring around the selected event, drawn above everything. */
export const SELECTION_RING: CircleLayerSpecification = {
  id: SELECTION_LAYER,
  type: 'circle',
  source: SELECTION_SOURCE,
  paint: {
    'circle-color': 'rgba(0,0,0,0)',
    'circle-radius': ['+', ['get', 'radius'], 5],
    'circle-stroke-color': '#111111',
    'circle-stroke-width': 3,
  },
};

/** A dashed-looking double rim marks the events a user corrected or added (the list shows a badge). */
export const CORRECTED_MARK: CircleLayerSpecification = {
  id: CORRECTED_LAYER,
  type: 'circle',
  source: CORRECTED_SOURCE,
  paint: {
    'circle-color': 'rgba(0,0,0,0)',
    'circle-radius': ['+', ['get', 'radius'], 3],
    'circle-stroke-color': '#7a3fb0',
    'circle-stroke-width': 2,
  },
};
