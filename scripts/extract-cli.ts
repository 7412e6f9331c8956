/**
 * Command line extraction: the same pure pipeline the app runs, in Node.
 *
 *   npm run --silent extract -- [--published YYYY-MM-DD] [--format json|csv|geojson|geojsonseq] FILE...
 *
 * Inputs: .txt/.md (one article; --published gives its date), .html, .json (an article or an array),
 * .jsonl (one article per line). Problems with one file are reported on stderr, naming the file, and the
 * other files are still processed; the exit status is non-zero only when nothing could be read.
 * Outputs name each article's source by its outlet when the metadata or address gives one, else by the file name
 * without its folders (a local path never goes into the output). CSV has the app's columns: ACLED's 31, then
 * Marsad's.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildExportGazetteer } from '../src/pipeline/export/admin-areas.ts';
import { eventsToCsv } from '../src/pipeline/export/csv.ts';
import { eventsToGeoJson, eventsToGeoJsonSeq } from '../src/pipeline/export/geojson.ts';
import { outletOf } from '../src/pipeline/export/outlets.ts';
import { createExtractionResources } from '../src/pipeline/extract/index.ts';
import type { GazetteerData, WorldData } from '../src/pipeline/geo/gazetteer-types.ts';
import { ingestFile } from '../src/pipeline/ingest/index.ts';
import { runPipeline } from '../src/pipeline/run-pipeline.ts';
import type { Article, ConflictEvent } from '../src/pipeline/types.ts';

type Format = 'json' | 'csv' | 'geojson' | 'geojsonseq';

interface Options {
  published?: string;
  format: Format;
  files: string[];
}

const USAGE =
  'usage: npm run --silent extract -- [--published YYYY-MM-DD] [--format json|csv|geojson|geojsonseq] FILE...';

function parseArguments(argv: readonly string[]): Options | string {
  const options: Options = { format: 'json', files: [] };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string;
    const [name, inline] =
      argument.startsWith('--') && argument.includes('=') ? argument.split('=', 2) : [argument, undefined];
    const value = (): string | undefined => inline ?? argv[++index];
    if (name === '--published') {
      const day = value();
      if (day === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(day))
        return `--published needs a date as YYYY-MM-DD`;
      options.published = day;
    } else if (name === '--format') {
      const format = value();
      if (format !== 'json' && format !== 'csv' && format !== 'geojson' && format !== 'geojsonseq')
        return `--format must be json, csv, geojson or geojsonseq`;
      options.format = format;
    } else if (name === '--help' || name === '-h') return USAGE;
    else if (name === '--') continue;
    else if (argument.startsWith('--')) return `unknown option ${argument}`;
    else options.files.push(argument);
  }
  if (options.files.length === 0) return 'no input files';
  return options;
}

function readGazetteer(name: string): unknown {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'gazetteer', name), 'utf8'));
}

function loadResources(gazetteer: GazetteerData): ReturnType<typeof createExtractionResources> {
  return createExtractionResources({ gazetteer, world: readGazetteer('world.json') as WorldData });
}

function jsonEvent(event: ConflictEvent): Record<string, unknown> {
  return {
    id: event.id,
    event_type: event.event_type,
    sub_event_type: event.sub_event_type,
    date: event.date,
    time_precision: event.time_precision,
    location: event.location,
    admin1: event.admin1,
    latitude: event.latitude,
    longitude: event.longitude,
    geo_precision: event.geo_precision,
    actor1: event.actor1,
    actor2: event.actor2,
    fatalities: event.fatalities,
    fatalities_high: event.fatalities_high,
    injuries: event.injuries,
    notes: event.notes,
    confidence: event.confidence,
    confidence_reasons: event.confidence_reasons,
    sources: event.sources,
  };
}

function jsonArticle(article: Article): Record<string, unknown> {
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    lang: article.lang,
    source: article.source,
    outlet: outletOf(article).name,
    url: article.url ?? null,
  };
}

function main(argv: readonly string[]): number {
  const options = parseArguments(argv);
  if (typeof options === 'string') {
    process.stderr.write(`marsad extract: ${options}\n${options === USAGE ? '' : USAGE + '\n'}`);
    return options === USAGE ? 0 : 2;
  }
  const articles: Article[] = [];
  const ingestOptions = options.published === undefined ? {} : { published: options.published };
  for (const file of options.files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      process.stderr.write(`marsad extract: cannot read ${file}: ${reason}\n`);
      continue;
    }
    // The file name without its folders: it becomes the article's source when no outlet is known.
    const result = ingestFile(bytes, basename(file), ingestOptions);
    for (const diagnostic of result.diagnostics) {
      if (diagnostic.severity === 'info') continue;
      const message = diagnostic.message.includes(basename(file))
        ? diagnostic.message
        : `${file}: ${diagnostic.message}`;
      process.stderr.write(`marsad extract: ${diagnostic.severity}: ${message}\n`);
    }
    // One by one: spreading a million articles into push overflows the call stack.
    for (const article of result.articles) articles.push(article);
  }
  if (articles.length === 0) {
    process.stderr.write('marsad extract: no article could be read\n');
    return 1;
  }
  const gazetteer = readGazetteer('libya.json') as GazetteerData;
  const { events, extractions } = runPipeline(articles, loadResources(gazetteer));
  for (const extraction of extractions) {
    for (const diagnostic of extraction.diagnostics) {
      if (diagnostic.severity === 'error')
        process.stderr.write(`marsad extract: error: ${diagnostic.message}\n`);
    }
  }
  const context = { articles, gazetteer: buildExportGazetteer(gazetteer.places) };
  if (options.format === 'csv') process.stdout.write(eventsToCsv(events, context));
  else if (options.format === 'geojson')
    process.stdout.write(JSON.stringify(eventsToGeoJson(events, context), null, 2) + '\n');
  else if (options.format === 'geojsonseq') process.stdout.write(eventsToGeoJsonSeq(events, context));
  else {
    // Written piece by piece: one string of a million articles' JSON could pass the longest string Node makes.
    writeJsonList('{\n  "articles": ', articles, jsonArticle, ',\n');
    writeJsonList('  "events": ', events, jsonEvent, '\n}\n');
  }
  return 0;
}

/** Writes `items` as the indented JSON list `JSON.stringify(…, null, 2)` writes at the second level. */
function writeJsonList<T>(
  before: string,
  items: readonly T[],
  toJson: (item: T) => Record<string, unknown>,
  after: string,
): void {
  if (items.length === 0) {
    process.stdout.write(`${before}[]${after}`);
    return;
  }
  let chunk = `${before}[\n`;
  items.forEach((item, index) => {
    const text = JSON.stringify(toJson(item), null, 2).replace(/\n/g, '\n    ');
    chunk += `    ${text}${index + 1 < items.length ? ',' : ''}\n`;
    if (chunk.length > 1 << 16) {
      process.stdout.write(chunk);
      chunk = '';
    }
  });
  process.stdout.write(`${chunk}  ]${after}`);
}

process.exitCode = main(process.argv.slice(2));
