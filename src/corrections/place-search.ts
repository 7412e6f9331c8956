import type { GazetteerData, Place } from '../pipeline/geo/gazetteer-types';
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
 * Places whose Arabic or Latin names match what the user typed (hamza, taa marbuta and case folded): names that
 * start with it first, then names that contain it; bigger places first within each group.
 */
export function searchPlaces(places: readonly Place[], query: string, limit = 8): Place[] {
  const wanted = normaliseTerm(query.trim());
  if (wanted.length === 0) return [];
  const starts: Place[] = [];
  const contains: Place[] = [];
  for (const place of places) {
    const names = [...place.names_en, ...place.names_ar].map(normaliseTerm);
    if (names.some((name) => name.startsWith(wanted))) starts.push(place);
    else if (names.some((name) => name.includes(wanted))) contains.push(place);
  }
  const bySize = (a: Place, b: Place) => (b.population ?? 0) - (a.population ?? 0);
  return [...starts.sort(bySize), ...contains.sort(bySize)].slice(0, limit);
}

/** A region or district pins an event only roughly (precision 3); any other place is the place itself (1). */
export function precisionOfPlace(place: Place): GeoPrecision {
  return place.kind === 'region' || place.kind === 'district' ? 3 : 1;
}
