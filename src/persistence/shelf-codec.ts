import type { ConflictEvent } from '../pipeline/types';
import { decodeEvents, encodeEvents } from './event-columns';
import type { ArticleRecord, CatalogRecord, ShelfEntry, ShelfRecord, ShelfTexts } from './schema';

/** Most articles one shelf holds; a write of more articles fills several shelves. */
export const SHELF_ARTICLES = 200;
/** A shelf is closed once its texts reach this many characters (a few long articles fill one). */
const SHELF_TEXT_CHARACTERS = 1_000_000;

/** A shelf with its texts and catalog entry, ready to be put in the `shelves`, `texts` and `catalog` stores. */
export interface EncodedShelf {
  shelf: ShelfRecord;
  texts: ShelfTexts;
  catalog: CatalogRecord;
}

let shelfCounter = 0;

/** A new shelf id, unique across tabs and sessions (time, a random part and a counter). */
export function newShelfId(): string {
  shelfCounter += 1;
  const random = Math.floor(Math.random() * 0x7fffffff).toString(36);
  return `${Date.now().toString(36)}-${random}-${shelfCounter.toString(36)}`;
}

/** The records split into shelves of at most `SHELF_ARTICLES` articles (and about a million characters). */
export function encodeShelves(records: readonly ArticleRecord[]): EncodedShelf[] {
  return shelfGroups(records).map((group) => encodeShelf(group, newShelfId()));
}

/** The records grouped as `encodeShelves` puts them on shelves, in order. */
export function shelfGroups(records: readonly ArticleRecord[]): ArticleRecord[][] {
  const groups: ArticleRecord[][] = [];
  let start = 0;
  while (start < records.length) {
    let end = start;
    let characters = 0;
    while (end < records.length && end - start < SHELF_ARTICLES && characters < SHELF_TEXT_CHARACTERS) {
      characters += (records[end] as ArticleRecord).article.text.length;
      end += 1;
    }
    groups.push(records.slice(start, end));
    start = end;
  }
  return groups;
}

/** One shelf holding these records, in this order. */
export function encodeShelf(records: readonly ArticleRecord[], id: string): EncodedShelf {
  const ids = new Array<string>(records.length);
  const catalog = new Array<[string, string]>(records.length);
  const entries = new Array<string>(records.length);
  const texts = new Array<string>(records.length);
  const events: ConflictEvent[] = [];
  for (let index = 0; index < records.length; index += 1) {
    const record = records[index] as ArticleRecord;
    ids[index] = record.id;
    catalog[index] = [record.id, record.fingerprint];
    entries[index] = entryText(record);
    texts[index] = record.article.text;
    for (const event of record.extraction.events) events.push(event);
  }
  return {
    shelf: { id, ids, entries: `[${entries.join(',')}]`, events: encodeEvents(events) },
    texts: { id, texts },
    catalog: { id, articles: JSON.stringify(catalog) },
  };
}

/**
 * The records a shelf holds, with their texts (an article whose text is missing gets an empty one). Throws when the
 * shelf's entries are not the JSON this module writes.
 */
export function decodeShelf(shelf: ShelfRecord, texts: ShelfTexts | undefined): ArticleRecord[] {
  const entries = JSON.parse(shelf.entries) as ShelfEntry[];
  if (!Array.isArray(entries) || entries.length !== shelf.ids.length) {
    throw new Error(`shelf ${shelf.id} does not list one entry per article`);
  }
  const events = decodeEvents(shelf.events);
  const records = new Array<ArticleRecord>(entries.length);
  let eventStart = 0;
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index] as ShelfEntry;
    const eventEnd = eventStart + entry.eventCount;
    if (!(eventEnd <= events.length)) throw new Error(`shelf ${shelf.id} has fewer events than it lists`);
    const id = shelf.ids[index] as string;
    records[index] = {
      id,
      article: { ...entry.article, text: texts?.texts[index] ?? '' },
      extraction: {
        article_id: id,
        events: events.slice(eventStart, eventEnd),
        summaries: entry.summaries,
        diagnostics: entry.diagnostics,
      },
      fingerprint: entry.fingerprint,
      bundled: entry.bundled,
      addedAt: entry.addedAt,
    };
    eventStart = eventEnd;
  }
  return records;
}

/** The JSON text of a record's shelf entry (its events go to the shelf's columns). */
function entryText(record: ArticleRecord): string {
  const { text: _text, ...article } = record.article;
  const entry: ShelfEntry = {
    article,
    fingerprint: record.fingerprint,
    eventCount: record.extraction.events.length,
    summaries: record.extraction.summaries,
    diagnostics: record.extraction.diagnostics,
    bundled: record.bundled,
    addedAt: record.addedAt,
  };
  return JSON.stringify(entry);
}

/**
 * The records of every shelf, each with its texts, calling `pause` after each shelf; a shelf that cannot be read is
 * left out (the rest load).
 */
export async function decodeShelves(
  shelves: readonly ShelfRecord[],
  texts: readonly ShelfTexts[],
  pause: () => Promise<void>,
): Promise<ArticleRecord[]> {
  const textsOf = new Map<string, ShelfTexts>();
  for (const item of texts) textsOf.set(item.id, item);
  const records: ArticleRecord[] = [];
  for (const shelf of shelves) {
    try {
      for (const record of decodeShelf(shelf, textsOf.get(shelf.id))) records.push(record);
    } catch {
      // A damaged shelf.
    }
    await pause();
  }
  return records;
}

/** The `[article id, fingerprint]` pairs a catalog record lists; none when it cannot be read. */
export function catalogEntries(record: CatalogRecord): [string, string][] {
  try {
    const entries = JSON.parse(record.articles) as unknown;
    return Array.isArray(entries) ? (entries as [string, string][]) : [];
  } catch {
    return [];
  }
}
