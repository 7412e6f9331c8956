import type { GazetteerData } from '../pipeline/geo/gazetteer-types';
import { buildPlaceHierarchy, type PlaceHierarchy } from '../pipeline/extract/place-hierarchy';

let loading: Promise<PlaceHierarchy | undefined> | null = null;

/**
 * Which gazetteer places contain which, for the cross-article merge, loaded with the gazetteer on the first merge
 * (a start from a saved merge needs none). If the gazetteer cannot be loaded the merge compares ids and distances.
 */
export function loadPlaceHierarchy(): Promise<PlaceHierarchy | undefined> {
  loading ??= import('../../data/gazetteer/libya.json').then(
    (module) => buildPlaceHierarchy((module.default as unknown as GazetteerData).places),
    () => {
      loading = null;
      return undefined;
    },
  );
  return loading;
}
