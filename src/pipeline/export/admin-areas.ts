/**
 * ACLED's admin1–admin3 for an event, from the gazetteer: admin1 is the district (shabiya) the gazetteer gives the
 * place; admin2 the city or town the place belongs to (the place itself when it is one, its parent city for a
 * quarter, the city within reach for a base or village of the same district); admin3 stays empty, as the gazetteer
 * has no third level. Arabic names of places and districts come from the same data, for the Arabic note.
 */
import type { Place } from '../geo/gazetteer-types.ts';
import { distanceKm } from '../geo/geodesy.ts';
import type { ConflictEvent } from '../types.ts';

export interface ExportGazetteer {
  placeById: ReadonlyMap<string, Place>;
  /** District places by their admin1 name, for the district's Arabic name. */
  districtByName: ReadonlyMap<string, Place>;
  /** Cities by district (admin1), for the city a base or village of the district lies in. */
  citiesByDistrict: ReadonlyMap<string, readonly Place[]>;
}

/** How far from a city's point a place of the same district still counts as part of the city. */
const CITY_REACH_KM = 15;

export function buildExportGazetteer(places: readonly Place[]): ExportGazetteer {
  const districtByName = new Map<string, Place>();
  const citiesByDistrict = new Map<string, Place[]>();
  for (const place of places) {
    if (place.kind === 'district' && place.admin1 !== null) districtByName.set(place.admin1, place);
    if (place.kind === 'city' && place.admin1 !== null) {
      const list = citiesByDistrict.get(place.admin1) ?? [];
      list.push(place);
      citiesByDistrict.set(place.admin1, list);
    }
  }
  return { placeById: new Map(places.map((place) => [place.id, place])), districtByName, citiesByDistrict };
}

export interface AdminAreas {
  admin1: string | null;
  admin2: string | null;
  admin3: string | null;
}

const TOWN_KINDS = new Set(['city', 'town']);

function containingTown(place: Place, gazetteer: ExportGazetteer): Place | null {
  if (TOWN_KINDS.has(place.kind)) return place;
  if (place.kind === 'district' || place.kind === 'region') return null;
  let parentId = place.parent_id;
  for (let depth = 0; parentId !== undefined && depth < 4; depth++) {
    const parent = gazetteer.placeById.get(parentId);
    if (parent === undefined) break;
    if (TOWN_KINDS.has(parent.kind)) return parent;
    parentId = parent.parent_id;
  }
  let nearest: Place | null = null;
  let nearestKm = CITY_REACH_KM;
  for (const city of place.admin1 === null ? [] : (gazetteer.citiesByDistrict.get(place.admin1) ?? [])) {
    const km = distanceKm(city.lat, city.lon, place.lat, place.lon);
    if (km <= nearestKm) [nearest, nearestKm] = [city, km];
  }
  return nearest;
}

export function adminAreas(event: ConflictEvent, gazetteer: ExportGazetteer | undefined): AdminAreas {
  const place = event.place_id === null ? undefined : gazetteer?.placeById.get(event.place_id);
  if (place === undefined || gazetteer === undefined)
    return { admin1: event.admin1, admin2: null, admin3: null };
  const town = containingTown(place, gazetteer);
  return { admin1: event.admin1 ?? place.admin1, admin2: town?.name_en ?? null, admin3: null };
}

/** The place's Arabic name, or null when the gazetteer does not know the event's place. */
export function arabicPlaceName(event: ConflictEvent, gazetteer: ExportGazetteer | undefined): string | null {
  if (event.place_id === null) return null;
  return gazetteer?.placeById.get(event.place_id)?.name_ar ?? null;
}

export function arabicDistrictName(
  admin1: string | null,
  gazetteer: ExportGazetteer | undefined,
): string | null {
  if (admin1 === null) return null;
  return gazetteer?.districtByName.get(admin1)?.name_ar ?? null;
}
