import { extractArticle } from '../../../src/pipeline/extract/index.ts';
import type { ArticleExtraction, ConflictEvent } from '../../../src/pipeline/types.ts';
import { testResources } from './resources.ts';

/** Extracts one snippet as an article published on `published`. */
export function extract(text: string, published = '2020-01-01', id = 'snippet'): ArticleExtraction {
  return extractArticle({ id, title: '', published, lang: 'other', source: 'test', text }, testResources());
}

export function events(text: string, published = '2020-01-01'): ConflictEvent[] {
  return extract(text, published).events;
}

export function only(text: string, published = '2020-01-01'): ConflictEvent {
  const found = events(text, published);
  if (found.length !== 1)
    throw new Error(
      `expected one event, got ${found.length}: ${found.map((event) => event.sub_event_type).join(', ')}`,
    );
  return found[0] as ConflictEvent;
}
