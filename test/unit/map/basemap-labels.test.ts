import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import countries from '../../../data/basemap/countries.json';
import places from '../../../data/basemap/places.json';
import { buildBasemapStyle } from '../../../src/map/basemap-style';

const countryShapes = countries as unknown as FeatureCollection<Polygon | MultiPolygon>;
const labels = places as unknown as FeatureCollection<Point>;

function insideRing(point: Position, ring: Position[]): boolean {
  const [x = 0, y = 0] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax = 0, ay = 0] = ring[i] ?? [];
    const [bx = 0, by = 0] = ring[j] ?? [];
    if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
  }
  return inside;
}

/** On the country's land: inside one of its polygons and in none of that polygon's holes. */
function onLand(point: Position, shape: Polygon | MultiPolygon): boolean {
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  return polygons.some(
    ([outer = [], ...holes]) => insideRing(point, outer) && !holes.some((hole) => insideRing(point, hole)),
  );
}

describe('the basemap names each neighbouring country once, on its land', () => {
  const countryLabels = labels.features.filter((feature) => feature.properties?.['kind'] === 'country');

  it('has one label point per neighbouring country and none for Libya', () => {
    const neighbours = countryShapes.features
      .filter((feature) => !feature.properties?.['libya'])
      .map((feature) => feature.properties?.['name_en'] as string)
      .sort();
    expect(countryLabels.map((feature) => feature.properties?.['name_en'] as string).sort()).toEqual(
      neighbours,
    );
  });

  it('puts every country’s label on that country’s land, not over the sea (Tunisia, Italy, Greece, Malta…)', () => {
    for (const label of countryLabels) {
      const country = countryShapes.features.find(
        (feature) => feature.properties?.['name_en'] === label.properties?.['name_en'],
      );
      expect(country, String(label.properties?.['name_en'])).toBeDefined();
      if (!country) continue;
      expect(
        onLand(label.geometry.coordinates, country.geometry),
        String(label.properties?.['name_en']),
      ).toBe(true);
    }
  });

  it('labels countries from those points only, and keeps them out of the place labels', () => {
    const style = buildBasemapStyle({
      countries: countryShapes,
      places: labels,
      fonts: { latin: 'latin.woff2', latinExtended: 'ext.woff2', arabic: 'arabic.woff2' },
    });
    const layer = (id: string) =>
      style.layers.find((item) => item.id === id) as { source?: string; filter?: unknown };
    expect(layer('country-labels').source).toBe('places');
    expect(JSON.stringify(layer('country-labels').filter)).toContain('"country"');
    expect(JSON.stringify(layer('place-labels').filter)).toContain('["!=",["get","kind"],"country"]');
  });
});
