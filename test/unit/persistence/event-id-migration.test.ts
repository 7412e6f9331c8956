import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { openMarsadDatabase } from '../../../src/persistence/database';
import { encodeShelf } from '../../../src/persistence/shelf-codec';
import type { ArticleRecord } from '../../../src/persistence/schema';
import { extractArticle } from '../../../src/pipeline/extract/index';
import {
  eventId,
  hashString128,
  isLegacyEventId,
  legacyEventId,
} from '../../../src/pipeline/extract/event-id';
import type { ConflictEvent } from '../../../src/pipeline/types';
import type { EventCorrection } from '../../../src/corrections/correction-types';
import { splitCorrection } from '../../../src/corrections/incident-corrections';
import { textFingerprint } from '../../../src/library/text-fingerprint';
import { testResources } from '../extract/resources';
import { article, freshName, openTestLibrary } from '../library/library-fixtures';

const TEXTS = {
  tarhuna:
    'Heavy clashes broke out in Tarhuna on Sunday between rival armed groups, killing three fighters. ' +
    'Separately, an air strike hit a farm near Sirte on Monday, killing two people.',
  zawiya: 'Clashes erupted in Zawiya on Tuesday between two militias, leaving four dead, residents said.',
};

/** The article's events as the extractor makes them now (128-bit ids). */
function extracted(id: keyof typeof TEXTS): ArticleRecord {
  const item = article(id, TEXTS[id], '2019-09-25');
  const extraction = extractArticle(item, testResources());
  return {
    id,
    article: item,
    extraction,
    fingerprint: textFingerprint(item.text),
    bundled: false,
    addedAt: 1,
  };
}

/** The same events with the ids the 53-bit version gave them (from the same parts). */
function withOldIds(record: ArticleRecord): ArticleRecord {
  const events = record.extraction.events.map((event): ConflictEvent => {
    const first = event.sources[0];
    if (!first) throw new Error('an event without evidence');
    const kind =
      eventId(first.article_id, first.start, first.end, event.sub_event_type) === event.id
        ? event.sub_event_type
        : `${event.sub_event_type}\u0000${event.place_id ?? ''}\u0000${event.date ?? ''}`;
    return { ...event, id: legacyEventId(first.article_id, first.start, first.end, kind) };
  });
  return { ...record, extraction: { ...record.extraction, events } };
}

describe('event ids', () => {
  it('are 128 bits (32 hex digits) and differ for 300,000 different events', () => {
    const seen = new Set<string>();
    for (let index = 0; index < 300_000; index += 1)
      seen.add(hashString128(`article-${index}\u00000\u000040`));
    expect(seen.size).toBe(300_000);
    const record = extracted('zawiya');
    expect(record.extraction.events.length).toBeGreaterThan(0);
    for (const event of record.extraction.events) expect(event.id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('a library saved with 53-bit ids opens with the ids extraction gives now, every correction kept on its event', async () => {
    const fresh = [extracted('tarhuna'), extracted('zawiya')];
    const old = fresh.map(withOldIds);
    const oldIds = old.flatMap((record) => record.extraction.events.map((event) => event.id));
    const newIds = fresh.flatMap((record) => record.extraction.events.map((event) => event.id));
    expect(oldIds.length).toBeGreaterThanOrEqual(3);
    expect(oldIds.every(isLegacyEventId)).toBe(true);
    const [tarhunaClash, sirteStrike, zawiyaClash] = oldIds as [string, string, string];

    const name = freshName();
    (await openMarsadDatabase({ name, version: 4 })).close();
    const raw = await openDB(name);
    const shelf = encodeShelf(old, 'shelf-1');
    await raw.put('shelves', shelf.shelf);
    await raw.put('texts', shelf.texts);
    // Version 4 kept one catalog record per shelf.
    const pairs = old.map((record) => [record.id, record.fingerprint]);
    await raw.put('catalog', { id: 'shelf-1', articles: JSON.stringify(pairs) });
    const corrections: EventCorrection[] = [
      { kind: 'edit', event_id: tarhunaClash, fields: { fatalities: 4 }, updatedAt: 3 },
      { kind: 'not-event', event_id: sirteStrike, updatedAt: 4 },
      { ...splitCorrection([tarhunaClash, zawiyaClash]), updatedAt: 5 },
    ];
    for (const correction of corrections) await raw.put('corrections', correction);
    await raw.put('meta', { key: 'library-generation', value: 2 });
    raw.close();

    const library = await openTestLibrary(name);
    const stored = library.service.records();
    expect(stored.flatMap((record) => record.extraction.events.map((event) => event.id))).toEqual(newIds);
    // Each old id maps to the new id of the same event.
    const renamed = new Map(oldIds.map((id, index) => [id, newIds[index] as string]));
    const state = library.store.getState();
    const edit = state.corrections[renamed.get(tarhunaClash) as string];
    expect(edit).toMatchObject({ kind: 'edit', fields: { fatalities: 4 }, updatedAt: 3 });
    expect(state.corrections[renamed.get(sirteStrike) as string]).toMatchObject({ kind: 'not-event' });
    const split = Object.values(state.corrections).find((correction) => correction.kind === 'split');
    expect(split && 'members' in split ? [...split.members].sort() : []).toEqual(
      [renamed.get(tarhunaClash), renamed.get(zawiyaClash)].sort(),
    );
    expect(Object.keys(state.corrections).some(isLegacyEventId)).toBe(false);
    // What the user sees: the corrected toll on the Tarhuna clash, the Sirte strike hidden.
    const shown = state.events;
    expect(shown.find((event) => event.id === renamed.get(tarhunaClash))?.fatalities).toBe(4);
    expect(shown.some((event) => event.id === renamed.get(sirteStrike))).toBe(false);
    library.database.close();
  });
});
