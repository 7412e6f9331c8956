import type { FeatureCollection } from 'geojson';
import countries from '../../data/basemap/countries.json';
import places from '../../data/basemap/places.json';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExtended from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import arabic from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import { buildBasemapStyle } from './basemap-style';

/** The bundled basemap style: data and fonts ship with the app, so the map works offline. */
export function bundledBasemapStyle() {
  return buildBasemapStyle({
    countries: countries as unknown as FeatureCollection,
    places: places as unknown as FeatureCollection,
    fonts: { latin, latinExtended, arabic },
  });
}
