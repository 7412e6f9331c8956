import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  clickEventById,
  closeBrowser,
  dragTimelineTo,
  eventListIds,
  eventsAfterStart,
  openMarsad,
  screenshot,
  selectedSentence,
  shownCountText,
  sliderDate,
  waitForMap,
} from './driver';
import { goldEvents } from '../fixtures/events/gold-events';
import { earliestPrecise, isoOf } from './events-under-test';

afterAll(closeBrowser);

/** "يُعرض 7 من 7 أحداث": Western digits (ar-LY), the noun in the form the total wants after 'من'. */
function shownOfAll(total: number): string {
  const rest = total % 100;
  const noun = total === 2 ? 'حدثين' : rest >= 3 && rest <= 10 ? 'أحداث' : rest >= 11 ? 'حدثًا' : 'حدث';
  return `يُعرض ${total} من ${total} ${noun}`;
}

describe('the Arabic interface', () => {
  it('is laid out right to left, with time running from right to left', async () => {
    const { page, close } = await openMarsad({ locale: 'ar-LY' });
    await waitForMap(page);
    const events = await eventsAfterStart(page, goldEvents());

    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(() => shownCountText(page)).toBe(shownOfAll(events.length));
    await expect.poll(() => page.getByRole('region', { name: 'الخط الزمني', exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: 'تشغيل', exact: true }).count()).toBe(1);

    const start = await page.getByRole('slider', { name: 'تاريخ البداية' }).boundingBox();
    const end = await page.getByRole('slider', { name: 'تاريخ النهاية' }).boundingBox();
    expect(start && end && start.x > end.x).toBe(true);

    const list = await page.locator('.evidence-column').boundingBox();
    const map = await page.getByRole('region', { name: 'الخريطة', exact: true }).boundingBox();
    expect(list && map && list.x < map.x).toBe(true);

    const earliest = earliestPrecise(events);
    await dragTimelineTo(page, 'start', isoOf(earliest.day + 1));
    expect(await sliderDate(page, 'start')).toBe(isoOf(earliest.day + 1));
    await expect.poll(() => shownCountText(page)).not.toBe(shownOfAll(events.length));

    const first = (await eventListIds(page))[0] ?? '';
    await clickEventById(page, first);
    await expect.poll(() => selectedSentence(page)).not.toBe('');
    expect(await page.locator('.reader-text').getAttribute('dir')).toBe('rtl');
    const font = await page
      .locator('.reader-text')
      .evaluate((element) => getComputedStyle(element).fontFamily);
    expect(font).toMatch(/Noto Sans Arabic/);

    await screenshot(page, join(import.meta.dirname, '..', '..', 'docs', 'screenshot-ar.png'));
    await close();
  });
});
