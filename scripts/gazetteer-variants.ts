/**
 * How the generated spellings of place names (src/pipeline/geo/latin-variants.ts and
 * arabic-name-variants.ts) collide: with names the gazetteer already gives (dropped), with each
 * other between distant places (dropped), and with ordinary words. Ordinary English words are read
 * from the Markdown files of the installed packages (not this repository's docs: they name places);
 * ordinary Arabic words from the Arabic fixture articles. Prints the counts and every colliding spelling.
 *
 *   npx tsx scripts/gazetteer-variants.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildNameEntries, type VariantCounts } from '../src/pipeline/geo/name-index.ts';
import { latinVariants, textForNames } from '../src/pipeline/geo/latin-variants.ts';
import type { GazetteerData, WorldData } from '../src/pipeline/geo/gazetteer-types.ts';
import { normaliseTerm } from '../src/pipeline/text/normalise.ts';

const root = join(import.meta.dirname, '..');
const folder = join(root, 'data', 'gazetteer');
const gazetteer = JSON.parse(readFileSync(join(folder, 'libya.json'), 'utf8')) as GazetteerData;
const world = JSON.parse(readFileSync(join(folder, 'world.json'), 'utf8')) as WorldData;

function markdownFiles(directory: string, out: string[], depth: number): void {
  if (depth > 4 || out.length > 4000) return;
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(directory, name);
    if (name.toLowerCase().endsWith('.md')) out.push(path);
    else if (!name.includes('.') && statSync(path, { throwIfNoEntry: false })?.isDirectory() === true)
      markdownFiles(path, out, depth + 1);
  }
}

const englishFiles: string[] = [];
markdownFiles(join(root, 'node_modules'), englishFiles, 0);
const english = new Set<string>();
for (const file of englishFiles)
  for (const word of readFileSync(file, 'utf8')
    .toLowerCase()
    .split(/[^a-z]+/))
    if (word.length >= 4) english.add(word);

const arabic = new Set<string>();
for (const file of [
  'test/fixtures/heldout/arabic.json',
  ...readdirSync(join(root, 'test/fixtures/articles')).map((name) => `test/fixtures/articles/${name}`),
]) {
  if (!file.endsWith('.json')) continue;
  for (const word of normaliseTerm(readFileSync(join(root, file), 'utf8')).split(/[^\u0621-\u064a]+/))
    if (word.length >= 3) arabic.add(word);
}

const counts: VariantCounts = { kept: 0, takenByAnotherName: 0, sharedByDistantPlaces: 0 };
const entries = buildNameEntries(gazetteer, world, counts);
const written = new Set<string>();
for (const place of [...gazetteer.places, ...world.places])
  for (const name of [...place.names_ar, ...place.names_en])
    for (const spelling of latinVariants(textForNames(normaliseTerm(name)))) written.add(spelling);

const collisions: string[] = [];
const seen = new Set<string>();
for (const [spelling, entry] of entries) {
  if (entry.type !== 'libya' || written.has(spelling) || seen.has(spelling)) continue;
  seen.add(spelling);
  const words = spelling.split(' ');
  const vocabulary = /^[a-z]/.test(spelling) ? english : arabic;
  // A one-word spelling that is a word of ordinary text, or a longer one made only of such words.
  if (words.every((word) => vocabulary.has(word)))
    collisions.push(`${spelling} → ${entry.place.id}${entry.weak ? ' (weak: needs a place cue)' : ''}`);
}
console.log(
  `English vocabulary: ${english.size} words from ${englishFiles.length} files; Arabic: ${arabic.size} words`,
);
console.log(`generated spellings kept: ${counts.kept} (${seen.size} distinct)`);
console.log(`dropped, already a name of another place: ${counts.takenByAnotherName}`);
console.log(`dropped, generated for two distant places: ${counts.sharedByDistantPlaces}`);
console.log(`kept spellings that are ordinary words: ${collisions.length}`);
for (const line of collisions) console.log(`  ${line}`);
