import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildBundledLibrary, bundledLibrarySource } from '../../../scripts/vite/bundled-library';
import { BUNDLED_LIBRARY_ENTRIES } from '../../../src/library/bundled-articles';
import { extractArticle } from '../../../src/pipeline/extract/index';
import { matchesGold, readGold } from '../extract/gold-matching';
import { repositoryRoot, testResources } from '../extract/resources';

const library = await buildBundledLibrary(repositoryRoot);
const gold = readGold();

/** The bundled seed article a gold article id ('A') stands for ('seed-A'). */
function entryFor(goldArticle: string) {
  return library.entries.find((entry) => entry.article.id === `seed-${goldArticle}`);
}

describe('the bundled library, extracted when the app is built', () => {
  it('holds every sample article in data/articles, oldest first, each with its extraction', () => {
    const files = readdirSync(join(repositoryRoot, 'data', 'articles')).filter((name) =>
      name.endsWith('.json'),
    );
    expect(library.entries).toHaveLength(files.length);
    const published = library.entries.map((entry) => entry.article.published ?? '');
    expect(published).toEqual([...published].sort());
    for (const entry of library.entries) expect(entry.extraction.article_id).toBe(entry.article.id);
    expect(library.errors).toEqual([]);
  });

  for (const expected of gold.events.filter((event) => event.required)) {
    it(`ships gold event ${expected.id} (${expected.sub_event_type}, ${expected.date_window[0]}) already extracted`, () => {
      const entry = entryFor(expected.article);
      expect(entry).toBeDefined();
      const found = entry!.extraction.events.filter((event) => matchesGold(event, expected));
      expect(found.length).toBeGreaterThan(0);
      expect(found.map((event) => event.fatalities)).toContain(expected.fatalities);
    });
  }

  it('plots no event at the undisclosed place of the strike on Wagner', () => {
    const wagner = gold.events.find((event) => event.id === 'B3');
    const entry = entryFor('B');
    const start = entry!.article.text.indexOf('الضربة العسكرية، استهدفت أيضا');
    expect(wagner).toBeDefined();
    expect(start).toBeGreaterThan(0);
    const alone = entry!.extraction.events.filter(
      (event) =>
        event.sources.length === 1 && event.sources[0]!.start <= start && start < event.sources[0]!.end,
    );
    for (const event of alone) expect(event.latitude).toBeNull();
  });

  it('is exactly what the current pipeline extracts from each sample', () => {
    for (const entry of library.entries) {
      expect(entry.extraction).toEqual(extractArticle(entry.article, testResources()));
    }
  });

  it('reaches the app through the virtual module unchanged', () => {
    expect(BUNDLED_LIBRARY_ENTRIES).toEqual(library.entries);
  });

  it('writes a module whose JSON reads back to the same entries', () => {
    const source = bundledLibrarySource(library.entries);
    const literal = /JSON\.parse\((".*")\);/s.exec(source)?.[1];
    expect(literal).toBeDefined();
    expect(JSON.parse(JSON.parse(literal!) as string)).toEqual(library.entries);
  });
});
