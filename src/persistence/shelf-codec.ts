import type { ConflictEvent } from '../pipeline/types';
import { encodeEvents, readEvents } from './event-columns';
import type { ArticleRecord, CatalogRecord, ShelfEntry, ShelfRecord, ShelfTexts } from './schema';

/** Most articles one shelf holds; a write of more articles fills several shelves. */
export const SHELF_ARTICLES = 200;
/** A shelf is closed once its texts reach this many characters (a few long articles fill one). */
const SHELF_TEXT_CHARACTERS = 1_000_000;

/** A shelf with its texts and catalog entries, ready to be put in the `shelves`, `texts` and `catalog` stores. */
export interface EncodedShelf {
  shelf: ShelfRecord;
  texts: ShelfTexts;
  /** One entry per article of the shelf. */
  catalog: CatalogRecord[];
}

/** A stored article that could not be read (whole or in part), for the notice that reports it. */
export interface UnreadableArticle {
  id: string;
  shelf: string;
  reason: string;
}

/** What reading a shelf gave: its articles (those the catalog lists), and those that could not be read. */
export interface ShelfReading {
  records: ArticleRecord[];
  unreadable: UnreadableArticle[];
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
  const catalog = new Array<CatalogRecord>(records.length);
  const entries = new Array<string>(records.length);
  const texts = new Array<string>(records.length);
  const events: ConflictEvent[] = [];
  for (let index = 0; index < records.length; index += 1) {
    const record = records[index] as ArticleRecord;
    ids[index] = record.id;
    catalog[index] = { id: record.id, shelf: id, fingerprint: record.fingerprint };
    entries[index] = entryText(record);
    texts[index] = record.article.text;
    for (const event of record.extraction.events) events.push(event);
  }
  return {
    shelf: { id, ids, entries: `[${entries.join(',')}]`, events: encodeEvents(events) },
    texts: { id, texts },
    catalog,
  };
}

/**
 * The records a shelf holds, with their texts (an article whose text is missing gets an empty one). Throws when any
 * article of the shelf cannot be read whole (for the schema upgrades, which must not write a partial shelf back).
 */
export function decodeShelf(shelf: ShelfRecord, texts: ShelfTexts | undefined): ArticleRecord[] {
  const reading = readShelf(shelf, texts);
  const [first] = reading.unreadable;
  if (first) throw new Error(`shelf ${shelf.id}: ${first.id}: ${first.reason}`);
  return reading.records;
}

function isEntry(value: unknown): value is ShelfEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<Record<keyof ShelfEntry, unknown>>;
  return (
    typeof entry.article === 'object' &&
    entry.article !== null &&
    typeof entry.fingerprint === 'string' &&
    Number.isInteger(entry.eventCount) &&
    (entry.eventCount as number) >= 0 &&
    Array.isArray(entry.summaries) &&
    Array.isArray(entry.diagnostics)
  );
}

/**
 * The articles of a shelf, each read on its own: an article whose entry or events cannot be read is reported in
 * `unreadable` and the others are returned (an event that cannot be read leaves its article with the others, also
 * reported). With `live`, only the articles it names (those the catalog places on this shelf) are read.
 */
export function readShelf(
  shelf: ShelfRecord,
  texts: ShelfTexts | undefined,
  live?: ReadonlySet<string>,
): ShelfReading {
  const records: ArticleRecord[] = [];
  const unreadable: UnreadableArticle[] = [];
  const ids: readonly unknown[] = Array.isArray(shelf.ids) ? shelf.ids : [];
  const wanted = (id: unknown): id is string =>
    typeof id === 'string' && (live === undefined || live.has(id));
  let entries: unknown;
  try {
    entries = JSON.parse(shelf.entries);
  } catch {
    entries = null;
  }
  if (!Array.isArray(entries) || entries.length !== ids.length) {
    for (const id of ids) {
      if (wanted(id)) unreadable.push({ id, shelf: shelf.id, reason: 'its shelf does not list it' });
    }
    return { records, unreadable };
  }
  let events: (ConflictEvent | null)[];
  try {
    events = readEvents(shelf.events);
  } catch {
    events = [];
  }
  let eventStart = 0;
  let aligned = true;
  for (let index = 0; index < entries.length; index += 1) {
    const id = ids[index];
    const entry: unknown = entries[index];
    if (!isEntry(entry)) {
      // The events after an unreadable entry cannot be told apart by article any more.
      aligned = false;
      if (wanted(id)) unreadable.push({ id, shelf: shelf.id, reason: 'its saved entry is malformed' });
      continue;
    }
    const eventEnd = eventStart + entry.eventCount;
    const own = aligned ? events.slice(eventStart, eventEnd) : [];
    eventStart = eventEnd;
    if (!wanted(id)) continue;
    const readable = own.filter((event): event is ConflictEvent => event !== null);
    const lost = entry.eventCount - readable.length;
    if (lost > 0) {
      unreadable.push({
        id,
        shelf: shelf.id,
        reason: `${lost} of its ${entry.eventCount} events cannot be read`,
      });
    }
    const text = texts?.texts[index];
    records.push({
      id,
      article: { ...entry.article, id, text: typeof text === 'string' ? text : '' },
      extraction: {
        article_id: id,
        events: readable,
        summaries: entry.summaries,
        diagnostics: entry.diagnostics,
      },
      fingerprint: entry.fingerprint,
      bundled: entry.bundled === true,
      addedAt: typeof entry.addedAt === 'number' ? entry.addedAt : 0,
    });
  }
  return { records, unreadable };
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
 * The articles of every shelf that the catalog lists (`liveOn`: each shelf's ids), each with its text, calling
 * `pause` after each shelf; an article that cannot be read is reported in `unreadable` and the rest load, as do
 * catalogued articles whose shelf is missing.
 */
export async function decodeShelves(
  shelves: readonly ShelfRecord[],
  texts: readonly ShelfTexts[],
  pause: () => Promise<void>,
  liveOn?: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<ShelfReading> {
  const textsOf = new Map<string, ShelfTexts>();
  for (const item of texts) textsOf.set(item.id, item);
  const records: ArticleRecord[] = [];
  const unreadable: UnreadableArticle[] = [];
  const seen = new Set<string>();
  for (const shelf of shelves) {
    seen.add(shelf.id);
    const live = liveOn === undefined ? undefined : liveOn.get(shelf.id);
    if (liveOn !== undefined && live === undefined) continue;
    const reading = readShelf(shelf, textsOf.get(shelf.id), live);
    for (const record of reading.records) records.push(record);
    for (const item of reading.unreadable) unreadable.push(item);
    await pause();
  }
  for (const [shelf, ids] of liveOn ?? []) {
    if (seen.has(shelf)) continue;
    for (const id of ids) unreadable.push({ id, shelf, reason: 'its shelf is missing' });
  }
  return { records, unreadable };
}

/** Each shelf's catalogued articles (those whose catalog entry names that shelf). */
export function liveArticles(catalog: readonly CatalogRecord[]): Map<string, Set<string>> {
  const live = new Map<string, Set<string>>();
  for (const entry of catalog) {
    if (typeof entry.shelf !== 'string') continue;
    const ids = live.get(entry.shelf) ?? new Set<string>();
    ids.add(entry.id);
    live.set(entry.shelf, ids);
  }
  return live;
}
