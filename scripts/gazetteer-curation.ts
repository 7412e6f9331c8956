/**
 * The hand-curated layer (data/gazetteer/sources/curated.json) applied to the drafts: Arabic names and
 * variants, kinds, conflict localities with their cited points, districts (centre and radius derived
 * from the GeoNames places of each admin1 district) and regions (derived from their members).
 */

import type { PlaceKind } from '../src/pipeline/geo/gazetteer-types.ts';
import { absorb, distanceKm, type Draft, type OsmRow } from './gazetteer-drafts.ts';

export type CuratedRef =
  | { geonames: string }
  | { osm: string; near?: [number, number] }
  | { at: [number, number]; source: string }
  | { parent: string; radius_km: number };

export interface CuratedPlace {
  id: string;
  ref: CuratedRef;
  kind: PlaceKind;
  ar: string;
  en: string;
  names_ar: string[];
  names_en: string[];
  common_word?: boolean;
  absorb_osm?: string[];
  absorb_geonames?: string[];
  note?: string;
}

export interface CuratedDistrict {
  ar: string;
  en: string;
  names_ar: string[];
  names_en: string[];
  bare?: boolean;
  kind?: PlaceKind;
}

export interface CuratedRegion {
  id: string;
  ar: string;
  en: string;
  names_ar: string[];
  names_en: string[];
  members: { admin1: string[] } | { places: string[] };
}

export interface Curation {
  about: string;
  districts: Record<string, CuratedDistrict>;
  places: CuratedPlace[];
  regions: CuratedRegion[];
  extra_ids: Record<string, { geonames: string }>;
  common_words: string[];
  /** Arabic spellings of places the sources name only in Latin script (keyed by that Latin name). */
  arabic_for_latin: { about: string; names: Record<string, string> };
  /** Arabic names of GeoNames places (keyed by the GeoNames name). */
  geonames_arabic: Record<string, string>;
}

export interface Pools {
  geonames: Draft[];
  osm: Draft[];
  osmRows: OsmRow[];
  owner: Map<number, Draft>;
}

function findGeonames(pools: Pools, name: string): Draft {
  const found = pools.geonames.find((draft) => draft.geonames.includes(name));
  if (found === undefined) throw new Error(`curated.json: no GeoNames place named "${name}"`);
  return found;
}

/** The OSM node with that Arabic name (nearest to `near` when several), resolved to its owner draft. */
function findOsm(pools: Pools, name: string, near?: [number, number]): Draft {
  let bestIndex = -1;
  let bestDistance = Infinity;
  pools.osmRows.forEach((row, index) => {
    if (row.ar !== name) return;
    const distance = near === undefined ? 0 : distanceKm(row.lat, row.lon, near[0], near[1]);
    if (distance < bestDistance) {
      bestDistance = distance;
      bestIndex = index;
    }
  });
  const owner = pools.owner.get(bestIndex);
  if (owner === undefined) throw new Error(`curated.json: no OSM place named "${name}"`);
  return owner;
}

function apply(draft: Draft, entry: CuratedPlace): void {
  draft.id = entry.id;
  draft.curated = true;
  draft.minor = false;
  draft.kind = entry.kind;
  draft.name_ar = entry.ar;
  draft.name_en = entry.en;
  draft.names_ar.add(entry.ar);
  draft.names_en.add(entry.en);
  for (const name of entry.names_ar) draft.names_ar.add(name);
  for (const name of entry.names_en) draft.names_en.add(name);
  if (entry.common_word !== undefined) draft.common_word = entry.common_word;
}

export function applyCuratedPlaces(pools: Pools, curation: Curation, created: Draft[]): void {
  const byId = new Map<string, Draft>();
  const pendingParents: { draft: Draft; parent: string }[] = [];
  for (const entry of curation.places) {
    const ref = entry.ref;
    let draft: Draft;
    if ('geonames' in ref) draft = findGeonames(pools, ref.geonames);
    else if ('osm' in ref) draft = findOsm(pools, ref.osm, ref.near);
    else {
      draft = {
        id: null,
        name_ar: '',
        name_en: '',
        names_ar: new Set(),
        names_en: new Set(),
        kind: entry.kind,
        admin1_code: null,
        lat: 'at' in ref ? ref.at[0] : 0,
        lon: 'at' in ref ? ref.at[1] : 0,
        source: 'at' in ref ? ref.source : `derived:parent:${ref.parent}`,
        curated: true,
        geonames: [],
        osm: false,
        minor: false,
        removed: false,
      };
      if ('parent' in ref) {
        draft.radius_km = ref.radius_km;
        draft.parent_id = ref.parent;
        pendingParents.push({ draft, parent: ref.parent });
      }
      created.push(draft);
    }
    if (draft.curated && draft.id !== null && draft.id !== entry.id) {
      throw new Error(`curated.json: ${entry.id} and ${draft.id} resolve to the same place`);
    }
    apply(draft, entry);
    for (const name of entry.absorb_osm ?? []) {
      const node = findOsm(pools, name, [draft.lat, draft.lon]);
      if (node !== draft && distanceKm(node.lat, node.lon, draft.lat, draft.lon) < 15) absorb(draft, node);
    }
    for (const name of entry.absorb_geonames ?? []) {
      const other = findGeonames(pools, name);
      for (const geonamesName of other.geonames) draft.geonames.push(geonamesName);
      absorb(draft, other);
    }
    byId.set(entry.id, draft);
  }
  for (const [id, ref] of Object.entries(curation.extra_ids)) {
    const draft = findGeonames(pools, ref.geonames);
    draft.id = id;
    byId.set(id, draft);
  }
  for (const { draft, parent } of pendingParents) {
    const target = byId.get(parent);
    if (target === undefined) throw new Error(`curated.json: unknown parent ${parent}`);
    draft.lat = target.lat;
    draft.lon = target.lon;
    draft.admin1_code = target.admin1_code;
  }
}

function roundKm(value: number): number {
  return Math.ceil(value / 5) * 5;
}

function centreOf(points: { lat: number; lon: number }[]): { lat: number; lon: number } {
  const lat = points.reduce((sum, point) => sum + point.lat, 0) / points.length;
  const lon = points.reduce((sum, point) => sum + point.lon, 0) / points.length;
  return { lat: Number(lat.toFixed(5)), lon: Number(lon.toFixed(5)) };
}

/** One draft per GeoNames admin1 district: centre = mean of its GeoNames places, radius covers them all. */
export function districtDrafts(pools: Pools, curation: Curation): Draft[] {
  const drafts: Draft[] = [];
  for (const [code, district] of Object.entries(curation.districts)) {
    const members = pools.geonames.filter((draft) => draft.admin1_code === code && !draft.removed);
    const all = pools.geonames.filter((draft) => draft.admin1_code === code);
    const points = members.length > 0 ? members : all;
    if (points.length === 0) throw new Error(`curated.json: district ${code} has no GeoNames place`);
    const centre = centreOf(points);
    const reach = Math.max(
      ...points.map((point) => distanceKm(centre.lat, centre.lon, point.lat, point.lon)),
    );
    const kind = district.kind ?? 'district';
    const names_ar = new Set([`شعبية ${district.ar}`]);
    // Not "District of X": news writes "the Abu Salim district of Tripoli" for a quarter of the city.
    const names_en = new Set([`${district.en} District`]);
    if (district.bare === true) {
      names_ar.add(district.ar);
      for (const name of district.names_ar) names_ar.add(name);
    }
    for (const name of district.names_en) names_en.add(name);
    if (district.bare === true) names_en.add(district.en);
    drafts.push({
      id: `ly-district-${code}`,
      name_ar: district.bare === true ? district.ar : `شعبية ${district.ar}`,
      name_en: `${district.en} District`,
      names_ar,
      names_en,
      kind,
      admin1_code: code,
      lat: centre.lat,
      lon: centre.lon,
      radius_km: roundKm(reach + 20),
      source: 'derived:geonames-admin1-centre',
      curated: true,
      geonames: [],
      osm: false,
      minor: false,
      removed: false,
    });
  }
  return drafts;
}

/** Regions: centre = mean of the members' points; the radius reaches every member's extent. */
export function regionDrafts(curation: Curation, drafts: Draft[]): Draft[] {
  const byId = new Map(
    drafts.filter((draft) => draft.id !== null).map((draft) => [draft.id as string, draft]),
  );
  return curation.regions.map((region) => {
    const members =
      'admin1' in region.members
        ? region.members.admin1.map((code) => byId.get(`ly-district-${code}`))
        : region.members.places.map((id) => byId.get(id));
    const found = members.filter((member): member is Draft => member !== undefined);
    if (found.length !== members.length)
      throw new Error(`curated.json: region ${region.id} has unknown members`);
    // A coastal region's mean can fall in the sea (the Gulf of Sirte): use the member nearest to it.
    const mean = centreOf(found);
    const centre =
      'admin1' in region.members
        ? mean
        : found.reduce((best, member) =>
            distanceKm(mean.lat, mean.lon, member.lat, member.lon) <
            distanceKm(mean.lat, mean.lon, best.lat, best.lon)
              ? member
              : best,
          );
    const reach = Math.max(
      ...found.map(
        (member) => distanceKm(centre.lat, centre.lon, member.lat, member.lon) + (member.radius_km ?? 10),
      ),
    );
    return {
      id: region.id,
      name_ar: region.ar,
      name_en: region.en,
      names_ar: new Set([region.ar, ...region.names_ar]),
      names_en: new Set([region.en, ...region.names_en]),
      kind: 'region' as const,
      admin1_code: null,
      lat: Number(centre.lat.toFixed(5)),
      lon: Number(centre.lon.toFixed(5)),
      radius_km: roundKm(reach),
      source: 'derived:members',
      curated: true,
      geonames: [],
      osm: false,
      minor: false,
      removed: false,
    };
  });
}

/** Fills the Arabic names the sources lack, from the curated transliterations. */
export function fillArabicNames(pools: Pools, curation: Curation): void {
  const forLatin = curation.arabic_for_latin.names;
  for (const node of pools.osm) {
    if (node.name_ar.length > 0) continue;
    const arabic = forLatin[node.name_en];
    if (arabic === undefined) continue;
    node.name_ar = arabic;
    node.names_ar.add(arabic);
  }
  for (const draft of pools.geonames) {
    if (draft.name_ar.length > 0) continue;
    const arabic = draft.geonames
      .map((name) => curation.geonames_arabic[name])
      .find((name) => name !== undefined);
    if (arabic === undefined) continue;
    draft.name_ar = arabic;
    draft.names_ar.add(arabic);
  }
}
