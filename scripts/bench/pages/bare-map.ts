/**
 * The reference for first_map_ratio: MapLibre alone with the app's own bundled basemap, sized like the app's map
 * (?width=&height=), framed on Libya as the app frames it. Nothing else runs on the page.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { bundledBasemapStyle } from '../../../src/map/basemap-data';
import { LIBYA_BOUNDS } from '../../../src/map/basemap-style';

declare global {
  interface Window {
    __benchBareMap?: MapLibreMap;
  }
}

setWorkerUrl(workerUrl);
const container = document.getElementById('map');
if (!container) throw new Error('bare-map.html has no #map element');
const query = new URLSearchParams(location.search);
container.style.width = `${Number(query.get('width') ?? innerWidth)}px`;
container.style.height = `${Number(query.get('height') ?? innerHeight)}px`;
window.__benchBareMap = new MapLibreMap({
  container,
  style: bundledBasemapStyle(),
  bounds: LIBYA_BOUNDS,
  fitBoundsOptions: { padding: 24 },
  attributionControl: { compact: true },
});
