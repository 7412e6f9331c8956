/**
 * The point, precision, confidence and reason of a resolved mention: the place itself, or an offset
 * point for "40 km south of Sabha", or for "40 km before Al Qatrun" (towards the nearest city, the way a
 * traveller comes from), with precision 2 for a relative phrase and 3 for a region or district.
 */

import type { Place } from './gazetteer-types.ts';
import type { PlaceMention } from './mention-types.ts';
import type { Context } from './relative-phrase.ts';
import { distanceAfter } from './relative-phrase.ts';
import type { Choice } from './resolve.ts';
import { BEARING_DEGREES } from './cues.ts';
import { bearingDegrees, destinationPoint, distanceKm } from './geodesy.ts';

/** Original offsets are filled by the caller. */
type Draft = PlaceMention;

/** Areas: districts, regions, and places whose point stands for 50 km or more. */
export function isArea(place: Place): boolean {
  if (place.kind === 'region' || place.kind === 'district') return true;
  return place.parent_id === undefined && (place.radius_km ?? 0) >= 50;
}

/** A locality placed at its parent with a wide radius is only approximately there. */
function isApproximate(place: Place): boolean {
  return place.parent_id !== undefined && (place.radius_km ?? 0) >= 20;
}

function nearestCity(place: Place, cities: readonly Place[]): Place | null {
  let best: Place | null = null;
  let bestDistance = Infinity;
  for (const city of cities) {
    if (city.id === place.id) continue;
    const distance = distanceKm(place.lat, place.lon, city.lat, city.lon);
    if (distance > 5 && distance < bestDistance) {
      bestDistance = distance;
      best = city;
    }
  }
  return best;
}

export function placeMention(
  text: string,
  span: { start: number; end: number },
  context: Context,
  choice: Choice,
  cities: readonly Place[],
): Draft {
  const place = choice.place;
  const mention: Draft = {
    originalStart: 0,
    originalEnd: 0,
    start: context.relation !== null || context.placeType !== null ? context.start : span.start,
    end: span.end,
    place,
    foreign: null,
    relation: context.relation,
    distance_km: context.distance,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    geo_precision: 1,
    confidence: choice.confidence,
    reason: choice.reason,
    isDateline: false,
  };
  if (context.placeType !== null) mention.placeType = context.placeType;
  if (place === null) {
    mention.geo_precision = 3;
    return mention;
  }
  const reasons = [choice.reason];
  if (context.placeType !== null) {
    mention.confidence += 0.05;
    reasons.push(`after "${context.placeType}"`);
  }
  const readsDistanceAfter =
    context.relation === 'before' ||
    (context.relation !== null && BEARING_DEGREES[context.relation] !== undefined);
  // "قبل القطرون بحوالي 40كم", "جنوب سبها بنحو 40 كم": the distance may follow the place.
  if (readsDistanceAfter && mention.distance_km === null) {
    const after = distanceAfter(text, span.end);
    if (after !== null) {
      mention.distance_km = after.km;
      mention.end = after.end;
    }
  }
  if (mention.distance_km !== null) mention.distance_km = Math.round(mention.distance_km * 10) / 10;
  const relation = context.relation;
  const distance = mention.distance_km;
  if (relation !== null && relation !== 'in') {
    const degrees = BEARING_DEGREES[relation];
    if (distance !== null && degrees !== undefined) {
      const point = destinationPoint(place.lat, place.lon, degrees, distance);
      mention.lat = point.lat;
      mention.lon = point.lon;
      reasons.push(`${distance} km ${relation} of ${place.name_en}`);
    } else if (distance !== null && relation === 'before') {
      const towards = nearestCity(place, cities);
      if (towards !== null) {
        const point = destinationPoint(
          place.lat,
          place.lon,
          bearingDegrees(place.lat, place.lon, towards.lat, towards.lon),
          distance,
        );
        mention.lat = point.lat;
        mention.lon = point.lon;
        reasons.push(`${distance} km before ${place.name_en}, on the way from ${towards.name_en}`);
      } else reasons.push(`${distance} km before ${place.name_en}`);
    } else {
      reasons.push(`${relation} ${place.name_en}${distance !== null ? ` (${distance} km)` : ''}`);
    }
    mention.geo_precision = isArea(place) ? 3 : 2;
    mention.confidence -= 0.05;
  } else {
    mention.geo_precision = isArea(place) ? 3 : isApproximate(place) ? 2 : 1;
  }
  if (place.parent_id !== undefined) {
    mention.confidence -= 0.1;
    reasons.push(`point of ${place.parent_id} (own point unknown)`);
  }
  mention.confidence = Math.max(0.05, Math.min(0.99, Math.round(mention.confidence * 100) / 100));
  mention.reason = reasons.join('; ');
  return mention;
}
