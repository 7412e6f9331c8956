import type { Feature, FeatureCollection, Point } from 'geojson';
import { positionAt, type WindowView } from '../store/selectors/window-view';

/** Below this zoom, shown events that share a grid cell are counted in one cluster bubble. */
export const CLUSTER_MAX_ZOOM = 7;
/** Grid cell size in screen pixels. */
export const CLUSTER_CELL_PX = 44;

export interface ClusterProperties {
  count: number;
}

/**
 * Counts the shown, located events per screen-grid cell at a zoom, and returns one point (at the cells' mean
 * position) per cell holding two or more. Run when the scrub pauses or the view settles, never per frame.
 */
export function clusterEvents(view: WindowView, zoom: number): FeatureCollection<Point, ClusterProperties> {
  const features: Feature<Point, ClusterProperties>[] = [];
  if (zoom >= CLUSTER_MAX_ZOOM) return { type: 'FeatureCollection', features };
  const index = view.filtered.index;
  const cells = (512 * 2 ** Math.floor(zoom)) / CLUSTER_CELL_PX;
  const buckets = new Map<number, { count: number; longitude: number; latitude: number }>();
  for (let k = 0; k < view.count; k++) {
    const position = positionAt(view, k);
    if (!index.geoPrecision[position]) continue;
    const column = Math.floor((index.mercatorX[position] ?? 0) * cells);
    const row = Math.floor((index.mercatorY[position] ?? 0) * cells);
    const key = row * 1_000_000 + column;
    const bucket = buckets.get(key);
    const longitude = index.longitude[position] ?? 0;
    const latitude = index.latitude[position] ?? 0;
    if (bucket) {
      bucket.count++;
      bucket.longitude += longitude;
      bucket.latitude += latitude;
    } else {
      buckets.set(key, { count: 1, longitude, latitude });
    }
  }
  for (const { count, longitude, latitude } of buckets.values()) {
    if (count < 2) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [longitude / count, latitude / count] },
      properties: { count },
    });
  }
  return { type: 'FeatureCollection', features };
}
