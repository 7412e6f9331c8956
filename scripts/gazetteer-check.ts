/**
 * Checks on the gazetteer data, shared by the build script and the data test: valid ids and names,
 * points inside Libya, areas for districts and regions, every GeoNames place of Libya present within
 * 2 km of its GeoNames point, and a default for every name that several places share.
 */

import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryObject } from 'topojson-specification';
import type { Place, WorldPlace } from '../src/pipeline/geo/gazetteer-types.ts';
import { placeRank, SAME_LOCALITY_KM } from '../src/pipeline/geo/place-rank.ts';
import { normaliseTerm } from '../src/pipeline/text/normalise.ts';
import { distanceKm, type GeonamesRow } from './gazetteer-drafts.ts';

export const LIBYA_BOUNDS = { south: 19.4, north: 33.4, west: 9.3, east: 25.2 };

type Ring = [number, number][];

let outline: Ring[] | null = null;

/** Libya's outline (Natural Earth 1:50m, via world-atlas). */
export function libyaOutline(): Ring[] {
  if (outline !== null) return outline;
  const require = createRequire(import.meta.url);
  const topology = require('world-atlas/countries-50m.json') as Topology;
  const countries = feature(topology, topology.objects['countries'] as GeometryObject) as unknown as {
    features: { id: string; geometry: { type: string; coordinates: unknown } }[];
  };
  const libya = countries.features.find((item) => item.id === '434');
  if (libya === undefined) throw new Error('world-atlas has no Libya');
  const polygons =
    libya.geometry.type === 'Polygon'
      ? [libya.geometry.coordinates as Ring[]]
      : (libya.geometry.coordinates as Ring[][]);
  outline = polygons.map((polygon) => polygon[0] as Ring);
  return outline;
}

function insideRing(ring: Ring, lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Distance in km from a point to Libya (0 inside); coastal points may sit a little off the outline. */
export function distanceOutsideLibya(lat: number, lon: number): number {
  const rings = libyaOutline();
  if (rings.some((ring) => insideRing(ring, lon, lat))) return 0;
  let best = Infinity;
  for (const ring of rings) {
    for (let index = 1; index < ring.length; index++) {
      best = Math.min(
        best,
        distanceToSegmentKm(lat, lon, ring[index - 1] as [number, number], ring[index] as [number, number]),
      );
    }
  }
  return best;
}

/** Distance from a point to a segment, on a local flat projection (fine at these scales). */
function distanceToSegmentKm(lat: number, lon: number, from: [number, number], to: [number, number]): number {
  const scale = Math.cos((lat * Math.PI) / 180);
  const ax = (from[0] - lon) * scale;
  const ay = from[1] - lat;
  const bx = (to[0] - lon) * scale;
  const by = to[1] - lat;
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length));
  const x = ax + t * dx;
  const y = ay + t * dy;
  return Math.sqrt(x * x + y * y) * 111.32;
}

export function checkGazetteer(places: Place[], world: WorldPlace[], geonames: GeonamesRow[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const place of places) {
    if (ids.has(place.id)) problems.push(`duplicate id ${place.id}`);
    ids.add(place.id);
    if (!/^ly-[a-z0-9-]+$/.test(place.id)) problems.push(`${place.id}: id is not a slug`);
    if (!Number.isFinite(place.lat) || !Number.isFinite(place.lon))
      problems.push(`${place.id}: no coordinates`);
    const { south, north, west, east } = LIBYA_BOUNDS;
    if (place.lat < south || place.lat > north || place.lon < west || place.lon > east)
      problems.push(`${place.id}: outside Libya's bounding box`);
    else if (distanceOutsideLibya(place.lat, place.lon) > 10)
      problems.push(`${place.id}: more than 10 km outside Libya`);
    if (place.name_ar.length === 0 || !place.names_ar.includes(place.name_ar))
      problems.push(`${place.id}: Arabic name`);
    if (place.name_en.length === 0 || !place.names_en.includes(place.name_en))
      problems.push(`${place.id}: Latin name`);
    if ((place.kind === 'district' || place.kind === 'region') && place.radius_km === undefined)
      problems.push(`${place.id}: an area needs a radius`);
    if (place.kind !== 'region' && place.admin1 === null) problems.push(`${place.id}: no district`);
    if (place.source.length === 0) problems.push(`${place.id}: no source`);
  }
  for (const row of geonames) {
    const found = places.some(
      (place) => place.names_en.includes(row.name) && distanceKm(place.lat, place.lon, row.lat, row.lon) <= 2,
    );
    if (!found) problems.push(`GeoNames place ${row.name} is missing (or more than 2 km off)`);
  }
  for (const group of unresolvedNamesakes(places))
    problems.push(`name "${group.name}" has no default: ${group.ids.join(', ')}`);
  const worldIds = new Set<string>();
  for (const place of world) {
    if (worldIds.has(place.id) || ids.has(place.id)) problems.push(`duplicate world id ${place.id}`);
    worldIds.add(place.id);
    if (place.country === 'LY') problems.push(`${place.id}: a world place in Libya`);
    if (place.namesake_of !== undefined && !ids.has(place.namesake_of))
      problems.push(`${place.id}: namesake_of ${place.namesake_of} is not a Libyan place`);
  }
  return problems;
}

/**
 * Names shared by places that are far apart where no single place outranks the others. Unreviewed
 * villages may share a name (the geocoder then needs context to choose); a city, town or curated place
 * may not be left in such a tie.
 */
export function unresolvedNamesakes(places: Place[]): { name: string; ids: string[] }[] {
  const byName = new Map<string, Place[]>();
  for (const place of places) {
    const names = new Set([...place.names_ar, ...place.names_en].map((name) => normaliseTerm(name)));
    for (const name of names) {
      const group = byName.get(name) ?? [];
      group.push(place);
      byName.set(name, group);
    }
  }
  const unresolved: { name: string; ids: string[] }[] = [];
  for (const [name, group] of byName) {
    if (group.length < 2) continue;
    const top = group.reduce((largest, place) => Math.max(largest, placeRank(place)), -Infinity);
    const leaders = group.filter((place) => placeRank(place) === top);
    if (leaders.length < 2) continue;
    const first = leaders[0] as Place;
    const spread = leaders.some(
      (place) => distanceKm(first.lat, first.lon, place.lat, place.lon) > SAME_LOCALITY_KM,
    );
    const important = leaders.some((place) => place.kind !== 'village' || !place.source.startsWith('osm'));
    if (spread && important) unresolved.push({ name, ids: leaders.map((place) => place.id) });
  }
  return unresolved;
}
