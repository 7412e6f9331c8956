import type { Article, ArticleExtraction, ConflictEvent } from '../../../src/pipeline/types';
import { LibraryService } from '../../../src/library/library-service';
import type { MergeFunction } from '../../../src/library/grouped-merge';
import { openMarsadDatabase, type MarsadDatabase } from '../../../src/persistence/database';
import type { LibraryChannel } from '../../../src/persistence/library-channel';
import { createMarsadStore, type MarsadStore } from '../../../src/store/store';

let counter = 0;

/** A database name no other test uses. */
export function freshName(): string {
  counter += 1;
  return `marsad-test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`;
}

export function article(id: string, text: string, published: string | null = '2019-09-25'): Article {
  return { id, title: `Article ${id}`, published, lang: 'en', source: 'test', text };
}

export function event(id: string, articleId: string, patch: Partial<ConflictEvent> = {}): ConflictEvent {
  return {
    id,
    event_type: 'Explosions/Remote violence',
    sub_event_type: 'Air/drone strike',
    date: '2019-09-24',
    time_precision: 1,
    location: 'Murzuq',
    place_id: 'murzuq',
    admin1: 'Murzuq',
    latitude: 25.9155,
    longitude: 13.9184,
    geo_precision: 1,
    actor1: 'US Forces',
    actor2: 'Islamic State',
    fatalities: 8,
    fatalities_high: null,
    injuries: null,
    notes: 'A US strike near Murzuq killed eight.',
    confidence: 0.9,
    confidence_reasons: [],
    sources: [{ article_id: articleId, start: 0, end: 10 }],
    highlights: [],
    ...patch,
  };
}

export function extraction(articleId: string, events: ConflictEvent[]): ArticleExtraction {
  return { article_id: articleId, events, summaries: [], diagnostics: [] };
}

export interface TestLibrary {
  store: MarsadStore;
  database: MarsadDatabase;
  service: LibraryService;
}

export async function openTestLibrary(
  name: string,
  channel: LibraryChannel | null = null,
  mergeEvents: MergeFunction = (events) => events,
): Promise<TestLibrary> {
  const store = createMarsadStore();
  const database = await openMarsadDatabase({ name });
  const service = new LibraryService({ store, database, mergeEvents, channel });
  await service.load();
  return { store, database, service };
}
