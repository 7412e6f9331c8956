import { useEffect, useRef } from 'react';
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

  useEffect(() => {
    if (!container.current) return;
    const controller = new MapController(container.current, bundledBasemapStyle(), canvasLabel.current);
    controller.showEventsFrom(store);
    controllerRef.current = controller;
    window.__marsadMap = controller;
    const removeBenchHook = installBenchHook(store, controller);
    return () => {
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
      <MapLegend />
    </div>
  );
}
