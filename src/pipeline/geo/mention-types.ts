/** What the geocoder returns for one place mention. */

import type { NormalisedText } from '../text/normalise.ts';
import type { Place, WorldPlace } from './gazetteer-types.ts';

export type Relation =
  | 'in'
  | 'near'
  | 'north'
  | 'south'
  | 'east'
  | 'west'
  | 'northeast'
  | 'northwest'
  | 'southeast'
  | 'southwest'
  | 'before'
  | 'outskirts'
  | null;

export interface PlaceMention {
  /** Span in the normalised text, relation words included ("40 كم جنوب سبها"). */
  start: number;
  end: number;
  originalStart: number;
  originalEnd: number;
  /** The Libyan place (the anchor of a relative phrase), or null for a foreign or unresolved name. */
  place: Place | null;
  /** The foreign place, when the name is recognised as outside Libya. */
  foreign: WorldPlace | null;
  relation: Relation;
  distance_km: number | null;
  /** The offset point when a distance and a bearing are given, else the place; null when foreign. */
  lat: number | null;
  lon: number | null;
  /** 1 = the place itself, 2 = near / outside / N km from it, 3 = only a region or district. */
  geo_precision: 1 | 2 | 3;
  /** 0..1 */
  confidence: number;
  reason: string;
  /** The place opens the article or a line as its dateline ("طرابلس - (وكالات)"): not the event's place. */
  isDateline: boolean;
  /** The place word written before the name ("مدينة هون", "the town of Hun"), when there is one. */
  placeType?: string;
  /** The distance gives no point ("600 كلم شرق طرابلس", "40 km from Gharyan" with no bearing): see distant-area.ts. */
  distant?: boolean;
  /** For a distant mention not too far out ("120 km south of Kufra"): the district around the point it names. */
  area?: Place;
}

export interface Geocoder {
  findPlaces(text: NormalisedText): PlaceMention[];
  placeById(id: string): Place | undefined;
  /** Places whose names start with or contain the query, best first (for a place picker). */
  search(query: string, limit?: number): Place[];
}
