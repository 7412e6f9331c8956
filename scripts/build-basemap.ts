/**
 * Builds the offline basemap: Libya and its neighbours from Natural Earth (via the world-atlas package,
 * 1:50m countries), written as one small GeoJSON file in data/basemap/. Run: npm run data:basemap
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

const require = createRequire(import.meta.url);
const topology = JSON.parse(
  readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
) as Topology;

/** ISO 3166-1 numeric codes → names shown on the map (Arabic and English). */
const COUNTRIES: Record<string, { en: string; ar: string }> = {
  '434': { en: 'Libya', ar: 'ليبيا' },
  '818': { en: 'Egypt', ar: 'مصر' },
  '729': { en: 'Sudan', ar: 'السودان' },
  '148': { en: 'Chad', ar: 'تشاد' },
  '562': { en: 'Niger', ar: 'النيجر' },
  '012': { en: 'Algeria', ar: 'الجزائر' },
  '788': { en: 'Tunisia', ar: 'تونس' },
  '470': { en: 'Malta', ar: 'مالطا' },
  '380': { en: 'Italy', ar: 'إيطاليا' },
  '300': { en: 'Greece', ar: 'اليونان' },
};

/** Rounds coordinates to ~100 m: plenty for a national basemap, and a third of the size. */
function roundGeometry(geometry: Geometry): Geometry {
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const ring = (points: number[][]) => points.map((point) => point.map(round));
  switch (geometry.type) {
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map(ring) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(ring)) };
    default:
      return geometry;
  }
}

const countries = topology.objects['countries'] as GeometryCollection;
const collection = feature(topology, countries) as FeatureCollection;
const features: Feature[] = [];
for (const country of collection.features) {
  const id = String(country.id);
  const names = COUNTRIES[id];
  if (!names || !country.geometry) continue;
  features.push({
    type: 'Feature',
    id: Number(id),
    properties: { iso_n3: id, name_en: names.en, name_ar: names.ar, libya: id === '434' },
    geometry: roundGeometry(country.geometry),
  });
}
if (!features.some((item) => item.properties?.['libya']))
  throw new Error('Libya (434) not found in world-atlas');

const outDir = join(import.meta.dirname, '..', 'data', 'basemap');
mkdirSync(outDir, { recursive: true });
const output: FeatureCollection & { about: string } = {
  about:
    'Libya and neighbouring countries, Natural Earth 1:50m (public domain) via the world-atlas npm package (ISC). Built by scripts/build-basemap.ts.',
  type: 'FeatureCollection',
  features,
};
writeFileSync(join(outDir, 'countries.json'), JSON.stringify(output));
console.log(`wrote data/basemap/countries.json with ${features.length} countries`);
