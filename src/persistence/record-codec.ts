import type { ConflictEvent } from '../pipeline/types';
import type { ArticleRecord, StoredArticleRecord } from './schema';

/** Events already written as text (an event object is never changed once made, so its text stays right). */
const texts = new WeakMap<ConflictEvent, string>();

/** The JSON text of an event, written once per event object. */
export function eventText(event: ConflictEvent): string {
  let text = texts.get(event);
  if (text === undefined) {
    text = JSON.stringify(event);
    texts.set(event, text);
  }
  return text;
}

/** The event a JSON text holds (remembering the text for it). Throws when the text is not JSON. */
export function eventFromText(text: string): ConflictEvent {
  const event = JSON.parse(text) as ConflictEvent;
  texts.set(event, text);
  return event;
}

/** The record as IndexedDB keeps it: each event as its JSON text (see `StoredExtraction`). */
export function encodeRecord(record: ArticleRecord): StoredArticleRecord {
  const { extraction } = record;
  const events = new Array<string>(extraction.events.length);
  for (let index = 0; index < events.length; index += 1) {
    events[index] = eventText(extraction.events[index] as ConflictEvent);
  }
  return {
    id: record.id,
    article: record.article,
    extraction: {
      article_id: extraction.article_id,
      events,
      summaries: extraction.summaries,
      diagnostics: extraction.diagnostics,
    },
    fingerprint: record.fingerprint,
    bundled: record.bundled,
    addedAt: record.addedAt,
  };
}

/**
 * The record as the library uses it. Events still stored as objects (a library saved before events were kept as
 * text, if any is read before its upgrade) are taken as they are. Throws on a record whose event text is not JSON.
 */
export function decodeRecord(stored: StoredArticleRecord): ArticleRecord {
  const { extraction } = stored;
  const texts = extraction.events as readonly (string | ConflictEvent)[];
  const events = new Array<ConflictEvent>(texts.length);
  for (let index = 0; index < texts.length; index += 1) {
    const event = texts[index] as string | ConflictEvent;
    events[index] = typeof event === 'string' ? eventFromText(event) : event;
  }
  return {
    id: stored.id,
    article: stored.article,
    extraction: {
      article_id: extraction.article_id,
      events,
      summaries: extraction.summaries,
      diagnostics: extraction.diagnostics,
    },
    fingerprint: stored.fingerprint,
    bundled: stored.bundled,
    addedAt: stored.addedAt,
  };
}

/** Whether a stored record still keeps its events as objects (written before schema version 3). */
export function hasObjectEvents(stored: { extraction?: { events?: unknown } }): boolean {
  const events = stored.extraction?.events;
  return Array.isArray(events) && events.some((event) => typeof event !== 'string');
}
