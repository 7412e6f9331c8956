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

/** The basemap layer the event overlays are drawn under: place names stay readable over the circles. */
export const BELOW_LABELS = 'place-labels';

/** The image behind a cluster's count: a dark pill stretched around the digits (see clusterBadgeImage). */
export const CLUSTER_BADGE_IMAGE = 'event-cluster-badge';

/** A cluster is a faint disc with a dark rim around its events (which stay visible) and a count badge. */
export const CLUSTER_CIRCLE: CircleLayerSpecification = {
  id: CLUSTER_CIRCLE_LAYER,
  type: 'circle',
  source: CLUSTER_SOURCE,
  paint: {
    'circle-color': '#2b2a27',
    'circle-opacity': 0.1,
    'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'count']], 1.4, 16, 30, 40],
    'circle-stroke-color': '#2b2a27',
    'circle-stroke-opacity': 0.75,
    'circle-stroke-width': 1.5,
  },
};

/**
 * The count of a cluster: white digits on a dark pill at the bubble's upper rim (a place's name sits under its
 * dot), so it reads as a count, never as a place label. Drawn over everything and never hidden by labels.
 */
export const CLUSTER_COUNT: SymbolLayerSpecification = {
  id: CLUSTER_COUNT_LAYER,
  type: 'symbol',
  source: CLUSTER_SOURCE,
  layout: {
    'text-field': ['number-format', ['get', 'count'], { locale: 'en' }],
    'text-font': [LABEL_FONT],
    'text-size': 12,
    'text-anchor': 'bottom-left',
    'text-offset': [
      'interpolate',
      ['linear'],
      ['sqrt', ['get', 'count']],
      1.4,
      ['literal', [0.8, -0.8]],
      30,
      ['literal', [2.2, -2.2]],
    ],
    'text-allow-overlap': true,
    'text-ignore-placement': true,
    'icon-image': CLUSTER_BADGE_IMAGE,
    'icon-text-fit': 'both',
    'icon-text-fit-padding': [2, 6, 1, 6],
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  },
  paint: { 'text-color': '#ffffff' },
};

/**
 * The badge image: a rounded dark pill with a white rim, drawn at twice the CSS pixel size, stretchable in its
 * straight middle so it fits any count's digits.
 */
export function clusterBadgeImage(): {
  image: { width: number; height: number; data: Uint8Array };
  options: {
    pixelRatio: number;
    stretchX: [number, number][];
    stretchY: [number, number][];
    content: [number, number, number, number];
  };
} {
  const width = 44;
  const height = 36;
  const radius = height / 2;
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Distance from the pill's straight core (a segment between the two round ends).
      const cx = Math.min(Math.max(x + 0.5, radius), width - radius);
      const distance = Math.hypot(x + 0.5 - cx, y + 0.5 - radius);
      const cover = Math.min(1, Math.max(0, radius - distance));
      const rim = distance > radius - 3 ? 1 : 0;
      const offset = (y * width + x) * 4;
      const value = rim ? 255 : 43;
      data[offset] = value;
      data[offset + 1] = rim ? 255 : 42;
      data[offset + 2] = rim ? 255 : 39;
      data[offset + 3] = Math.round(cover * 255);
    }
  }
  return {
    image: { width, height, data },
    options: {
      pixelRatio: 2,
      stretchX: [[radius, width - radius]],
      stretchY: [[radius - 1, radius + 1]],
      content: [radius - 6, 6, width - radius + 6, height - 6],
    },
  };
}

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
