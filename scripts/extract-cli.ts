/**
 * Command line extraction: the same pure pipeline the app runs, in Node.
 *
 *   npm run --silent extract -- [--published YYYY-MM-DD] [--format json|csv|geojson] FILE...
 *
 * Inputs: .txt/.md (one article; --published gives its date), .html, .json (an article or an array),
 * .jsonl (one article per line). Problems with one file are reported on stderr, naming the file, and the
 * other files are still processed; the exit status is non-zero only when nothing could be read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventsToCsv } from '../src/pipeline/export/csv.ts';
import { eventsToGeoJson } from '../src/pipeline/export/geojson.ts';
import { createExtractionResources } from '../src/pipeline/extract/index.ts';
import type { GazetteerData, WorldData } from '../src/pipeline/geo/gazetteer-types.ts';
import { ingestFile } from '../src/pipeline/ingest/index.ts';
import { runPipeline } from '../src/pipeline/run-pipeline.ts';
import type { Article, ConflictEvent } from '../src/pipeline/types.ts';

type Format = 'json' | 'csv' | 'geojson';

interface Options {
  published?: string;
  format: Format;
  files: string[];
}

const USAGE =
  'usage: npm run --silent extract -- [--published YYYY-MM-DD] [--format json|csv|geojson] FILE...';

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
      if (format !== 'json' && format !== 'csv' && format !== 'geojson')
        return `--format must be json, csv or geojson`;
      options.format = format;
    } else if (name === '--help' || name === '-h') return USAGE;
    else if (name === '--') continue;
    else if (argument.startsWith('--')) return `unknown option ${argument}`;
    else options.files.push(argument);
  }
  if (options.files.length === 0) return 'no input files';
  return options;
}

function loadResources(): ReturnType<typeof createExtractionResources> {
  const folder = join(import.meta.dirname, '..', 'data', 'gazetteer');
  const read = (name: string): unknown => JSON.parse(readFileSync(join(folder, name), 'utf8'));
  return createExtractionResources({
    gazetteer: read('libya.json') as GazetteerData,
    world: read('world.json') as WorldData,
  });
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
    const result = ingestFile(bytes, file, ingestOptions);
    for (const diagnostic of result.diagnostics) {
      if (diagnostic.severity === 'info') continue;
      const message = diagnostic.message.includes(file)
        ? diagnostic.message
        : `${file}: ${diagnostic.message}`;
      process.stderr.write(`marsad extract: ${diagnostic.severity}: ${message}\n`);
    }
    articles.push(...result.articles);
  }
  if (articles.length === 0) {
    process.stderr.write('marsad extract: no article could be read\n');
    return 1;
  }
  const { events, extractions } = runPipeline(articles, loadResources());
  for (const extraction of extractions) {
    for (const diagnostic of extraction.diagnostics) {
      if (diagnostic.severity === 'error')
        process.stderr.write(`marsad extract: error: ${diagnostic.message}\n`);
    }
  }
  if (options.format === 'csv') process.stdout.write(eventsToCsv(events, articles));
  else if (options.format === 'geojson')
    process.stdout.write(JSON.stringify(eventsToGeoJson(events), null, 2) + '\n');
  else
    process.stdout.write(
      JSON.stringify({ articles: articles.map(jsonArticle), events: events.map(jsonEvent) }, null, 2) + '\n',
    );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
