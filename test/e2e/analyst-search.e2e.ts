import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openMarsad, storeEvents, waitForLibrary } from './driver';

afterAll(closeBrowser);

/** Types a search and returns the ids of the events the store then shows (the list is virtualised). */
async function searchFor(page: Page, query: string): Promise<string[]> {
  const box = page.getByRole('searchbox', { name: /^search notes, places, actors and types$/i });
  await box.fill(query);
  // The gazetteer's spellings arrive in a lazy chunk on the first search; the list follows within a frame.
  await page.waitForFunction(
    () => window.__marsadBench?.store.getState().searchVocabulary !== null,
    undefined,
    { timeout: 10_000 },
  );
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll('.event-list li[data-event-id]')];
    return rows.map((row) => row.getAttribute('data-event-id') ?? '').sort();
  });
}

describe('searching the events in any spelling', () => {
  it('finds the same Murzuq events for "murzuk", "Murzuq" and "مرزق", from Arabic and English reports', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForLibrary(page);
    const events = await storeEvents(page);
    const murzuq = events.filter((event) => event.location === 'Murzuq').map((event) => event.id);
    expect(murzuq.length).toBeGreaterThanOrEqual(2);

    const latin = await searchFor(page, 'murzuk');
    const english = await searchFor(page, 'Murzuq');
    const arabic = await searchFor(page, 'مرزق');
    expect(english).toEqual(latin);
    expect(arabic).toEqual(latin);
    for (const id of murzuq) expect(latin).toContain(id);
    // Nothing else: a search for a place does not show every event.
    expect(latin.length).toBeLessThan(events.length);
    expect(await page.locator('.shown-count').innerText()).toMatch(
      new RegExp(`^${latin.length} of ${events.length} events shown$`),
    );

    // A type found by a word of its name, and an empty search shows everything again.
    const drones = await searchFor(page, 'drone');
    expect(drones.length).toBeGreaterThan(0);
    await searchFor(page, '');
    await expect
      .poll(() => page.locator('.shown-count').innerText())
      .toBe(`${events.length} of ${events.length} events shown`);
    await session.close();
  });
});
