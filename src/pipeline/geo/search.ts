/** Place search for a place picker: names that start with the query first, then names that contain it. */

import { normaliseTerm } from '../text/normalise.ts';
import type { Place } from './gazetteer-types.ts';
import { placeRank } from './place-rank.ts';

export function createSearch(places: readonly Place[]): (query: string, limit?: number) => Place[] {
  const index = places.map((place) => ({
    place,
    names: [...new Set([...place.names_ar, ...place.names_en].map((name) => normaliseTerm(name)))],
    rank: placeRank(place),
  }));
  return (query, limit = 10) => {
    const wanted = normaliseTerm(typeof query === 'string' ? query : '');
    if (wanted.length === 0) return [];
    const found: { place: Place; score: number }[] = [];
    for (const entry of index) {
      let score = -1;
      for (const name of entry.names) {
        if (name === wanted) score = Math.max(score, 3);
        else if (name.startsWith(wanted) || name.startsWith(`ال${wanted}`)) score = Math.max(score, 2);
        else if (name.includes(wanted)) score = Math.max(score, 1);
      }
      if (score >= 0) found.push({ place: entry.place, score: score * 1000 + entry.rank });
    }
    found.sort((a, b) => b.score - a.score || (a.place.id < b.place.id ? -1 : 1));
    return found.slice(0, Math.max(0, limit)).map((entry) => entry.place);
  };
}
