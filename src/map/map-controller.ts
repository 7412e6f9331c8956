import { Map as MapLibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { LIBYA_BOUNDS } from './basemap-style';

setWorkerUrl(workerUrl);

type MapTask = (map: MapLibreMap) => void;

/**
 * Owns the one MapLibre instance. Every imperative call goes through here: created once, updates queued until
 * the style has loaded, handlers registered once and removed with the map.
 */
export class MapController {
  readonly map: MapLibreMap;
  private loaded = false;
  private queue: MapTask[] = [];
  private cleanups: (() => void)[] = [];

  constructor(container: HTMLElement, style: StyleSpecification) {
    this.map = new MapLibreMap({
      container,
      style,
      bounds: LIBYA_BOUNDS,
      fitBoundsOptions: { padding: 24 },
      attributionControl: { compact: true, customAttribution: 'Natural Earth · GeoNames' },
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: 14,
      minZoom: 3,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.once('load', () => {
      this.loaded = true;
      const pending = this.queue;
      this.queue = [];
      for (const task of pending) task(this.map);
    });
  }

  /** Runs the task now if the style has loaded, otherwise as soon as it has. */
  whenLoaded(task: MapTask): void {
    if (this.loaded) task(this.map);
    else this.queue.push(task);
  }

  get isLoaded(): boolean {
    return this.loaded;
  }

  /** Registers a cleanup to run when the map is removed (event handlers, store subscriptions). */
  onRemove(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  zoomToLibya(): void {
    this.map.fitBounds(LIBYA_BOUNDS, { padding: 24, duration: 0 });
  }

  remove(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.queue = [];
    this.map.remove();
  }
}
