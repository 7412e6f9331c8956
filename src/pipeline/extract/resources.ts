/**
 * What extraction needs, built once and reused for every article: the compiled lexicons and the
 * geocoder over the gazetteer. Data is passed in, so the same code runs in Node, a worker and the page.
 */
import { createGeocoder, type Geocoder } from '../geo/index.ts';
import type { GazetteerData, WorldData } from '../geo/gazetteer-types.ts';
import { compileLexicons, type CompiledLexicons } from './compile-lexicons.ts';
import { defaultLexicons } from './default-lexicons.ts';
import type { Lexicons } from './lexicon-types.ts';
import { incidentPlaces, placeHierarchyData, type IncidentPlaces } from './place-hierarchy.ts';

export interface ExtractionResources {
  lexicons: CompiledLexicons;
  geocoder: Geocoder;
  /** Which gazetteer places lie inside which, for the cross-article merge (a quarter inside its city). */
  places: IncidentPlaces;
}

export interface ResourceInput {
  gazetteer: GazetteerData;
  world: WorldData;
  lexicons?: Lexicons;
}

export function createExtractionResources(input: ResourceInput): ExtractionResources {
  return {
    lexicons: compileLexicons(input.lexicons ?? defaultLexicons),
    geocoder: createGeocoder(input.gazetteer, input.world),
    places: incidentPlaces(placeHierarchyData(input.gazetteer.places)),
  };
}
