import { eventId, hashString128 } from '../pipeline/extract/event-id';
import type { ConflictEvent } from '../pipeline/types';
import type { ArticleRecord } from '../persistence/schema';

/** The kinds an event id of this event may have been made from (see build-event.ts). */
function kindsOf(event: ConflictEvent): string[] {
  return [
    event.sub_event_type,
    `${event.sub_event_type}\u0000${event.place_id ?? ''}\u0000${event.date ?? ''}`,
  ];
}

/**
 * The record under another article id: the article, its extraction and every evidence span name the new id, and
 * each event gets the id extraction gives it under that id (so corrections of the stored article with the old id
 * never apply to it). An event id made otherwise is derived from the new article id and the old event id.
 */
export function withArticleId(record: ArticleRecord, id: string): ArticleRecord {
  const from = record.id;
  const events = record.extraction.events.map((event): ConflictEvent => {
    const first = event.sources[0];
    let next: string | null = null;
    if (first && first.article_id === from) {
      for (const kind of kindsOf(event)) {
        if (eventId(from, first.start, first.end, kind) === event.id) {
          next = eventId(id, first.start, first.end, kind);
          break;
        }
      }
    }
    return {
      ...event,
      id: next ?? hashString128(`${id}\u0000${event.id}`),
      sources: event.sources.map((span) => (span.article_id === from ? { ...span, article_id: id } : span)),
      highlights: event.highlights.map((mark) =>
        mark.article_id === from ? { ...mark, article_id: id } : mark,
      ),
    };
  });
  return {
    ...record,
    id,
    article: { ...record.article, id },
    extraction: { ...record.extraction, article_id: id, events },
  };
}
