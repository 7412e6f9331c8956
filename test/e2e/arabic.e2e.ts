import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  clickEventInList,
  closeBrowser,
  dragTimelineTo,
  loadEvents,
  openMarsad,
  screenshot,
  selectedSentence,
  shownCountText,
  sliderDate,
  waitForMap,
} from './driver';
import { goldEvents } from '../fixtures/events/gold-events';

afterAll(closeBrowser);

describe('the Arabic interface', () => {
  it('is laid out right to left, with time running from right to left', async () => {
    const { page, close } = await openMarsad({ locale: 'ar-LY' });
    await waitForMap(page);
    await loadEvents(page, goldEvents());

    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(() => shownCountText(page)).toBe('يُعرض ٨ من ٨ حدثًا');
    await expect.poll(() => page.getByRole('region', { name: 'الخط الزمني', exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: 'تشغيل' }).count()).toBe(1);

    const start = await page.getByRole('slider', { name: 'تاريخ البداية' }).boundingBox();
    const end = await page.getByRole('slider', { name: 'تاريخ النهاية' }).boundingBox();
    expect(start && end && start.x > end.x).toBe(true);

    const list = await page.locator('.evidence-column').boundingBox();
    const map = await page.getByRole('region', { name: 'الخريطة', exact: true }).boundingBox();
    expect(list && map && list.x < map.x).toBe(true);

    await dragTimelineTo(page, 'start', '2019-09-20');
    expect(await sliderDate(page, 'start')).toBe('2019-09-20');
    await expect.poll(() => shownCountText(page)).toBe('يُعرض ٧ من ٨ حدثًا');

    await clickEventInList(page, 'سبتمبر');
    await expect.poll(() => selectedSentence(page)).not.toBe('');
    const readerDirection = await page.locator('.reader-text').getAttribute('dir');
    expect(readerDirection).toBe('rtl');
    const font = await page
      .locator('.reader-text')
      .evaluate((element) => getComputedStyle(element).fontFamily);
    expect(font).toMatch(/Noto Sans Arabic/);

    await screenshot(page, join(import.meta.dirname, '..', '..', 'docs', 'screenshot-ar.png'));
    await close();
  });
});
