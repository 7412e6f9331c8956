import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openMarsadDatabase } from '../../../src/persistence/database';
import {
  deleteArticleRecords,
  loadArticleRecords,
  readArticleRecords,
  saveArticleRecords,
} from '../../../src/persistence/article-records';
import { SHELF_ARTICLES } from '../../../src/persistence/shelf-codec';
import type { ArticleRecord } from '../../../src/persistence/schema';
import { textFingerprint } from '../../../src/library/text-fingerprint';
import { article, event, extraction, freshName, openTestLibrary } from '../library/library-fixtures';

function record(index: number): ArticleRecord {
  const id = `article-${String(index).padStart(4, '0')}`;
  const text = `Report ${index}: shelling hit Sirte on day ${index}.`;
  return {
    id,
    article: article(id, text),
    extraction: extraction(id, [event(`${id}-e`, id, { fatalities: index })]),
    fingerprint: textFingerprint(text),
    bundled: false,
    addedAt: index,
  };
}

describe('articles kept a few hundred to a record', () => {
  it('keeps a batch larger than one shelf whole, in upload order, after a reload', async () => {
    const name = freshName();
    const count = SHELF_ARTICLES * 2 + 17;
    const records = Array.from({ length: count }, (_, index) => record(index));
    const first = await openTestLibrary(name);
    const result = await first.service.commitRecords(records);
    expect(result.added).toHaveLength(count);
    first.database.close();

    const reopened = await openTestLibrary(name);
    const state = reopened.store.getState();
    expect(state.articleOrder).toEqual(records.map((item) => item.id));
    expect(state.articles['article-0300']?.text).toBe(records[300]?.article.text);
    expect(reopened.service.extractionOf('article-0410')?.events[0]?.fatalities).toBe(410);
    reopened.database.close();
  });

  it('keeps the other articles of a shelf when one of them is deleted', async () => {
    const database = await openMarsadDatabase({ name: freshName() });
    await saveArticleRecords(database, [record(1), record(2), record(3)]);
    await deleteArticleRecords(database, ['article-0002']);
    const left = (await loadArticleRecords(database)).records;
    expect(left.map((item) => item.id)).toEqual(['article-0001', 'article-0003']);
    expect(left[1]).toEqual(record(3));
    database.close();
  });

  it('keeps an article once when it is stored again with new events', async () => {
    const database = await openMarsadDatabase({ name: freshName() });
    await saveArticleRecords(database, [record(1), record(2)]);
    const again = { ...record(2), extraction: extraction('article-0002', []) };
    await saveArticleRecords(database, [again]);
    const stored = (await loadArticleRecords(database)).records;
    expect(stored.map((item) => item.id).sort()).toEqual(['article-0001', 'article-0002']);
    expect(stored.find((item) => item.id === 'article-0002')?.extraction.events).toEqual([]);
    database.close();
  });

  it('reads the articles another tab saved by their ids, with their texts', async () => {
    const database = await openMarsadDatabase({ name: freshName() });
    await saveArticleRecords(database, [record(1), record(2), record(3)]);
    const read = await readArticleRecords(database, ['article-0003', 'missing', 'article-0001']);
    expect(read.map((item) => item.id).sort()).toEqual(['article-0001', 'article-0003']);
    expect(read.find((item) => item.id === 'article-0003')).toEqual(record(3));
    database.close();
  });

  it('still opens the rest of the library when one shelf is damaged', async () => {
    const database = await openMarsadDatabase({ name: freshName() });
    await saveArticleRecords(database, [record(1)]);
    await saveArticleRecords(database, [record(2)]);
    const [damaged] = await database.getAll('shelves');
    if (!damaged) throw new Error('no shelf was written');
    await database.put('shelves', { ...damaged, entries: '{not json' });
    const left = (await loadArticleRecords(database)).records;
    expect(left).toHaveLength(1);
    database.close();
  });

  it('finds a text stored earlier even in a library much larger than the batch', async () => {
    const name = freshName();
    const library = await openTestLibrary(name);
    await library.service.commitRecords(Array.from({ length: 30 }, (_, index) => record(index)));
    const copy = { article: article('copy', record(7).article.text), extraction: extraction('copy', []) };
    const result = await library.service.commit([copy]);
    expect(result.duplicates).toEqual([{ id: 'copy', existingId: 'article-0007' }]);
    library.database.close();
  });
});
