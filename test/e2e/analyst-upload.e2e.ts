import { afterAll, describe, expect, it } from 'vitest';
import {
  closeBrowser,
  dragTimelineTo,
  openMarsad,
  pasteArticle,
  sliderDate,
  storeEvents,
  visibleEventIds,
  waitForLibrary,
  waitForMap,
} from './driver';

afterAll(closeBrowser);

describe('new events brought into view after an upload', () => {
  it('says how many new events are out of view, and Show widens the window and fits the map to them', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForLibrary(page);
    await waitForMap(page);
    const samples = await storeEvents(page);
    const sampleIds = new Set(samples.map((event) => event.id));
    // The analyst is reading September 2019 closely.
    await dragTimelineTo(page, 'end', '2019-09-30');
    await expect.poll(() => sliderDate(page, 'end')).toMatch(/^2019-09-30$|30 Sep 2019/);

    const closing = await pasteArticle(page, {
      title: 'Strike south of Sirte',
      text:
        'SIRTE, March 3, 2021 (Reuters) - A drone strike hit a military camp south of Sirte on Wednesday, ' +
        'killing four fighters, a local official said.',
      published: '2021-03-03',
    });
    expect(closing).toMatch(/^Added 1 article/);
    const added = (await storeEvents(page)).filter((event) => !sampleIds.has(event.id));
    expect(added.length).toBeGreaterThanOrEqual(1);
    const strike = added.find((event) => event.location === 'Sirte' || event.location?.includes('Sirte'));
    expect(strike?.date).toMatch(/^2021-03/);
    if (!strike) return;
    expect(await visibleEventIds(page)).not.toContain(strike.id);

    const notice = page.locator('.new-events-notice');
    await expect
      .poll(() => notice.innerText())
      .toMatch(new RegExp(`^${added.length} new events?, ${added.length} outside the current view`));
    await notice.getByRole('button', { name: /^show$/i }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await expect.poll(() => visibleEventIds(page), { timeout: 10_000 }).toContain(strike.id);
    // The window now reaches the new event; what was shown before stays shown.
    const end = await page
      .getByRole('slider', { name: /^end date$/i })
      .getAttribute('aria-valuenow')
      .then(Number);
    expect(end).toBeGreaterThanOrEqual(Math.floor(Date.parse(`${strike.date}T00:00:00Z`) / 86_400_000));
    await page.waitForFunction(() => window.__marsadMap?.map.isMoving() === false);
    const zoom = await page.evaluate(() => window.__marsadMap?.map.getZoom() ?? 0);
    expect(zoom).toBeGreaterThan(6);
    await session.close();
  });
});
