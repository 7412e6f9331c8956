import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  clickEventById,
  closeBrowser,
  newContext,
  openMarsad,
  reload,
  storeEvents,
  waitForLibrary,
  waitForMap,
} from './driver';

afterAll(closeBrowser);

/** Where on the page an event's point is drawn, once the map has stopped moving. */
async function pointOnPage(page: Page, eventId: string): Promise<{ x: number; y: number }> {
  await page.waitForFunction(() => window.__marsadMap?.map.isMoving() === false, undefined, {
    timeout: 10_000,
  });
  const point = await page.evaluate((id) => {
    const map = window.__marsadMap?.map;
    const event = window.__marsadBench?.store.getState().events.find((item) => item.id === id);
    if (!map || !event || event.latitude === null || event.longitude === null) return null;
    const projected = map.project([event.longitude, event.latitude]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + projected.x, y: box.top + projected.y };
  }, eventId);
  if (!point) throw new Error(`event ${eventId} is not on the map`);
  return point;
}

describe('merging two events by clicking the other one on the map', () => {
  it('merges the selected strike with the strike clicked on the map, and keeps it after a reload', async () => {
    const context = await newContext();
    const session = await openMarsad({ context });
    const { page } = session;
    await waitForLibrary(page);
    await waitForMap(page);
    // The samples: a US strike near Murzuq (seed A) and a strike on Al Qatrun (seed C), two events.
    const before = await storeEvents(page);
    const murzuq = before.find((event) => event.location === 'Murzuq' && event.date === '2019-09-24');
    const qatrun = before.find((event) => event.location === 'Al Qatrun');
    expect(murzuq?.articleIds).toContain('seed-A');
    expect(qatrun?.articleIds).toContain('seed-C');
    if (!murzuq || !qatrun) return;

    await clickEventById(page, murzuq.id);
    const panel = page.getByRole('complementary', { name: /^correct this event$/i });
    await panel.getByRole('button', { name: /^merge with…$/i }).click();
    await panel.getByRole('button', { name: /^pick it on the map$/i }).click();
    const banner = page.locator('.map-frame').getByRole('status');
    await expect.poll(() => banner.innerText()).toMatch(/click the event to merge with on the map/i);

    const target = await pointOnPage(page, qatrun.id);
    await page.mouse.move(target.x - 15, target.y - 15);
    await page.mouse.click(target.x, target.y);
    await expect.poll(() => banner.count()).toBe(0);
    expect(await panel.getByLabel(/^event to merge with/i).inputValue()).toBe(qatrun.id);
    // The click picked the event: the selection stayed on the Murzuq strike.
    expect(await page.evaluate(() => window.__marsadBench?.store.getState().selectedEventId ?? null)).toBe(
      murzuq.id,
    );
    await panel.getByRole('button', { name: /^merge$/i }).click();

    const mergedOf = async () =>
      (await storeEvents(page)).find(
        (event) => event.articleIds.includes('seed-A') && event.articleIds.includes('seed-C'),
      );
    await expect.poll(mergedOf, { timeout: 10_000 }).toBeTruthy();
    expect((await storeEvents(page)).length).toBe(before.length - 1);

    await reload(page);
    await expect.poll(mergedOf, { timeout: 10_000 }).toBeTruthy();
    expect((await storeEvents(page)).length).toBe(before.length - 1);
    await session.close();
    await context.close();
  });

  it('cancels the pick with Escape: the banner goes and a click on the map selects again', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForLibrary(page);
    await waitForMap(page);
    const events = await storeEvents(page);
    const murzuq = events.find((event) => event.location === 'Murzuq' && event.date === '2019-09-24');
    const qatrun = events.find((event) => event.location === 'Al Qatrun');
    if (!murzuq || !qatrun) throw new Error('the samples changed');
    await clickEventById(page, murzuq.id);
    const panel = page.getByRole('complementary', { name: /^correct this event$/i });
    await panel.getByRole('button', { name: /^merge with…$/i }).click();
    const pick = panel.getByRole('button', { name: /^pick it on the map$/i });
    await pick.click();
    const banner = page.locator('.map-frame').getByRole('status');
    await banner.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => banner.count()).toBe(0);
    expect(await pick.evaluate((element) => element === document.activeElement)).toBe(true);

    const target = await pointOnPage(page, qatrun.id);
    await page.mouse.move(target.x - 15, target.y - 15);
    await page.mouse.click(target.x, target.y);
    await expect
      .poll(() => page.evaluate(() => window.__marsadBench?.store.getState().selectedEventId ?? null))
      .toBe(qatrun.id);
    await session.close();
  });
});
