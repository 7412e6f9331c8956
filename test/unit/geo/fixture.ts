/** The bundled gazetteer and one geocoder for the geo tests, plus a helper that geocodes a snippet. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGeocoder } from '../../../src/pipeline/geo/geocoder.ts';
import type { GazetteerData, WorldData } from '../../../src/pipeline/geo/gazetteer-types.ts';
import type { PlaceMention } from '../../../src/pipeline/geo/mention-types.ts';
import { normalise } from '../../../src/pipeline/text/normalise.ts';

const folder = join(import.meta.dirname, '..', '..', '..', 'data', 'gazetteer');

export const gazetteer = JSON.parse(readFileSync(join(folder, 'libya.json'), 'utf8')) as GazetteerData;
export const world = JSON.parse(readFileSync(join(folder, 'world.json'), 'utf8')) as WorldData;
export const geocoder = createGeocoder(gazetteer, world);

export interface Found extends PlaceMention {
  /** The mention as it reads in the original snippet. */
  text: string;
}

export function geocode(snippet: string): Found[] {
  return geocoder
    .findPlaces(normalise(snippet))
    .map((mention) => ({ ...mention, text: snippet.slice(mention.originalStart, mention.originalEnd) }));
}

/** The Libyan place ids found, in order (foreign and unresolved mentions left out). */
export function placeIds(snippet: string): string[] {
  return geocode(snippet)
    .map((mention) => mention.place?.id)
    .filter((id): id is string => id !== undefined);
}

export function only(snippet: string): Found {
  const found = geocode(snippet);
  if (found.length !== 1) {
    throw new Error(
      `expected one mention in "${snippet}", got ${found.map((mention) => mention.text).join(' | ')}`,
    );
  }
  return found[0] as Found;
}
