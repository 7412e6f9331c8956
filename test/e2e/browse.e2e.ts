import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  clickEventInList,
  closeBrowser,
  drawnColourAt,
  dragTimelineTo,
  eventListTexts,
  loadEvents,
  openMarsad,
  screenshot,
  selectedSentence,
  shownCountText,
  sliderDate,
  visibleEventIds,
  waitForMap,
} from './driver';
import { goldEvents } from '../fixtures/events/gold-events';

afterAll(closeBrowser);

const events = goldEvents();
const a1 = events.find((event) => event.id === 'gold-A1');
const a2Id = 'gold-A2';

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('browsing the events on the map, the timeline and the list', () => {
  it('drops an event from the list and the map when the window starts after it, and brings it back', async () => {
    const { page, close } = await openMarsad();
    await waitForMap(page);
    await loadEvents(page, events);
    await until(async () => (await shownCountText(page)) === '8 of 8 events shown', 'all events shown');
    expect(await visibleEventIds(page)).toContain(a2Id);
    expect((await eventListTexts(page)).some((row) => row.includes('19 Sep 2019'))).toBe(true);

    // The strike at Al Washka (Sirte) is drawn as a red dot by the GL layer.
    const sirte = [15.6, 31.3] as const;
    const [red, green, blue] = await drawnColourAt(page, ...sirte);
    expect((red ?? 0) - Math.max(green ?? 0, blue ?? 0)).toBeGreaterThan(80);

    await dragTimelineTo(page, 'start', '2019-09-20');
    expect(await sliderDate(page, 'start')).toBe('2019-09-20');
    await until(
      async () => (await shownCountText(page)) === '7 of 8 events shown',
      'the window to drop one event',
    );
    expect((await eventListTexts(page)).some((row) => row.includes('19 Sep 2019'))).toBe(false);
    expect(await visibleEventIds(page)).not.toContain(a2Id);

    // A window ending before the strike at Sirte hides its dot.
    await dragTimelineTo(page, 'end', '2020-03-27');
    await until(
      async () => !(await visibleEventIds(page)).includes('gold-B1'),
      'the Sirte strike to leave the map',
    );
    const [redAfter, greenAfter, blueAfter] = await drawnColourAt(page, ...sirte);
    expect((redAfter ?? 0) - Math.max(greenAfter ?? 0, blueAfter ?? 0)).toBeLessThan(40);
    await dragTimelineTo(page, 'end', '2020-04-01');

    await dragTimelineTo(page, 'start', '2019-09-19');
    expect(await sliderDate(page, 'start')).toBe('2019-09-19');
    await until(async () => (await shownCountText(page)) === '8 of 8 events shown', 'the event to come back');
    expect(await visibleEventIds(page)).toContain(a2Id);
    await close();
  });

  it('highlights the evidence sentence in the reader when an event is clicked in the list', async () => {
    const { page, close } = await openMarsad();
    await waitForMap(page);
    await loadEvents(page, events);
    await clickEventInList(page, '24 Sep 2019');
    await until(async () => (await selectedSentence(page)) !== '', 'the reader to highlight a sentence');
    expect(await selectedSentence(page)).toBe(a1?.notes);
    await expect.poll(() => page.locator('.reader-text .mark-place').first().innerText()).toBe('مرزق');
    await screenshot(page, join(import.meta.dirname, '..', '..', 'docs', 'screenshot-en.png'));
    await close();
  });

  it('reproduces the same view from a copied URL', async () => {
    const first = await openMarsad();
    await waitForMap(first.page);
    await loadEvents(first.page, events);
    await dragTimelineTo(first.page, 'start', '2019-09-20');
    await dragTimelineTo(first.page, 'end', '2019-10-05');
    await clickEventInList(first.page, '24 Sep 2019');
    await until(async () => first.page.url().includes('event=gold-A1'), 'the URL to carry the selection');
    await until(async () => first.page.url().includes('map='), 'the URL to carry the map view');
    const url = new URL(first.page.url());
    const rows = await eventListTexts(first.page);
    const visible = await visibleEventIds(first.page);

    const second = await openMarsad({ path: `${url.pathname}${url.search}` });
    await waitForMap(second.page);
    await loadEvents(second.page, events);
    expect(await sliderDate(second.page, 'start')).toBe('2019-09-20');
    expect(await sliderDate(second.page, 'end')).toBe('2019-10-05');
    await until(
      async () => (await selectedSentence(second.page)) === a1?.notes,
      'the selection to be restored',
    );
    expect(await eventListTexts(second.page)).toEqual(rows);
    await until(
      async () => (await visibleEventIds(second.page)).join() === visible.join(),
      'the same map view',
    );
    await first.close();
    await second.close();
  });
});
