/**
 * How strongly a place claims a name it shares with others, when the text gives no context: a city
 * before a base, a base before a village, a reviewed (curated) place before an unreviewed one.
 */

import type { Place, PlaceKind } from './gazetteer-types.ts';

const KIND_RANK: Record<PlaceKind, number> = {
  city: 100,
  region: 90,
  district: 80,
  oil_facility: 75,
  base: 72,
  crossing: 70,
  town: 60,
  neighbourhood: 58,
  landmark: 55,
  wadi: 50,
  village: 30,
};

/** The default preference for a place among namesakes (higher wins). */
export function placeRank(place: Place): number {
  let rank = KIND_RANK[place.kind];
  if (place.source.startsWith('geonames')) rank += 10;
  if (place.parent_id !== undefined) rank -= 5;
  return rank;
}

/** Namesakes closer than this are one locality for disambiguation (a settlement and its oasis or base). */
export const SAME_LOCALITY_KM = 25;
