/**
 * "حي القلعة بمدينة مرزق", "في منطقة الظهرة في مدينة طرابلس", "the Qalaa neighbourhood in the town
 * of Murzuq": a name followed at once by "in the town/city X" lies inside X. Its namesakes are
 * narrowed to those inside X; when none is, the mention falls back to X itself at precision 2, never
 * to a distant namesake.
 */

import type { Place } from './gazetteer-types.ts';
import type { Context } from './relative-phrase.ts';
import { PLACE_TYPE_WORDS } from './cues.ts';
import { distanceKm } from './geodesy.ts';
import { isWordCode } from './words.ts';

/** Place types that introduce a containing town or city. */
const CONTAINER_TYPES: ReadonlySet<string> = new Set(['مدينه', 'بلده', 'town', 'city']);
/** Place types that introduce a part of a town (حي القلعة، منطقة الظهرة، the X neighbourhood). */
const QUARTER_TYPES: ReadonlySet<string> = new Set([
  'حي',
  'منطقه',
  'ضاحيه',
  'neighbourhood',
  'neighborhood',
  'district',
  'area',
  'suburb',
]);
/** How far from a town's point a place still counts as inside it (a city's quarters, its outskirts). */
const INSIDE_KM = 20;
const TYPES: ReadonlySet<string> = PLACE_TYPE_WORDS;

/**
 * The gap holds only spacing, commas and place-type words ("neighbourhood", "district"): 1 when one
 * of them names a quarter, 0 when none does, -1 when something else stands there.
 */
function gapWords(text: string, from: number, to: number): number {
  let quarter = 0;
  let index = from;
  while (index < to) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 10 || code === 44 || code === 0x060c) {
      index++;
      continue;
    }
    if (!isWordCode(code)) return -1;
    const start = index;
    while (index < to && isWordCode(text.charCodeAt(index))) index++;
    const word = text.slice(start, index);
    if (!TYPES.has(word)) return -1;
    if (QUARTER_TYPES.has(word)) quarter = 1;
  }
  return quarter;
}

/**
 * Whether the name ending at `nameEnd`, read as `own`, is a quarter ("حي", "منطقة", "neighbourhood")
 * followed at once by a container phrase whose reading is `next` ("بمدينة مرزق", "في مدينة مرزق",
 * "in the city of Murzuq"). A name without a quarter word ("سرايا الدفاع عن بنغازي في بلدة غدوة") is not.
 */
export function isQuarterOf(text: string, nameEnd: number, own: Context, next: Context): boolean {
  const type = next.placeType;
  if (type === null || !CONTAINER_TYPES.has(type)) return false;
  if (next.start < nameEnd || next.start - nameEnd > 40) return false;
  if (next.relation !== 'in') {
    // Without "في"/"in", the type word itself carries the preposition ب: "بمدينة".
    if (next.relation !== null || text.slice(next.start, next.start + type.length + 1) !== `ب${type}`)
      return false;
  }
  const gap = gapWords(text, nameEnd, next.start);
  return gap === 1 || (gap === 0 && own.placeType !== null && QUARTER_TYPES.has(own.placeType));
}

/** Kinds of place that are never a locality inside another town ("قوات الزنتان بطرابلس"). */
const NEVER_INSIDE: ReadonlySet<Place['kind']> = new Set(['city', 'region', 'district']);

/**
 * "الأبيار بعين زارة", "Abyar in Ain Zara": a name followed at once by "بX"/"في X"/"in X" with no
 * place type, when none of its readings is a city, a district or a region.
 */
export function isInNext(
  text: string,
  nameEnd: number,
  next: Context,
  candidates: readonly Place[],
): boolean {
  if (next.relation !== 'in' || next.placeType !== null) return false;
  if (next.start < nameEnd || next.start - nameEnd > 2) return false;
  for (let index = nameEnd; index < next.start; index++) if (text.charCodeAt(index) !== 32) return false;
  return candidates.every((place) => !NEVER_INSIDE.has(place.kind));
}

/** The candidates that lie inside the container (its own point excluded: a place is not inside itself). */
export function insideOf(candidates: readonly Place[], container: Place, reachKm = INSIDE_KM): Place[] {
  const reach = Math.max(reachKm, container.radius_km ?? 0);
  const inside: Place[] = [];
  for (const place of candidates) {
    if (place.id === container.id) continue;
    if (distanceKm(place.lat, place.lon, container.lat, container.lon) <= reach) inside.push(place);
  }
  return inside;
}
