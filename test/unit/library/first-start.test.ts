import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { startLibrary } from '../../../src/library/first-start';
import type { BundledEntry } from '../../../src/library/bundled-articles';
import type { LibraryService } from '../../../src/library/library-service';
import type { Article, ArticleExtraction } from '../../../src/pipeline/types';
import { createMarsadStore } from '../../../src/store/store';
import { article, event, extraction, freshName } from './library-fixtures';

const SAMPLES: BundledEntry[] = [
  {
    article: article('seed-A', 'A US airstrike near Murzuq killed eleven fighters on Tuesday.', '2019-09-25'),
    extraction: extraction('seed-A', [event('e-murzuq', 'seed-A')]),
  },
  {
    article: article('seed-B', 'Shelling hit Qasr bin Ghashir on Saturday.', '2020-03-28'),
    extraction: extraction('seed-B', [
      event('e-qasr', 'seed-B', { location: 'Qasr bin Ghashir', latitude: 32.68, longitude: 13.18 }),
    ]),
  },
];

const started: LibraryService[] = [];
afterEach(() => {
  for (const service of started.splice(0)) service.dispose();
});

/** Starts the library as main.tsx does, counting every call to the extractor. */
async function start(databaseName: string, bundled: readonly BundledEntry[] = SAMPLES) {
  const store = createMarsadStore();
  const extracted: Article[][] = [];
  const extractArticles = async (articles: Article[]): Promise<ArticleExtraction[]> => {
    extracted.push(articles);
    return [];
  };
  const service = await startLibrary({
    store,
    bundled,
    mergeEvents: (events) => events,
    extractArticles,
    databaseName,
  });
  started.push(service);
  return { store, service, extracted };
}

describe('the first start with samples extracted at build time', () => {
  it('shows the samples and their events without running the extractor', async () => {
    const { store, extracted } = await start(freshName());
    const state = store.getState();
    expect(state.libraryReady).toBe(true);
    expect(state.articleOrder).toEqual(['seed-A', 'seed-B']);
    expect(state.events.map((item) => item.id).sort()).toEqual(['e-murzuq', 'e-qasr']);
    expect(extracted).toEqual([]);
  });

  it('does not add the samples again on the next start', async () => {
    const name = freshName();
    const first = await start(name);
    first.service.dispose();
    const second = await start(name, [
      ...SAMPLES,
      {
        article: article('seed-C', 'Clashes broke out south of Murzuq.', '2019-10-02'),
        extraction: extraction('seed-C', []),
      },
    ]);
    expect(second.store.getState().articleOrder).toEqual(['seed-A', 'seed-B']);
    expect(second.extracted).toEqual([]);
  });

  it('keeps a deleted sample deleted after a restart', async () => {
    const name = freshName();
    const first = await start(name);
    await first.service.remove(['seed-A']);
    first.service.dispose();
    const second = await start(name);
    expect(second.store.getState().articleOrder).toEqual(['seed-B']);
  });

  it('still uses the extractor for a re-run, loaded only then', async () => {
    const { service, extracted } = await start(freshName());
    await service.rerun(['seed-B']);
    expect(extracted.map((batch) => batch.map((item) => item.id))).toEqual([['seed-B']]);
  });

  it('starts empty and ready when no samples ship', async () => {
    const { store } = await start(freshName(), []);
    expect(store.getState().articleOrder).toEqual([]);
    expect(store.getState().libraryReady).toBe(true);
  });
});
