/**
 * The data the command line needs, bundled into it when it is built (the gazetteer and the lexicons are JSON
 * files of the repository): the built CLI reads no file of its own at run time. After editing data/, rebuild it
 * with `npm run build:cli` (`npm run extract` runs the sources and always sees the current data).
 */
import libya from '../../data/gazetteer/libya.json';
import world from '../../data/gazetteer/world.json';
import { buildExportGazetteer, type ExportGazetteer } from '../pipeline/export/admin-areas.ts';
import { createExtractionResources, type ExtractionResources } from '../pipeline/extract/index.ts';
import {
  incidentPlaces,
  placeHierarchyData,
  type IncidentPlaces,
} from '../pipeline/extract/place-hierarchy.ts';
import type { GazetteerData, WorldData } from '../pipeline/geo/gazetteer-types.ts';

const gazetteer = libya as unknown as GazetteerData;

/** What extraction needs (lexicons compiled, geocoder built): each worker builds its own once. */
export function extractionResources(): ExtractionResources {
  return createExtractionResources({ gazetteer, world: world as unknown as WorldData });
}

/** What the merge and the exports need: which places contain which, and admin areas and Arabic names. */
export interface ReduceResources {
  places: IncidentPlaces;
  exportGazetteer: ExportGazetteer;
}

export function reduceResources(): ReduceResources {
  return {
    places: incidentPlaces(placeHierarchyData(gazetteer.places)),
    exportGazetteer: buildExportGazetteer(gazetteer.places),
  };
}
