import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { article, extraction, freshName, openTestLibrary } from '../library/library-fixtures';

const ONE = 'An air strike hit a depot near Sirte on Monday, killing four guards.';
const TWO = 'Clashes broke out in Zawiya on Friday; three fighters were killed.';
const THREE = 'Shells fell on homes in Ain Zara on Sunday, wounding six civilians.';

describe('a tab that writes again without reading the whole catalog', () => {
  it('still finds texts it stored, ids it stored, and what another tab stored meanwhile', async () => {
    const name = freshName();
    const tab = await openTestLibrary(name);
    const entry = (id: string, text: string) => ({
      article: article(id, text),
      extraction: extraction(id, []),
    });
    expect((await tab.service.commit([entry('a', ONE)])).added).toEqual(['a']);
    // The same text under another id, then another text under a stored id: this tab's own earlier write.
    expect((await tab.service.commit([entry('b', ONE)])).duplicates).toEqual([{ id: 'b', existingId: 'a' }]);
    expect((await tab.service.commit([entry('a', TWO)])).renamed).toEqual([{ id: 'a', storedAs: 'a~2' }]);
    // Another tab stores a text and deletes one: this tab sees both on its next write.
    const other = await openTestLibrary(name);
    await other.service.commit([entry('c', THREE)]);
    await other.service.remove(['a~2']);
    const next = await tab.service.commit([entry('d', THREE), entry('e', TWO)]);
    expect(next.duplicates).toEqual([{ id: 'd', existingId: 'c' }]);
    expect(next.added).toEqual(['e']);
    // A reload reads what is stored: the catalog this tab kept matches it.
    tab.database.close();
    other.database.close();
    const reader = await openTestLibrary(name);
    expect([...reader.store.getState().articleOrder].sort()).toEqual(['a', 'c', 'e']);
    reader.database.close();
  });
});
