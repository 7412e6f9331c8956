/**
 * "وادي الحطية الواقعة قبل منطقة القطرون بحوالي 40كم": a name followed by a clause that locates it
 * relative to another place. When the gazetteer's namesake of the first name lies far from where the
 * clause puts it, the clause wins: the mention becomes the anchor's offset point (precision 2).
 */

import type { PlaceMention } from './mention-types.ts';
import { LOCATING_WORDS } from './cues.ts';
import { distanceKm } from './geodesy.ts';

/** Slack on top of a stated distance before a named place counts as inconsistent with the clause. */
const TOLERANCE_KM = 50;
/** Without a distance, "near Sirte" can mean 100 km in a desert country. */
const LOOSE_TOLERANCE_KM = 150;

/**
 * The words between a name and the relative phrase after it: 1 to 3 locating words ("الواقعة",
 * "located"), or none at all ("Al Abyar, south of Tripoli", "الأبيار جنوب طرابلس"); null otherwise.
 */
function locatingGap(text: string, from: number, to: number): number | null {
  if (to < from || to - from > 40) return null;
  const words = text
    .slice(from, to)
    .split(/[\s,،]+/)
    .filter((word) => word.length > 0);
  return words.length <= 3 && words.every((word) => LOCATING_WORDS.has(word)) ? words.length : null;
}

/** Places an apposition without a locating word may not move: a city named with a bearing is that city. */
const FIXED_KINDS: ReadonlySet<string> = new Set(['city', 'region', 'district']);

export function attachLocatingClauses(
  text: string,
  mentions: PlaceMention[],
  reoffset: (mention: PlaceMention) => PlaceMention,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index] as PlaceMention;
    const next = mentions[index + 1];
    const relative =
      next !== undefined &&
      next.relation !== null &&
      next.relation !== 'in' &&
      next.place !== null &&
      mention.foreign === null &&
      !mention.isDateline;
    const gap = next === undefined ? null : locatingGap(text, mention.end, next.start);
    const movable = gap !== 0 || (mention.place !== null && !FIXED_KINDS.has(mention.place.kind));
    if (
      next === undefined ||
      !relative ||
      gap === null ||
      !movable ||
      next.lat === null ||
      next.lon === null
    ) {
      out.push(mention);
      continue;
    }
    const away =
      mention.place === null
        ? Infinity
        : distanceKm(mention.place.lat, mention.place.lon, next.lat, next.lon);
    const tolerance = next.distance_km === null ? LOOSE_TOLERANCE_KM : next.distance_km + TOLERANCE_KM;
    if (away <= tolerance) {
      out.push({ ...mention, reason: `${mention.reason}; confirmed by the clause that follows` });
      continue;
    }
    const named = text.slice(mention.start, mention.end);
    const far = Number.isFinite(away)
      ? `; the gazetteer's ${mention.place?.name_en ?? ''} is ${Math.round(away)} km away`
      : '';
    out.push(
      reoffset({
        ...next,
        start: mention.start,
        confidence: Math.max(0.05, Number((next.confidence - 0.05).toFixed(2))),
        reason: `"${named}" located by the clause: ${next.reason}${far}`,
      }),
    );
    index++;
  }
  return out;
}
