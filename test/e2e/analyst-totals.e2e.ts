import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, dragTimelineTo, openMarsad, waitForLibrary, waitForMap } from './driver';

afterAll(closeBrowser);

/** What the totals should say for the events listed now (the samples are few: every row is rendered). */
async function expectedTotals(page: Page): Promise<{ events: number; killed: string }> {
  return page.evaluate(() => {
    const ids = new Set(
      [...document.querySelectorAll('.event-list li[data-event-id]')].map((row) =>
        row.getAttribute('data-event-id'),
      ),
    );
    const events = (window.__marsadBench?.store.getState().events ?? []).filter((event) => ids.has(event.id));
    let low = 0;
    let high = 0;
    for (const event of events) {
      if (event.fatalities === null) continue;
      low += event.fatalities;
      high += Math.max(event.fatalities, event.fatalities_high ?? event.fatalities);
    }
    return { events: events.length, killed: high > low ? `Killed: ${low}–${high}` : `Killed: ${low}` };
  });
}

describe('totals of what is shown', () => {
  it('adds up the events and the killed shown, and follows the timeline as it is scrubbed', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForLibrary(page);
    await waitForMap(page);
    await page.locator('.totals summary').click();
    const body = page.locator('.totals-body');
    await body.waitFor();
    const all = await expectedTotals(page);
    expect(all.events).toBeGreaterThan(1);
    await expect.poll(() => body.locator('[data-totals-killed]').innerText()).toBe(all.killed);
    expect(await body.innerText()).toMatch(new RegExp(`^${all.events} events`));
    expect(await body.getByRole('definition').count()).toBeGreaterThan(0);

    // Narrow the window to the first days of the samples: fewer events, the totals follow.
    await dragTimelineTo(page, 'end', '2019-09-20');
    await expect.poll(async () => (await expectedTotals(page)).events).toBeLessThan(all.events);
    const some = await expectedTotals(page);
    await expect.poll(() => body.locator('[data-totals-killed]').innerText()).toBe(some.killed);
    await expect.poll(() => body.innerText()).toMatch(new RegExp(`^${some.events} events?`));
    await session.close();
  });
});
