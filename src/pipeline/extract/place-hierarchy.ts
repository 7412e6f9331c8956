/**
 * Which gazetteer places lie inside which, for the cross-article merge: a locality inside its parent (the
 * gazetteer's `parent_id`), a place of a city's district within reach of the city's point inside the city, any
 * place inside its district (same `admin1`), and any place inside the regions whose area reaches it.
 *
 * The merge needs only a few facts for this (cities, districts, regions and parents: `PlaceHierarchyData`, a few
 * kilobytes), so the app carries them without loading the gazetteer (`place-hierarchy-data.json`, checked against
 * the gazetteer by test/unit/extract/merge-place-hierarchy.test.ts); the rest is read from the events' own place,
 * district and point. After the gazetteer changes, write the file again:
 *   npx tsx -e "import {readFileSync as r, writeFileSync as w} from 'node:fs'; import {placeHierarchyData as d} from
 *   './src/pipeline/extract/place-hierarchy.ts'; w('src/pipeline/extract/place-hierarchy-data.json',
 *   JSON.stringify(d(JSON.parse(r('data/gazetteer/libya.json','utf8')).places)))" && npx prettier --write <that file>
 */
import type { Place } from '../geo/gazetteer-types.ts';
import { distanceKm } from './distance.ts';

/** How far from a city's point a place of the same district still counts as inside the city. */
export const CITY_REACH_KM = 15;

export interface PlaceHierarchyData {
  /** City id → its district (admin1). */
  cities: Record<string, string | null>;
  /** District id → its admin1 name. */
  districts: Record<string, string>;
  /** Region id → [latitude, longitude, radius in km]. */
  regions: Record<string, [number, number, number]>;
  /** Locality id → the id of the place it is placed at (it has no point of its own). */
  parents: Record<string, string>;
}

/** What the merge reads of a report's place. */
export interface PlaceOfReport {
  place_id: string | null;
  admin1: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** What the merge asks of the places (built from `PlaceHierarchyData`, without the gazetteer). */
export interface IncidentPlaces {
  /** Cities, districts and regions: a report naming one of them is coarser than one naming a place inside. */
  areas: ReadonlySet<string>;
  /** Places with no point of their own (placed at their parent's): never "nearby" anything by distance. */
  borrowed: ReadonlySet<string>;
  /**
   * Whether the place of `inner` lies inside the place of `outer` (never a place inside itself). Only an area
   * contains places, or a place contains the borrowed places placed at it: true only when `outer` is in `areas` or
   * `inner` in `borrowed` (the merge files all other places by latitude and relies on this).
   */
  contains(outer: PlaceOfReport, inner: PlaceOfReport): boolean;
}

/** The facts `placeHierarchy` needs, from the gazetteer's places. */
export function placeHierarchyData(places: readonly Place[]): PlaceHierarchyData {
  const data: PlaceHierarchyData = { cities: {}, districts: {}, regions: {}, parents: {} };
  for (const place of [...places].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (place.kind === 'city') data.cities[place.id] = place.admin1;
    if (place.kind === 'district' && place.admin1 !== null) data.districts[place.id] = place.admin1;
    if (place.kind === 'region' && place.radius_km !== undefined)
      data.regions[place.id] = [place.lat, place.lon, place.radius_km];
    if (place.parent_id !== undefined) data.parents[place.id] = place.parent_id;
  }
  return data;
}

function hasPoint(place: PlaceOfReport): place is PlaceOfReport & { latitude: number; longitude: number } {
  return place.latitude !== null && place.longitude !== null;
}

/** The gazetteer's containment, with each place's containers listed (what exports read). */
export interface PlaceHierarchy extends IncidentPlaces {
  /** For each place id, the ids of the places that contain it (its parent, city, district and regions). */
  containers: ReadonlyMap<string, ReadonlySet<string>>;
}

export function incidentPlaces(data: PlaceHierarchyData): IncidentPlaces {
  const cities = new Map(Object.entries(data.cities));
  const districts = new Map(Object.entries(data.districts));
  const regions = new Map(Object.entries(data.regions));
  const parents = new Map(Object.entries(data.parents));
  const areas = new Set([...cities.keys(), ...districts.keys(), ...regions.keys()]);
  const borrowed = new Set(parents.keys());
  const contains = (outer: PlaceOfReport, inner: PlaceOfReport): boolean => {
    const outerId = outer.place_id;
    const innerId = inner.place_id;
    if (outerId === null || innerId === null || outerId === innerId) return false;
    let parent = parents.get(innerId);
    for (let depth = 0; parent !== undefined && depth < 4; depth++) {
      if (parent === outerId) return true;
      parent = parents.get(parent);
    }
    if (regions.has(innerId)) return false;
    const district = districts.get(outerId);
    if (district !== undefined) return !districts.has(innerId) && inner.admin1 === district;
    const region = regions.get(outerId);
    if (region !== undefined)
      return (
        hasPoint(inner) && distanceKm(region[0], region[1], inner.latitude, inner.longitude) <= region[2]
      );
    if (cities.has(outerId)) {
      if (areas.has(innerId) || inner.admin1 !== cities.get(outerId)) return false;
      if (!hasPoint(inner) || !hasPoint(outer)) return false;
      return distanceKm(outer.latitude, outer.longitude, inner.latitude, inner.longitude) <= CITY_REACH_KM;
    }
    return false;
  };
  return { areas, borrowed, contains };
}

/** The hierarchy straight from the gazetteer's places (tests, the CLI, the benchmark, exports). */
export function buildPlaceHierarchy(places: readonly Place[]): PlaceHierarchy {
  const data = placeHierarchyData(places);
  const incident = incidentPlaces(data);
  const byId = new Map(places.map((place) => [place.id, place]));
  const report = (place: Place): PlaceOfReport => ({
    place_id: place.id,
    admin1: place.admin1,
    latitude: place.lat,
    longitude: place.lon,
  });
  // The only places that can contain another: cities, districts, regions and stated parents.
  const outers = [
    ...Object.keys(data.cities),
    ...Object.keys(data.districts),
    ...Object.keys(data.regions),
    ...new Set(Object.values(data.parents)),
  ].flatMap((id) => byId.get(id) ?? []);
  const containers = new Map<string, Set<string>>();
  for (const inner of places) {
    const found = new Set<string>();
    for (const outer of outers) if (incident.contains(report(outer), report(inner))) found.add(outer.id);
    if (found.size > 0) containers.set(inner.id, found);
  }
  return { ...incident, containers };
}
