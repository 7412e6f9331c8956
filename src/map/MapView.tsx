import { useEffect, useRef } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapController } from './map-controller';
import { bundledBasemapStyle } from './basemap-data';
import { useMarsadStoreApi } from '../store/store-context';
import { useText } from '../ui/i18n';
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
