import { useEffect, useRef, useState } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapController } from './map-controller';
import { bundledBasemapStyle } from './basemap-data';
import { useMarsad, useMarsadStoreApi } from '../store/store-context';
import { translate, useText } from '../ui/i18n';
import { MapLegend } from './MapLegend';
import { UnlocatedEvents } from './UnlocatedEvents';
import { installBenchHook } from '../events/bench-hook';

declare global {
  interface Window {
    /** Exposed for end-to-end tests and benchmarks, which query what the map renders. */
    __marsadMap?: MapController;
  }
}

/** The one component that owns the MapLibre instance. */
export function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  const store = useMarsadStoreApi();
  const text = useText();
  const language = useMarsad((state) => state.language);
  // The canvas label is set once, when the map is created.
  const canvasLabel = useRef(text('mapCanvas'));
  const [placeSearch, setPlaceSearch] = useState(false);
  const goToButton = useRef<HTMLButtonElement>(null);
  const placeSearchBox = useRef<HTMLDivElement>(null);
  const [saving, setSaving] = useState(false);

  const saveImage = () => {
    const controller = controllerRef.current;
    if (!controller || saving) return;
    setSaving(true);
    void import('./map-tools')
      .then(({ exportMapPng }) => exportMapPng(controller.map, store))
      .catch((error: unknown) => console.error(error))
      .finally(() => setSaving(false));
  };

  // "Go to place": the search (and the gazetteer) fetched when first opened.
  useEffect(() => {
    const box = placeSearchBox.current;
    if (!placeSearch || !box) return;
    let close: (() => void) | null = null;
    let live = true;
    void import('./map-tools').then(({ goToPlace, openPlaceSearch }) => {
      if (!live) return;
      close = openPlaceSearch({
        container: box,
        language,
        onGo: (place) => {
          const controller = controllerRef.current;
          if (controller) goToPlace(controller.map, place, controller.overlayPadding());
        },
        onClose: () => {
          setPlaceSearch(false);
          goToButton.current?.focus();
        },
      });
    });
    return () => {
      live = false;
      close?.();
    };
  }, [placeSearch, language]);

  useEffect(() => {
    if (!container.current) return;
    const controller = new MapController(container.current, bundledBasemapStyle(), canvasLabel.current);
    controller.showEventsFrom(store);
    controllerRef.current = controller;
    window.__marsadMap = controller;
    const removeBenchHook = installBenchHook(store, controller);
    // Printing: the map's WebGL frame is put in the page as an image while the print view is made.
    const printed = document.createElement('img');
    printed.className = 'map-print-image';
    printed.alt = '';
    const beforePrint = () => {
      controller.map.redraw();
      printed.src = controller.map.getCanvas().toDataURL('image/png');
      container.current?.append(printed);
    };
    const afterPrint = () => printed.remove();
    addEventListener('beforeprint', beforePrint);
    addEventListener('afterprint', afterPrint);
    return () => {
      removeEventListener('beforeprint', beforePrint);
      removeEventListener('afterprint', afterPrint);
      removeBenchHook();
      if (window.__marsadMap === controller) delete window.__marsadMap;
      controllerRef.current = null;
      controller.remove();
    };
  }, [store]);

  // The canvas and the attribution button are MapLibre's: their names follow the interface language.
  useEffect(() => {
    const root = container.current;
    root?.querySelector('.maplibregl-canvas')?.setAttribute('aria-label', translate(language, 'mapCanvas'));
    const toggle = root?.querySelector('.maplibregl-ctrl-attrib-button');
    toggle?.setAttribute('aria-label', translate(language, 'mapSources'));
    toggle?.setAttribute('title', translate(language, 'mapSources'));
    controllerRef.current?.setLabelLanguage(language);
  }, [language]);

  return (
    <div className="map-frame" role="region" aria-label={text('map')}>
      <div ref={container} className="map" />
      <div className="map-tools">
        <button type="button" onClick={() => controllerRef.current?.fitToShownEvents()}>
          {text('fitToEvents')}
        </button>
        <UnlocatedEvents />
      </div>
      {/* In the bottom corner across from the legend, over the desert rather than the coast's towns. */}
      <div className="map-tools map-tools-end">
        <span className="map-tool-row">
          <button
            type="button"
            ref={goToButton}
            aria-expanded={placeSearch}
            onClick={() => setPlaceSearch((open) => !open)}
          >
            {text('goToPlace')}
          </button>
          <button type="button" onClick={saveImage} aria-busy={saving} disabled={saving}>
            {text('saveMapImage')}
          </button>
        </span>
        <div ref={placeSearchBox} hidden={!placeSearch} />
      </div>
      <MapLegend />
    </div>
  );
}
