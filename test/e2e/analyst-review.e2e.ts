import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  clickEventById,
  closeBrowser,
  openMarsad,
  storeEvents,
  visibleEventIds,
  waitForLibrary,
  waitForMap,
} from './driver';

afterAll(closeBrowser);

const storeHas = (page: Page, id: string) =>
  page.evaluate(
    (wanted) => window.__marsadBench?.store.getState().events.some((event) => event.id === wanted) ?? false,
    id,
  );

const selectedId = (page: Page) =>
  page.evaluate(() => window.__marsadBench?.store.getState().selectedEventId ?? null);

describe('reviewing the machine’s events', () => {
  it('rejects an event, lists it among the rejected, and Undo puts it back on the map', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForLibrary(page);
    await waitForMap(page);
    const events = await storeEvents(page);
    const target = events.find((event) => event.location === 'Murzuq');
    if (!target) throw new Error('the samples have no Murzuq event');
    await expect.poll(() => visibleEventIds(page)).toContain(target.id);
    // The review panel comes once the first view has settled.
    const rejected = page.getByRole('region', { name: /^rejected \(not an event\)$/i });
    await rejected.waitFor({ timeout: 15_000 });

    await clickEventById(page, target.id);
    const panel = page.getByRole('complementary', { name: /^correct this event$/i });
    await panel.getByRole('button', { name: /^not an event$/i }).click();
    await expect.poll(() => storeHas(page, target.id)).toBe(false);
    await expect.poll(() => visibleEventIds(page)).not.toContain(target.id);

    const row = rejected.locator(`li[data-rejected-id="${target.id}"]`);
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toMatch(/Murzuq/);

    await row.getByRole('button', { name: /^undo: put back/i }).click();
    await expect.poll(() => storeHas(page, target.id)).toBe(true);
    await expect.poll(() => row.count()).toBe(0);
    await expect.poll(() => visibleEventIds(page), { timeout: 10_000 }).toContain(target.id);
    await session.close();
  });

  it('goes through the events by keyboard: N selects the next, R rejects and moves on, U undoes', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForLibrary(page);
    await waitForMap(page);
    const rejected = page.getByRole('region', { name: /^rejected \(not an event\)$/i });
    await rejected.waitFor({ timeout: 15_000 });
    // The keys are documented in the panel.
    await rejected.getByText(/^review keys$/i).click();
    expect(await rejected.innerText()).toMatch(/R\s*not an event \(reject\) and go to the next/);
    await page.locator('body').click({ position: { x: 5, y: 5 } });

    await page.keyboard.press('n');
    await expect.poll(() => selectedId(page)).not.toBeNull();
    const first = (await selectedId(page)) as string;
    await page.keyboard.press('n');
    await expect.poll(() => selectedId(page)).not.toBe(first);
    const second = (await selectedId(page)) as string;
    await page.keyboard.press('p');
    await expect.poll(() => selectedId(page)).toBe(first);

    await page.keyboard.press('r');
    await expect.poll(() => storeHas(page, first)).toBe(false);
    await expect.poll(() => selectedId(page)).toBe(second);
    await expect.poll(() => rejected.locator(`li[data-rejected-id="${first}"]`).count()).toBe(1);

    await page.keyboard.press('u');
    await expect.poll(() => storeHas(page, first)).toBe(true);
    await expect.poll(() => rejected.locator('li[data-rejected-id]').count()).toBe(0);
    await session.close();
  });
});
