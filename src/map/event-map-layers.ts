import { Popup, type GeoJSONSource, type MapMouseEvent } from 'maplibre-gl';
import type { MarsadState, MarsadStore } from '../store/store';
import type { FilteredEvents } from '../store/selectors/filtered-events';
import { selectEventIndex, selectFilteredEvents, selectWindowView } from '../store/selectors/event-selectors';
import { isShown } from '../store/selectors/window-view';
import {
  mercatorXFromLongitude,
  mercatorYFromLatitude,
  SUB_EVENT_TYPES,
  type EventIndex,
} from '../store/event-index';
import { translate } from '../ui/i18n';
import { placeName } from '../ui/names';
import { formatEventDate, formatFatalities, typeLabel } from '../events/event-labels';
import type { MapController } from './map-controller';
import { EventPointsLayer } from './event-points-layer';
import { EventHitTester } from './event-hit-test';
import { clusterEvents } from './event-clusters';
import { drawnRadius, TYPE_COLOURS } from './event-style';
import type { ConflictEvent } from '../pipeline/types';
import type { UiLanguage } from '../store/ui-slice';
import {
  BELOW_LABELS,
  CLUSTER_BADGE_IMAGE,
  clusterBadgeImage,
  CLUSTER_CIRCLE,
  CLUSTER_CIRCLE_LAYER,
  CLUSTER_COUNT,
  CLUSTER_COUNT_LAYER,
  CLUSTER_SOURCE,
  CORRECTED_MARK,
  CORRECTED_SOURCE,
  EMPTY_COLLECTION,
  EVENT_POINTS_LAYER,
  SELECTION_RING,
  SELECTION_SOURCE,
} from './event-overlay-layers';

/** Clusters are recounted this long after the time window or filters stop changing. */
const RECLUSTER_DELAY_MS = 160;

/**
 * The events on the map: GL points (custom layer), cluster bubbles, the selection ring, the tooltip, and
 * hit-testing. Subscribes to the store outside React; the time window reaches the GPU as a uniform.
 */
export class EventMapLayers {
  private readonly points = new EventPointsLayer(EVENT_POINTS_LAYER);
  private readonly hitTester = new EventHitTester();
  private readonly popup = new Popup({
    closeButton: false,
    closeOnClick: false,
    offset: 10,
    maxWidth: '280px',
  });
  private filtered: FilteredEvents | null = null;
  private reclusterTimer: ReturnType<typeof setTimeout> | null = null;
  private reclusterDue = 0;
  private clustersHidden = false;
  /** The cluster bubbles the cluster source holds now, as text, so unchanged bubbles are not sent again. */
  private shownClusters = '';
  /** What the selection source holds now ('' for nothing), so an unchanged selection is not sent again. */
  private shownSelection = '';
  /** The corrected events marked now, as text, so an unchanged set is not sent again. */
  private shownCorrected = '';
  /** The list of stacked events' module, once a click on a stack has fetched it. */
  private chooser: typeof import('./map-tools') | null = null;
  /** While set, a click hands the event under it (null: none) to this instead of selecting it. */
  private picker: ((eventId: string | null) => void) | null = null;

  constructor(
    private readonly controller: MapController,
    private readonly store: MarsadStore,
  ) {
    controller.whenLoaded((map) => {
      // Circles, bubbles and rings go under the place names (whose halo keeps them readable over an event);
      // the cluster counts go over everything.
      const below = map.getLayer(BELOW_LABELS) ? BELOW_LABELS : undefined;
      map.addLayer(this.points, below);
      map.addSource(CLUSTER_SOURCE, { type: 'geojson', data: EMPTY_COLLECTION });
      map.addSource(SELECTION_SOURCE, { type: 'geojson', data: EMPTY_COLLECTION });
      map.addLayer(CLUSTER_CIRCLE, below);
      const badge = clusterBadgeImage();
      if (!map.hasImage(CLUSTER_BADGE_IMAGE)) map.addImage(CLUSTER_BADGE_IMAGE, badge.image, badge.options);
      map.addLayer(CLUSTER_COUNT);
      map.addSource(CORRECTED_SOURCE, { type: 'geojson', data: EMPTY_COLLECTION });
      map.addLayer(CORRECTED_MARK, below);
      map.addLayer(SELECTION_RING, below);
      const initial = store.getState();
      if (initial.mapView) {
        const { longitude, latitude, zoom } = initial.mapView;
        map.jumpTo({ center: [longitude, latitude], zoom });
      }
      this.points.setSource(this.currentEvents);
      this.points.setWindow(initial.timeWindow);
      this.showSelection(initial, false);
      map.on('mousemove', this.onMouseMove);
      map.on('mouseout', this.onMouseOut);
      map.on('click', this.onClick);
      map.on('moveend', this.onMoveEnd);
      map.on('movestart', this.onMoveStart);
      controller.onRemove(() => {
        map.off('movestart', this.onMoveStart);
        map.off('mousemove', this.onMouseMove);
        map.off('mouseout', this.onMouseOut);
        map.off('click', this.onClick);
        map.off('moveend', this.onMoveEnd);
      });
    });
    const unsubscribe = store.subscribe((state, previous) => {
      if (!controller.isLoaded) return;
      if (
        state.events !== previous.events ||
        state.filters !== previous.filters ||
        state.searchVocabulary !== previous.searchVocabulary
      ) {
        // Derived and uploaded when the map draws its next frame: however many commits or filter changes come
        // before it, the events are indexed and uploaded once.
        this.points.invalidate();
        this.chooser?.closeStackChooser();
      }
      if (state.timeWindow !== previous.timeWindow) {
        this.points.setWindow(state.timeWindow);
        this.chooser?.closeStackChooser();
        this.scheduleRecluster(RECLUSTER_DELAY_MS, true);
      }
      const selectionChanged = state.selectedEventId !== previous.selectedEventId;
      if (selectionChanged || (state.selectedEventId !== null && state.events !== previous.events)) {
        // Fly to a selection made in another view; a selection restored from the URL keeps the URL's view.
        this.showSelection(
          state,
          selectionChanged && state.selectionOrigin !== 'map' && state.selectionOrigin !== 'url',
        );
      }
      if (state.mapFocus !== previous.mapFocus && state.mapFocus) this.fitToEvents(state.mapFocus.eventIds);
      if (state.mapView !== previous.mapView && state.mapView && state.mapViewOrigin !== 'map') {
        const { longitude, latitude, zoom } = state.mapView;
        controller.map.jumpTo({ center: [longitude, latitude], zoom });
      }
    });
    controller.onRemove(() => {
      unsubscribe();
      if (this.reclusterTimer) clearTimeout(this.reclusterTimer);
      this.popup.remove();
    });
  }

  /**
   * The events the points layer draws, asked for by the layer itself when it draws a frame after a change: the
   * hit-tester notes the new index and the clusters are recounted once the changes settle.
   */
  private readonly currentEvents = (): FilteredEvents => {
    const filtered = selectFilteredEvents(this.store.getState());
    if (filtered !== this.filtered) {
      this.filtered = filtered;
      this.hitTester.update(filtered.index);
      this.scheduleRecluster(RECLUSTER_DELAY_MS, false);
    }
    return filtered;
  };

  /**
   * Recounts the clusters once the window, filters or events have settled for `delay` ms. While scrubbing this
   * only notes the time: one timer is armed per pause, not one per step. A moving window hides the (now stale)
   * counts at once; new events or filters leave them until the new counts arrive, so a commit costs the map no
   * extra frame.
   */
  private scheduleRecluster(delay: number, hide: boolean): void {
    this.reclusterDue = performance.now() + delay;
    if (hide && delay > 0 && !this.clustersHidden) this.setClustersVisible(false);
    if (this.reclusterTimer === null) this.reclusterTimer = setTimeout(this.reclusterWhenSettled, delay);
  }

  private readonly reclusterWhenSettled = (): void => {
    const wait = this.reclusterDue - performance.now();
    if (wait > 0) {
      this.reclusterTimer = setTimeout(this.reclusterWhenSettled, wait);
      return;
    }
    this.reclusterTimer = null;
    this.recluster();
  };

  private setClustersVisible(visible: boolean): void {
    const map = this.controller.map;
    for (const layer of [CLUSTER_CIRCLE_LAYER, CLUSTER_COUNT_LAYER]) {
      map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
    }
    this.clustersHidden = !visible;
  }

  private recluster(): void {
    const map = this.controller.map;
    const source = map.getSource<GeoJSONSource>(CLUSTER_SOURCE);
    if (!source) return;
    const clusters = clusterEvents(selectWindowView(this.store.getState()), map.getZoom());
    // The same bubbles as shown (more events far from any cluster, a zoom past clustering) cost no new tiles.
    const shown = clusters.features
      .map((feature) => `${feature.properties.count}@${feature.geometry.coordinates.join(',')}`)
      .join(';');
    if (shown !== this.shownClusters) {
      this.shownClusters = shown;
      source.setData(clusters);
    }
    if (this.clustersHidden) this.setClustersVisible(true);
    this.showCorrected();
  }

  /** Marks the corrected events shown now (few: the user's own), redrawn once the window or filters settle. */
  private showCorrected(): void {
    const source = this.controller.map.getSource<GeoJSONSource>(CORRECTED_SOURCE);
    if (!source) return;
    const view = selectWindowView(this.store.getState());
    const { index } = view.filtered;
    const features: GeoJSON.Feature<GeoJSON.Point, { radius: number }>[] = [];
    for (const position of correctedPositions(index)) {
      if (!index.geoPrecision[position] || !isShown(view.filtered, view.window, position)) continue;
      features.push({
        type: 'Feature',
        geometry: {
          type: 'Point',
          coordinates: [index.longitude[position] ?? 0, index.latitude[position] ?? 0],
        },
        properties: {
          radius: drawnRadius(index.fatalities[position] ?? -1, index.geoPrecision[position] ?? 1),
        },
      });
    }
    const shown = features.map((feature) => feature.geometry.coordinates.join(',')).join(';');
    if (shown === this.shownCorrected) return;
    this.shownCorrected = shown;
    source.setData({ type: 'FeatureCollection', features });
  }

  /** Fits the map to these events (those located), with room for the overlays; nothing when none is located. */
  fitToEvents(eventIds: readonly string[]): void {
    const index = selectEventIndex(this.store.getState());
    let west = Infinity;
    let south = Infinity;
    let east = -Infinity;
    let north = -Infinity;
    for (const id of eventIds) {
      const position = index.positionById.get(id);
      if (position === undefined || !index.geoPrecision[position]) continue;
      const longitude = index.longitude[position] ?? 0;
      const latitude = index.latitude[position] ?? 0;
      west = Math.min(west, longitude);
      east = Math.max(east, longitude);
      south = Math.min(south, latitude);
      north = Math.max(north, latitude);
    }
    if (!Number.isFinite(west)) return;
    this.controller.map.fitBounds([west, south, east, north], {
      padding: this.controller.overlayPadding(),
      maxZoom: 9,
      duration: 500,
    });
  }

  private showSelection(state: MarsadState, fly: boolean): void {
    const map = this.controller.map;
    const source = map.getSource<GeoJSONSource>(SELECTION_SOURCE);
    const index = state.selectedEventId ? selectEventIndex(state) : null;
    const position =
      index && state.selectedEventId ? index.positionById.get(state.selectedEventId) : undefined;
    if (!index || position === undefined || !index.geoPrecision[position]) {
      if (this.shownSelection !== '') source?.setData(EMPTY_COLLECTION);
      this.shownSelection = '';
      return;
    }
    const longitude = index.longitude[position] ?? 0;
    const latitude = index.latitude[position] ?? 0;
    const radius = drawnRadius(index.fatalities[position] ?? -1, index.geoPrecision[position] ?? 1);
    const shown = `${longitude},${latitude},${radius}`;
    if (shown !== this.shownSelection) {
      this.shownSelection = shown;
      source?.setData({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [longitude, latitude] },
            properties: { radius },
          },
        ],
      });
    }
    if (fly) map.flyTo({ center: [longitude, latitude], zoom: Math.max(map.getZoom(), 6), duration: 600 });
  }

  /** The index position of the shown event under the pointer, or -1. */
  private eventUnder(event: MapMouseEvent): number {
    const filtered = this.currentEvents();
    const map = this.controller.map;
    const worldSize = 512 * 2 ** map.getZoom();
    const x = mercatorXFromLongitude(event.lngLat.lng);
    const y = mercatorYFromLatitude(event.lngLat.lat);
    return this.hitTester.eventAt(filtered, this.store.getState().timeWindow, x, y, worldSize);
  }

  /** The index positions of every shown event drawn under the pointer, the nearest first. */
  private eventsUnder(event: MapMouseEvent): number[] {
    const filtered = this.currentEvents();
    const map = this.controller.map;
    const worldSize = 512 * 2 ** map.getZoom();
    const x = mercatorXFromLongitude(event.lngLat.lng);
    const y = mercatorYFromLatitude(event.lngLat.lat);
    return this.hitTester.eventsAt(filtered, this.store.getState().timeWindow, x, y, worldSize);
  }

  private readonly onMouseMove = (event: MapMouseEvent): void => {
    // While the list of stacked events is open it says what is there: no tooltip over it.
    if (this.chooser?.stackChooserOpen()) {
      this.popup.remove();
      return;
    }
    const position = this.eventUnder(event);
    const map = this.controller.map;
    const state = this.store.getState();
    const found = position >= 0 ? this.filtered?.index.events[position] : undefined;
    map.getCanvas().style.cursor = found ? 'pointer' : '';
    if (state.hoveredEventId !== (found?.id ?? null)) state.hoverEvent(found?.id ?? null);
    if (!found) {
      this.popup.remove();
      return;
    }
    const language = state.language;
    const content = document.createElement('div');
    content.className = 'event-tooltip';
    content.dir = language === 'ar' ? 'rtl' : 'ltr';
    const title = document.createElement('strong');
    title.textContent = typeLabel(found.sub_event_type, language);
    const lines = eventLines(found, language);
    content.append(title);
    for (const line of lines) {
      const row = document.createElement('div');
      row.textContent = line;
      row.dir = 'auto';
      content.append(row);
    }
    const index = this.filtered?.index;
    this.popup
      .setLngLat([index?.longitude[position] ?? 0, index?.latitude[position] ?? 0])
      .setDOMContent(content)
      .addTo(map);
  };

  private readonly onMouseOut = (): void => {
    this.popup.remove();
    if (this.store.getState().hoveredEventId) this.store.getState().hoverEvent(null);
  };

  private readonly onClick = (event: MapMouseEvent): void => {
    const positions = this.eventsUnder(event);
    const index = this.filtered?.index;
    const found = positions[0] !== undefined ? index?.events[positions[0]] : undefined;
    if (this.picker) {
      this.picker(found?.id ?? null);
      return;
    }
    if (index && positions.length > 1) {
      // A stack: the user chooses which of the events drawn here to read (the list's code is fetched now).
      const language = this.store.getState().language;
      const events = positions
        .map((position) => index.events[position])
        .filter((stacked) => stacked !== undefined)
        .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id))
        .map((stacked) => ({
          id: stacked.id,
          colour: TYPE_COLOURS[SUB_EVENT_TYPES.indexOf(stacked.sub_event_type)] ?? '#555555',
          title: typeLabel(stacked.sub_event_type, language),
          details: eventLines(stacked, language).join(' · '),
        }));
      const map = this.controller.map;
      const frame = map.getContainer().parentElement ?? map.getContainer();
      const canvas = map.getContainer().getBoundingClientRect();
      const outer = frame.getBoundingClientRect();
      this.popup.remove();
      void import('./map-tools').then((chooser) => {
        this.chooser = chooser;
        chooser.showStackChooser({
          frame,
          x: event.point.x + canvas.left - outer.left,
          y: event.point.y + canvas.top - outer.top,
          events,
          language,
          onPick: (eventId) => this.store.getState().selectEvent(eventId, 'map'),
          returnFocus: map.getCanvas(),
        });
      });
      return;
    }
    this.store.getState().selectEvent(found?.id ?? null, 'map');
  };

  /** Lets clicks pick an event (a correction's "pick on the map") instead of selecting it; null ends it. */
  setPicker(picker: ((eventId: string | null) => void) | null): void {
    this.picker = picker;
  }

  /** A pan or zoom closes the list of stacked events (it points at where the click was). */
  private readonly onMoveStart = (): void => {
    this.chooser?.closeStackChooser();
  };

  private readonly onMoveEnd = (): void => {
    const map = this.controller.map;
    const center = map.getCenter();
    const view = {
      longitude: round(center.lng, 4),
      latitude: round(center.lat, 4),
      zoom: round(map.getZoom(), 2),
    };
    const current = this.store.getState().mapView;
    if (
      !current ||
      current.longitude !== view.longitude ||
      current.latitude !== view.latitude ||
      current.zoom !== view.zoom
    ) {
      this.store.getState().setMapView(view, 'map');
    }
    this.scheduleRecluster(0, false);
  };

  /** How many events the GL layer drew in its last frame (its shader's own window and mask test). */
  drawnEventCount(): number {
    return this.points.drawnCount();
  }

  /** Ids of the events drawn in the current viewport: the same filter and window test the shader applies. */
  visibleEventIds(): string[] {
    if (!this.controller.isLoaded) return [];
    const filtered = this.currentEvents();
    const bounds = this.controller.map.getBounds();
    const window = this.store.getState().timeWindow;
    const { index } = filtered;
    const ids: string[] = [];
    for (let position = 0; position < index.count; position++) {
      if (!index.geoPrecision[position] || !isShown(filtered, window, position)) continue;
      const longitude = index.longitude[position] ?? 0;
      const latitude = index.latitude[position] ?? 0;
      if (bounds.contains([longitude, latitude])) ids.push(index.events[position]?.id ?? '');
    }
    return ids;
  }

  /** Fits the map to the events shown now (filters and time window); Libya when none is located. */
  fitToShownEvents(): void {
    const view = selectWindowView(this.store.getState());
    const { index } = view.filtered;
    let west = Infinity;
    let south = Infinity;
    let east = -Infinity;
    let north = -Infinity;
    for (let position = 0; position < index.count; position++) {
      if (!index.geoPrecision[position] || !isShown(view.filtered, view.window, position)) continue;
      const longitude = index.longitude[position] ?? 0;
      const latitude = index.latitude[position] ?? 0;
      west = Math.min(west, longitude);
      east = Math.max(east, longitude);
      south = Math.min(south, latitude);
      north = Math.max(north, latitude);
    }
    if (!Number.isFinite(west)) {
      this.controller.zoomToLibya();
      return;
    }
    this.controller.map.fitBounds([west, south, east, north], {
      padding: this.controller.overlayPadding(),
      maxZoom: 9,
      duration: 500,
    });
  }
}

/** An event's date, place and toll, as the tooltip and the list of stacked events write them. */
function eventLines(event: ConflictEvent, language: UiLanguage): string[] {
  return [
    formatEventDate(event, language, translate(language, 'undated')),
    event.location
      ? placeName(event.location, event.place_id, language).text
      : translate(language, 'unlocated'),
    `${translate(language, 'fatalities')}: ${formatFatalities(event, language)}`,
  ];
}

const correctedCache = new WeakMap<EventIndex, number[]>();

/** Index positions of the events a user corrected or added, found once per index. */
function correctedPositions(index: EventIndex): number[] {
  let positions = correctedCache.get(index);
  if (!positions) {
    positions = [];
    for (let position = 0; position < index.count; position++) {
      if (index.events[position]?.corrected?.length) positions.push(position);
    }
    correctedCache.set(index, positions);
  }
  return positions;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
