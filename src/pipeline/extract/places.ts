/**
 * The place of an event: among the places the geocoder found in the sentence, the one tied to the
 * trigger: close to it (after it preferred), as precise as possible, never the dateline, never a
 * place inside an actor's or an official's title ("آمر عمليات سرت", "AFRICOM ... in Africa").
 */
import type { GeoPrecision } from '../types.ts';
import type { ArticleContext, TextSegment } from './context.ts';
import { distanceKm } from './distance.ts';
import { tokensBetween } from './tokens.ts';

/** The fields of the geocoder's PlaceMention the extractor uses. */
export interface PlaceInput {
  start: number;
  end: number;
  place: {
    id: string;
    name_en: string;
    name_ar: string;
    admin1: string | null;
    kind: string;
    common_word?: boolean;
  } | null;
  foreign: { id: string; name_en: string; country: string } | null;
  relation: string | null;
  lat: number | null;
  lon: number | null;
  geo_precision: GeoPrecision;
  isDateline: boolean;
}

/** How many words away from its trigger a place may stand. */
export const PLACE_WINDOW = 25;

/** Beyond this, "حي القلعة بمدينة مرزق" cannot mean a namesake of القلعة: the quarter is inside the town named after it. */
const CONTAINED_KM = 30;
const CONTAINERS = new Set(['city', 'town', 'village']);

/** A place named right before the town that contains it, but resolved to a namesake far away. */
function misplacedInside(
  context: ArticleContext,
  candidates: readonly PlaceInput[],
  index: number,
  sorted: boolean,
): boolean {
  const mention = candidates[index] as PlaceInput;
  if (mention.place === null || mention.lat === null || mention.lon === null) return false;
  const isContainer = (other: PlaceInput) =>
    other !== mention &&
    other.start >= mention.end &&
    tokensBetween(context.tokens, mention.end, other.start) <= 1 &&
    other.place !== null &&
    (other.relation === null || other.relation === 'in') &&
    CONTAINERS.has(other.place.kind);
  let container: PlaceInput | undefined;
  if (sorted) {
    // In text order the container can only be one of the next places, at most one word after the mention.
    for (let next = index + 1; next < candidates.length; next++) {
      const other = candidates[next] as PlaceInput;
      if (other.start >= mention.end && tokensBetween(context.tokens, mention.end, other.start) > 1) break;
      if (isContainer(other)) {
        container = other;
        break;
      }
    }
  } else {
    container = candidates.find(isContainer);
  }
  if (container === undefined || container.lat === null || container.lon === null) return false;
  return distanceKm(mention.lat, mention.lon, container.lat, container.lon) > CONTAINED_KM;
}

/** A common word read as a place ("في محيط المدينة" → a village called المدينة) far from every other place the article names. */
const LONE_NAMESAKE_KM = 100;

export function dropLoneNamesakes(places: readonly PlaceInput[]): PlaceInput[] {
  // Distinct anchor points only: an article naming the same town a thousand times costs one comparison.
  const anchors = new Map<string, { lat: number; lon: number }>();
  for (const mention of places) {
    if (
      mention.place === null ||
      mention.place.common_word === true ||
      mention.lat === null ||
      mention.lon === null
    )
      continue;
    anchors.set(`${mention.lat},${mention.lon}`, { lat: mention.lat, lon: mention.lon });
  }
  if (anchors.size === 0) return [...places];
  const verdicts = new Map<string, boolean>();
  return places.filter((mention) => {
    if (mention.place?.common_word !== true || mention.lat === null || mention.lon === null) return true;
    const key = `${mention.lat},${mention.lon}`;
    let near = verdicts.get(key);
    if (near === undefined) {
      near = false;
      for (const anchor of anchors.values()) {
        if (distanceKm(anchor.lat, anchor.lon, mention.lat, mention.lon) <= LONE_NAMESAKE_KM) {
          near = true;
          break;
        }
      }
      verdicts.set(key, near);
    }
    return near;
  });
}

/**
 * "Tripoli, 2 September 2019:", "TRIPOLI, June 10 (Xinhua) --", "بنغازي، ليبيا 24 يناير 2018 (شينخوا)":
 * a place and a date opening the article, closed by a colon, a bracket or a dash. Read once per
 * article on its first 80 characters; the place and date there are the report's, not an event's.
 */
const OPENING_DATELINE = /^\s*[^\n:()]{1,40}?[,،][^\n:()]{0,30}?\d[^\n:()]{0,20}?(?::|\(|\s[-–—]{1,2}\s)/;

export function openingDatelineEnd(text: string): number {
  const match = OPENING_DATELINE.exec(text.slice(0, 80));
  return match === null ? 0 : match[0].length;
}

function isArabicCode(code: number): boolean {
  return code >= 0x0600 && code <= 0x06ff;
}

export function usablePlaces(
  context: ArticleContext,
  places: readonly PlaceInput[],
  segment: TextSegment,
  blockedSpans: readonly { start: number; end: number }[],
): PlaceInput[] {
  const candidates = places.filter((mention) => {
    if (mention.start < segment.start || mention.end > segment.end) return false;
    if (mention.isDateline || (mention.place === null && mention.foreign === null)) return false;
    if (mention.end <= context.datelineEnd) return false;
    if (blockedSpans.some((span) => span.start < mention.end && mention.start < span.end)) return false;
    if (context.cues.before('title_words', mention.start, 0, segment.start) !== null) return false;
    // "Tripoli Street" in Misrata, "a spokesman for the Misrata hospital": the name of a street or building.
    // Arabic puts the street or building first (شارع طرابلس), English after the name (Tripoli Street).
    const before = context.cues.before('named_after', mention.start, 0, segment.start);
    if (before !== null && isArabicCode(context.text.charCodeAt(before.start))) return false;
    const after = context.cues.after('named_after', mention.end, 0, segment.end);
    if (after !== null && !isArabicCode(context.text.charCodeAt(after.start))) return false;
    return true;
  });
  let sorted = true;
  for (let index = 1; index < candidates.length && sorted; index++) {
    if ((candidates[index] as PlaceInput).start < (candidates[index - 1] as PlaceInput).start) sorted = false;
  }
  return candidates.filter((_, index) => !misplacedInside(context, candidates, index, sorted));
}

export function placeDistance(
  context: ArticleContext,
  place: PlaceInput,
  start: number,
  end: number,
): number {
  return place.end <= start
    ? tokensBetween(context.tokens, place.end, start) + 2
    : tokensBetween(context.tokens, end, place.start);
}

/** Lower is better: precision first (a step of precision is worth six words), then distance. */
export function placeScore(context: ArticleContext, place: PlaceInput, start: number, end: number): number {
  const foreignPenalty = place.place === null ? 100 : 0;
  return (place.geo_precision - 1) * 6 + placeDistance(context, place, start, end) + foreignPenalty;
}
