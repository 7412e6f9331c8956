/**
 * The bundled sample library, extracted ahead of time: the articles in data/articles with what the current
 * pipeline (src/pipeline with its default lexicons, over the gazetteer in data/gazetteer) extracts from each,
 * through the very loop the extraction worker runs. The app commits these on its first start, so the worker,
 * the extractor and the gazetteer need not be fetched before the first map.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractionResources, extractArticle } from '../../src/pipeline/extract/index.ts';
import type { GazetteerData, WorldData } from '../../src/pipeline/geo/gazetteer-types.ts';
import type { Article, ArticleExtraction, ConflictEvent, Diagnostic } from '../../src/pipeline/types.ts';
import { extractAll } from '../../src/workers/extract-job.ts';
import { mergeEvents } from '../../src/pipeline/extract/merge-events.ts';
import { incidentPlaces, type PlaceHierarchyData } from '../../src/pipeline/extract/place-hierarchy.ts';

export interface BundledEntry {
  article: Article;
  extraction: ArticleExtraction;
}

export interface BundledLibrary {
  entries: BundledEntry[];
  /** Every data file read, so a dev server or a watching build can notice a change. */
  files: string[];
  /** Errors the extraction reported (a sample that fails to extract is shipped as it would run, and said). */
  errors: Diagnostic[];
}

/** Folders the bundled library is read from, under the project root. */
export function bundledLibraryFolders(root: string): { articles: string; gazetteer: string } {
  return { articles: join(root, 'data', 'articles'), gazetteer: join(root, 'data', 'gazetteer') };
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

/** The sample articles (data/articles/*.json), oldest first; articles of one day keep their file order. */
export function readBundledArticles(folder: string): { articles: Article[]; files: string[] } {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(folder, name));
  const articles = files
    .map((file) => readJson(file) as Article)
    .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  return { articles, files };
}

/** Reads the samples and the gazetteer and extracts every sample with the current pipeline. */
export async function buildBundledLibrary(root: string): Promise<BundledLibrary> {
  const folders = bundledLibraryFolders(root);
  const { articles, files } = readBundledArticles(folders.articles);
  const gazetteerFile = join(folders.gazetteer, 'libya.json');
  const worldFile = join(folders.gazetteer, 'world.json');
  const resources = createExtractionResources({
    gazetteer: readJson(gazetteerFile) as GazetteerData,
    world: readJson(worldFile) as WorldData,
  });
  const batch = await extractAll(articles, (article) => extractArticle(article, resources));
  const byId = new Map(batch.extractions.map((extraction) => [extraction.article_id, extraction]));
  const entries = articles.flatMap((article) => {
    const extraction = byId.get(article.id);
    return extraction ? [{ article, extraction }] : [];
  });
  const errors = [
    ...batch.diagnostics,
    ...batch.extractions.flatMap((extraction) => extraction.diagnostics),
  ].filter((diagnostic) => diagnostic.severity === 'error');
  return { entries, files: [...files, gazetteerFile, worldFile], errors };
}

/**
 * The samples' events merged across articles as the library merges them (same rule, same place hierarchy), so
 * the first start shows them without fetching the library worker.
 */
export function bundledMergedEvents(entries: readonly BundledEntry[]): ConflictEvent[] {
  const hierarchy = readJson(
    join(import.meta.dirname, '..', '..', 'src', 'pipeline', 'extract', 'place-hierarchy-data.json'),
  ) as PlaceHierarchyData;
  return mergeEvents(
    entries.flatMap((entry) => entry.extraction.events),
    { places: incidentPlaces(hierarchy) },
  );
}

/**
 * The virtual module's source: the entries as one JSON string, which the browser parses faster than code, and
 * their merged events.
 */
export function bundledLibrarySource(entries: readonly BundledEntry[]): string {
  return (
    `export const BUNDLED_LIBRARY = JSON.parse(${JSON.stringify(JSON.stringify(entries))});\n` +
    `export const BUNDLED_MERGED = ${JSON.stringify(bundledMergedEvents(entries))};\n`
  );
}
