/**
 * How far from a named place a relative phrase still gives a point. "40 km before Al Qatrun", "30كم جنوب شرق سرت":
 * the bearing moves the point, and a straight line stays close to the road up to OFFSET_KM. Without a bearing
 * ("على بعد 40 كم من غريان") the point is the town's own, which is right only within NEAR_KM of it. Past these,
 * a road distance ("600 كلم شرق طرابلس") gives no point worth a map: the mention is marked distant, with the
 * district around the point it names when the distance is short enough for that (precision 3 in the extractor).
 */

import type { Place } from './gazetteer-types.ts';
import type { PlaceMention } from './mention-types.ts';
import { distanceKm } from './geodesy.ts';

/** How far from a place an event may be put at the place's own point ("near B"). */
export const NEAR_KM = 25;
/** How far a bearing and a distance still give a point of their own. */
export const OFFSET_KM = 100;
/** Past this, a straight line and a road may part by a whole district: no area either. */
const AREA_KM = 150;

/** The district whose reach holds the point, nearest centre first; null when none does. */
function districtHolding(districts: readonly Place[], lat: number, lon: number): Place | null {
  let best: Place | null = null;
  let bestDistance = Infinity;
  for (const district of districts) {
    const distance = distanceKm(district.lat, district.lon, lat, lon);
    if (distance <= (district.radius_km ?? 0) && distance < bestDistance) {
      best = district;
      bestDistance = distance;
    }
  }
  return best;
}

/** Marks the mentions whose distance gives no point, with the district around their point when there is one. */
export function attachDistantAreas(mentions: PlaceMention[], districts: readonly Place[]): void {
  for (const mention of mentions) {
    const place = mention.place;
    const distance = mention.distance_km;
    if (place === null || distance === null || mention.lat === null || mention.lon === null) continue;
    const atPlace = mention.lat === place.lat && mention.lon === place.lon;
    if (distance <= (atPlace ? NEAR_KM : OFFSET_KM)) continue;
    mention.distant = true;
    if (distance > AREA_KM) continue;
    const district = districtHolding(districts, mention.lat, mention.lon);
    if (district !== null) mention.area = district;
  }
}
