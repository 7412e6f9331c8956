import { useEffect, useRef } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapController } from './map-controller';
import { bundledBasemapStyle } from './basemap-data';
import { useMarsadStoreApi } from '../store/store-context';
import { useText } from '../ui/i18n';

declare global {
  interface Window {
    /** Exposed for end-to-end tests and benchmarks, which query what the map renders. */
    __marsadMap?: MapController;
  }
}

/** The one component that owns the MapLibre instance. */
export function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const store = useMarsadStoreApi();
  const text = useText();

  useEffect(() => {
    if (!container.current) return;
    const controller = new MapController(container.current, bundledBasemapStyle());
    window.__marsadMap = controller;
    return () => {
      if (window.__marsadMap === controller) delete window.__marsadMap;
      controller.remove();
    };
  }, [store]);

  return <div ref={container} className="map" role="region" aria-label={text('map')} />;
}
