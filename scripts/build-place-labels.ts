/**
 * Builds the basemap's place labels (data/basemap/places.json) from the gazetteer (data/gazetteer/libya.json):
 * every city, town, base, oil facility, crossing and neighbourhood, with Arabic and Latin names and a rank that
 * decides from which zoom level it is labelled. Each neighbouring country gets one label point (kind "country"),
 * on its land and near Libya (data/basemap/countries.json): a polygon source would label every island and every
 * tile's piece of a country, some of them over the sea. Run: npx tsx scripts/build-place-labels.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { GazetteerData, PlaceKind } from '../src/pipeline/geo/gazetteer-types';

const root = join(import.meta.dirname, '..');
const gazetteer = JSON.parse(
  readFileSync(join(root, 'data', 'gazetteer', 'libya.json'), 'utf8'),
) as GazetteerData;

/** The three largest cities are labelled at every zoom. */
const LARGEST = new Set(['ly-tripoli', 'ly-benghazi', 'ly-misrata']);
/** Zoom-in rank per kind: a label shows when rank <= 1 + zoom. Villages and regions are not labelled. */
const RANK: Partial<Record<PlaceKind, number>> = {
  city: 3,
  town: 5,
  base: 6,
  oil_facility: 6,
  crossing: 6,
  neighbourhood: 9,
};

const features: Feature<Point>[] = [];
for (const place of gazetteer.places) {
  const rank = LARGEST.has(place.id) ? 1 : RANK[place.kind];
  if (rank === undefined) continue;
  features.push({
    type: 'Feature',
    properties: { id: place.id, name_ar: place.name_ar, name_en: place.name_en, kind: place.kind, rank },
    geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
  });
}
features.sort((a, b) => Number(a.properties?.['rank']) - Number(b.properties?.['rank']));

/**
 * The part of the world the map shows around Libya ([west, south, east, north]): a country's label goes in its
 * land inside this box, next to Libya (western Egypt, Sicily, northern Chad rather than their middles), where a
 * user looking at Libya sees it.
 */
const NEIGHBOURHOOD: readonly [number, number, number, number] = [8, 18.8, 26.8, 37.6];

/** Distance in degrees (longitude scaled by the latitude's cosine) from a point to a segment. */
function segmentDistance(point: Position, a: Position, b: Position): number {
  const scale = Math.cos(((point[1] ?? 0) * Math.PI) / 180);
  const px = (point[0] ?? 0) * scale;
  const py = point[1] ?? 0;
  const ax = (a[0] ?? 0) * scale;
  const ay = a[1] ?? 0;
  const bx = (b[0] ?? 0) * scale;
  const by = b[1] ?? 0;
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** How deep inside a polygon (outer ring and holes) a point lies: its distance to the nearest edge, or -1 outside. */
function depthInside(point: Position, rings: Position[][]): number {
  const [x = 0, y = 0] = point;
  let inside = false;
  let nearest = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i] as Position;
      const b = ring[j] as Position;
      const [ax = 0, ay = 0] = a;
      const [bx = 0, by = 0] = b;
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      nearest = Math.min(nearest, segmentDistance(point, a, b));
    }
  }
  return inside ? nearest : -1;
}

/**
 * The label point of a country: of a 0.05° grid over its land inside the neighbourhood, the point furthest from
 * both the coast (or border) and the neighbourhood's edge, so the name sits well inside land a user sees.
 */
function labelPoint(geometry: Polygon | MultiPolygon): Position {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const [west, south, east, north] = NEIGHBOURHOOD;
  let best: Position | null = null;
  let bestDepth = -Infinity;
  const step = 0.05;
  for (const rings of polygons) {
    const outer = rings[0] ?? [];
    const xs = outer.map((p) => p[0] ?? 0);
    const ys = outer.map((p) => p[1] ?? 0);
    const left = Math.max(west, Math.min(...xs));
    const right = Math.min(east, Math.max(...xs));
    const bottom = Math.max(south, Math.min(...ys));
    const top = Math.min(north, Math.max(...ys));
    for (let x = left; x <= right; x += step) {
      for (let y = bottom; y <= top; y += step) {
        const point = [x, y];
        const depth = depthInside(point, rings);
        if (depth < 0) continue;
        const edge = Math.min(x - west, east - x, y - south, north - y);
        const score = Math.min(depth, edge);
        if (score > bestDepth) {
          bestDepth = score;
          best = point;
        }
      }
    }
  }
  if (!best) throw new Error('a country without land in the neighbourhood');
  return best.map((value) => Math.round(value * 100) / 100);
}

const countries = JSON.parse(
  readFileSync(join(root, 'data', 'basemap', 'countries.json'), 'utf8'),
) as FeatureCollection<Polygon | MultiPolygon>;
const countryLabels: Feature<Point>[] = [];
for (const country of countries.features) {
  const properties = country.properties ?? {};
  // Libya itself is the map's subject: its outline, not a name across it.
  if (properties['libya']) continue;
  countryLabels.push({
    type: 'Feature',
    properties: {
      id: `country-${String(properties['iso_n3'])}`,
      name_ar: properties['name_ar'],
      name_en: properties['name_en'],
      kind: 'country',
      rank: 0,
    },
    geometry: { type: 'Point', coordinates: labelPoint(country.geometry) },
  });
}
features.unshift(...countryLabels);

const output: FeatureCollection & { about: string } = {
  about:
    'Place labels built from data/gazetteer/libya.json by scripts/build-place-labels.ts (sources: see the gazetteer).',
  type: 'FeatureCollection',
  features,
};
writeFileSync(join(root, 'data', 'basemap', 'places.json'), JSON.stringify(output));
console.log(`wrote data/basemap/places.json with ${features.length} labels`);
