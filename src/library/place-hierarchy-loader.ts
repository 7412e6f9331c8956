import data from '../pipeline/extract/place-hierarchy-data.json';
import {
  incidentPlaces,
  type IncidentPlaces,
  type PlaceHierarchyData,
} from '../pipeline/extract/place-hierarchy';

let hierarchy: IncidentPlaces | null = null;

/**
 * Which gazetteer places contain which, for the cross-article merge: built from the few facts the merge needs
 * (bundled with the app, a few kilobytes), so a merge never waits for the gazetteer.
 */
export function loadPlaceHierarchy(): Promise<IncidentPlaces> {
  hierarchy ??= incidentPlaces(data as unknown as PlaceHierarchyData);
  return Promise.resolve(hierarchy);
}
