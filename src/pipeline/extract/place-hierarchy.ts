/**
 * Which gazetteer places lie inside which, for the cross-article merge: a locality inside its city (the
 * gazetteer's `parent_id`, or a place of the city's district within reach of the city's point), any place
 * inside its district (same `admin1`) and inside the regions whose area reaches it. Built once from the
 * gazetteer; plain data, so it can be built in a worker or on the page.
 */
import type { Place, PlaceKind } from '../geo/gazetteer-types.ts';
import { distanceKm } from './distance.ts';

export interface PlaceHierarchy {
  /** For each place id, the ids of the places that contain it (its city, district and regions). */
  containers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Cities, districts and regions: a report naming one of them is coarser than one naming a place inside. */
  areas: ReadonlySet<string>;
  /** Places with no point of their own (placed at their parent's): never "nearby" anything by distance. */
  borrowed: ReadonlySet<string>;
}

/** How far from a city's point a place of the same district still counts as inside the city. */
export const CITY_REACH_KM = 15;

const AREA_KINDS = new Set<PlaceKind>(['city', 'district', 'region']);

export function buildPlaceHierarchy(places: readonly Place[]): PlaceHierarchy {
  const byId = new Map(places.map((place) => [place.id, place]));
  const containers = new Map<string, Set<string>>();
  const add = (inner: string, outer: string) => {
    if (inner === outer) return;
    let set = containers.get(inner);
    if (!set) containers.set(inner, (set = new Set()));
    set.add(outer);
  };
  const districtOf = new Map<string, string>();
  const cities: Place[] = [];
  const regions: Place[] = [];
  for (const place of places) {
    if (place.kind === 'district' && place.admin1 !== null) districtOf.set(place.admin1, place.id);
    if (place.kind === 'city') cities.push(place);
    if (place.kind === 'region' && place.radius_km !== undefined) regions.push(place);
  }
  for (const place of places) {
    // The parent chain the gazetteer states.
    let parent = place.parent_id;
    for (let depth = 0; parent !== undefined && depth < 4; depth++) {
      add(place.id, parent);
      parent = byId.get(parent)?.parent_id;
    }
    if (place.kind === 'region') continue;
    if (place.admin1 !== null && place.kind !== 'district') {
      const district = districtOf.get(place.admin1);
      if (district !== undefined) add(place.id, district);
    }
    if (!AREA_KINDS.has(place.kind)) {
      for (const city of cities) {
        if (city.admin1 !== place.admin1) continue;
        if (distanceKm(city.lat, city.lon, place.lat, place.lon) <= CITY_REACH_KM) add(place.id, city.id);
      }
    }
    for (const region of regions) {
      if (distanceKm(region.lat, region.lon, place.lat, place.lon) <= (region.radius_km ?? 0))
        add(place.id, region.id);
    }
  }
  const areas = new Set(places.filter((place) => AREA_KINDS.has(place.kind)).map((place) => place.id));
  const borrowed = new Set(places.filter((place) => place.parent_id !== undefined).map((place) => place.id));
  return { containers, areas, borrowed };
}
