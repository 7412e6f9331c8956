import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importWorkspace } from '../../../src/export/import-workspace';
import { buildWorkspace } from '../../../src/export/workspace-file';
import { eventsToCsv } from '../../../src/pipeline/export/csv';
import { article, event, extraction, freshName, openTestLibrary } from './library-fixtures';

describe('importing a workspace file', () => {
  it('sets aside hostile and malformed records with their field named, imports the rest and keeps the library', async () => {
    const name = freshName();
    const library = await openTestLibrary(name);
    await library.service.commit([
      { article: article('kept-1', 'Shelling hit Sirte on Monday.'), extraction: extraction('kept-1', []) },
      { article: article('kept-2', 'Clashes in Zawiya on Friday.'), extraction: extraction('kept-2', []) },
    ]);
    const good = { ...article('new-1', 'A drone strike hit Tobruk on Friday.') };
    const records = [
      { id: 'new-1', text: good.text, events: [event('g1', 'new-1')] },
      { id: 'far-away', text: 'Strike at sea.', events: [event('bad-lat', 'far-away', { latitude: 400 })] },
      { id: 'placeless', text: 'Strike somewhere.', events: [event('p1', 'placeless')] },
    ].map((item) => ({
      id: item.id,
      article: article(item.id, item.text),
      extraction: extraction(item.id, item.events),
      fingerprint: item.id,
      bundled: false,
      addedAt: 1,
    }));
    const workspace = buildWorkspace(records, [
      { kind: 'not-event', event_id: 'g1', updatedAt: 2 },
      {
        kind: 'added',
        event_id: 'user-x',
        event: { ...event('user-x', 'new-1'), sources: [null] } as never,
        updatedAt: 2,
      },
      { kind: 'edit', event_id: 'g1', fields: { actor1: { name: 'x' } } as never, updatedAt: 3 },
      { kind: 'edit', event_id: 'p1', fields: { latitude: 999 }, updatedAt: 3 },
    ]);
    // An event without its location key, as the hostile file had.
    const file = JSON.parse(JSON.stringify(workspace)) as {
      articles: { extraction: { events: object[] } }[];
    };
    delete (file.articles[2]?.extraction.events[0] as { location?: unknown }).location;

    const outcome = await importWorkspace(library.service, JSON.stringify(file));
    expect(outcome.ok).toBe(true);
    const setAside = outcome.ok ? outcome.summary.setAside : [];
    expect(setAside).toEqual([
      {
        record: 'article 2 (id far-away)',
        problem: expect.stringMatching(/^extraction\.events\.0\.latitude: /) as string,
      },
      {
        record: 'correction 2 (event user-x)',
        problem: expect.stringMatching(/^event\.sources\.0: /) as string,
      },
      { record: 'correction 3 (event g1)', problem: expect.stringMatching(/^fields\.actor1: /) as string },
      { record: 'correction 4 (event p1)', problem: expect.stringMatching(/^fields\.latitude: /) as string },
    ]);
    const state = library.store.getState();
    expect(state.articleOrder).toEqual(['kept-1', 'kept-2', 'new-1', 'placeless']);
    expect(library.service.extractionOf('placeless')?.events[0]?.location).toBeNull();
    expect(state.events.map((item) => item.id)).toEqual(['p1']);
    expect(state.notices.map((notice) => notice.text).join('\n')).toMatch(
      /4 records of this file were set aside/,
    );
    const csv = eventsToCsv(state.events);
    expect(csv.split('\r\n').filter((line) => line !== '')).toHaveLength(2);
    library.database.close();

    const reopened = await openTestLibrary(name);
    expect([...reopened.store.getState().articleOrder].sort()).toEqual([
      'kept-1',
      'kept-2',
      'new-1',
      'placeless',
    ]);
    reopened.database.close();
  });
});
