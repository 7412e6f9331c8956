import {
  Map as MapLibreMap,
  setWorkerUrl,
  type ExpressionSpecification,
  type PaddingOptions,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { LIBYA_BOUNDS } from './basemap-style';
import type { MarsadStore } from '../store/store';
import { EventMapLayers } from './event-map-layers';
import { ReferenceMapLayer } from './reference-layer';
import { overlayPadding } from './fit-padding';

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
  private events: EventMapLayers | null = null;
  private reference: ReferenceMapLayer | null = null;

  /** `canvasLabel` names the canvas for assistive technology (the page names the map region around it). */
  constructor(container: HTMLElement, style: StyleSpecification, canvasLabel = 'Pan and zoom') {
    this.map = new MapLibreMap({
      container,
      style,
      locale: { 'Map.Title': canvasLabel },
      bounds: LIBYA_BOUNDS,
      fitBoundsOptions: { padding: 24 },
      attributionControl: {
        compact: true,
        customAttribution: '<span translate="no">Natural Earth · GeoNames</span>',
      },
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

  /** Draws the store's events (GL points, clusters, selection) and links hover and click to the store. */
  showEventsFrom(store: MarsadStore): void {
    this.events ??= new EventMapLayers(this, store);
    // The imported reference dataset, if any (src/reference), drawn under the events.
    this.reference ??= new ReferenceMapLayer(this, store);
  }

  /** Ids of the events drawn in the current view (what a user sees on the map; the e2e tests query this). */
  visibleEventIds(): string[] {
    return this.events?.visibleEventIds() ?? [];
  }

  /** How many events the GL layer drew in its last frame (0 before the events are shown). */
  drawnEventCount(): number {
    return this.events?.drawnEventCount() ?? 0;
  }

  /** While `picker` is set, a click on the map gives it the event under the pointer instead of selecting it. */
  setEventPicker(picker: ((eventId: string | null) => void) | null): void {
    this.events?.setPicker(picker);
  }

  /** Fits the view to the events shown now. */
  fitToShownEvents(): void {
    this.events?.fitToShownEvents();
  }

  /**
   * Basemap labels in the interface's script: Arabic names alone in Arabic, the Arabic name with the English one
   * under it otherwise (the bundled places carry both).
   */
  setLabelLanguage(language: 'en' | 'ar'): void {
    this.whenLoaded((map) => {
      for (const [layer, scale] of [
        ['country-labels', 0.85],
        ['place-labels', 0.8],
      ] as const) {
        if (!map.getLayer(layer)) continue;
        map.setLayoutProperty(layer, 'text-field', labelText(language, scale));
      }
    });
  }

  /** Padding that keeps fitted events clear of every overlay on the map now (buttons, legend, panels). */
  overlayPadding(): PaddingOptions {
    const container = this.map.getContainer();
    return overlayPadding(container.parentElement ?? container, container.getBoundingClientRect());
  }

  zoomToLibya(): void {
    this.map.fitBounds(LIBYA_BOUNDS, { padding: this.overlayPadding(), duration: 0 });
  }

  remove(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.queue = [];
    this.map.remove();
  }
}

function labelText(language: 'en' | 'ar', scale: number): ExpressionSpecification {
  if (language === 'ar') return ['get', 'name_ar'];
  return ['format', ['get', 'name_ar'], {}, '\n', {}, ['get', 'name_en'], { 'font-scale': scale }];
}
