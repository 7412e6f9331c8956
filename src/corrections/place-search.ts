import type { GazetteerData, Place, PlaceKind } from '../pipeline/geo/gazetteer-types';
import type { GeoPrecision } from '../pipeline/types';
import { normaliseTerm } from '../pipeline/text/normalise';

let gazetteer: Promise<Place[]> | null = null;

/** The Libyan gazetteer, loaded on first use (it is only needed when the user corrects a place). */
export function loadGazetteer(): Promise<Place[]> {
  gazetteer ??= import('../../data/gazetteer/libya.json').then(
    (module) => (module.default as unknown as GazetteerData).places,
  );
  return gazetteer;
}

/**
 * How a place ranks among others that match equally well: settlements first (the city before the town before the
 * village), then quarters, then facilities and landmarks, then valleys, and areas (district, region) last.
 */
const KIND_RANK: Record<PlaceKind, number> = {
  city: 0,
  town: 1,
  village: 2,
  neighbourhood: 3,
  base: 4,
  oil_facility: 4,
  crossing: 4,
  landmark: 4,
  wadi: 5,
  district: 6,
  region: 7,
};

/** How well a name matches: 0 the whole name, 1 its start, 2 somewhere inside it, 3 not at all. */
function matchOf(name: string, wanted: string): number {
  if (name === wanted) return 0;
  if (name.startsWith(wanted)) return 1;
  return name.includes(wanted) ? 2 : 3;
}

interface Candidate {
  place: Place;
  match: number;
  /** Length of the best-matching name (a shorter name is closer to what was typed). */
  length: number;
}

/**
 * Places whose Arabic or Latin names match what the user typed (folded as the pipeline folds names): places with
 * a name equal to it first, then names that start with it, then names that contain it; within each group the
 * settlement before the facility and the city before the district, then the bigger place, then the shorter name
 * ("Sirte" gives the city before its airport and its district; "Tripoli" the city before Tripoli District).
 */
export function searchPlaces(places: readonly Place[], query: string, limit = 8): Place[] {
  const wanted = normaliseTerm(query.trim());
  if (wanted.length === 0) return [];
  const found: Candidate[] = [];
  for (const place of places) {
    let match = 3;
    let length = Infinity;
    for (const name of [...place.names_en, ...place.names_ar]) {
      const folded = normaliseTerm(name);
      const quality = matchOf(folded, wanted);
      if (quality < match || (quality === match && folded.length < length)) {
        match = quality;
        length = folded.length;
      }
    }
    if (match < 3) found.push({ place, match, length });
  }
  found.sort(
    (a, b) =>
      a.match - b.match ||
      KIND_RANK[a.place.kind] - KIND_RANK[b.place.kind] ||
      (b.place.population ?? 0) - (a.place.population ?? 0) ||
      a.length - b.length,
  );
  return found.slice(0, limit).map((candidate) => candidate.place);
}

/** A region or district pins an event only roughly (precision 3); any other place is the place itself (1). */
export function precisionOfPlace(place: Place): GeoPrecision {
  return place.kind === 'region' || place.kind === 'district' ? 3 : 1;
}
