import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  closeBrowser,
  loadEvents,
  openMarsad,
  screenshot,
  sliderDate,
  waitForLibrary,
  waitForMap,
} from './driver';
import { makeEvent } from '../fixtures/events/gold-events';

afterAll(closeBrowser);

const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

/** The date labels under the timeline's chart, left to right on screen. */
async function tickLabels(page: Page): Promise<{ text: string; year: boolean }[]> {
  await page.locator('.timeline-axis .timeline-tick').first().waitFor({ timeout: 10_000 });
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.timeline-axis .timeline-tick')]
      .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)
      .map((tick) => ({ text: tick.textContent ?? '', year: tick.classList.contains('timeline-tick-year') })),
  );
}

/** The window's dates as the timeline writes them next to its sliders. */
async function windowText(page: Page): Promise<string> {
  return (await page.locator('.timeline-window').innerText()).trim();
}

/** "4 Apr" / "4 أبريل" for an ISO day, as the interface writes a day without its year (Western digits). */
function dayMonth(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** Types (as their index data attribute) and counts of the dated events shown, from the app's store. */
async function datedTypeCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const event of window.__marsadBench?.store.getState().events ?? []) {
      if (!event.date) continue;
      counts[event.sub_event_type] = (counts[event.sub_event_type] ?? 0) + 1;
    }
    return counts;
  });
}

async function openWithSamples(locale: string): Promise<Page> {
  const { page } = await openMarsad({ locale });
  await waitForLibrary(page);
  await waitForMap(page);
  await page.waitForFunction(() => (window.__marsadBench?.store.getState().events.length ?? 0) > 3);
  return page;
}

describe('a timeline that reads at a glance', () => {
  it('names the years on the date axis and writes the window’s dates, which follow a slider moved by keyboard', async () => {
    const page = await openWithSamples('en-GB');
    const ticks = await tickLabels(page);
    expect(ticks.length).toBeGreaterThan(3);
    // The first label carries its year; every label naming a year is drawn as one.
    expect(ticks[0]?.text).toMatch(/\b20\d\d$/);
    expect(ticks[0]?.year).toBe(true);
    for (const tick of ticks) if (/\b(19|20)\d\d$/.test(tick.text)) expect(tick.year).toBe(true);
    expect(ticks.some((tick) => !tick.year)).toBe(true);

    const whole = await windowText(page);
    expect(whole).toMatch(/^\d{1,2} [A-Z][a-z]{2,3}( \d{4})? – \d{1,2} [A-Z][a-z]{2,3} \d{4}$/);

    // Page Up on the start slider moves the window's first day a week on: the text follows.
    const start = page.getByRole('slider', { name: 'Start date' });
    await start.focus();
    await page.keyboard.press('PageUp');
    await expect.poll(() => windowText(page)).not.toBe(whole);
    const first = (await sliderDate(page, 'start')) ?? '';
    expect(await windowText(page)).toMatch(new RegExp(`^${dayMonth(first, 'en-GB')}( \\d{4})? – `));
    await page.keyboard.press('ArrowRight');
    const next = (await sliderDate(page, 'start')) ?? '';
    expect(next > first).toBe(true);
    await expect.poll(() => windowText(page)).toMatch(new RegExp(`^${dayMonth(next, 'en-GB')}( \\d{4})? – `));
    await page.context().close();
  });

  it('shows one lane per event type present, each with its count, turned on and off from the keyboard', async () => {
    const page = await openWithSamples('en-GB');
    await tickLabels(page);
    expect(await page.locator('.timeline-count-max').count()).toBe(1);
    // A toggle named for what it splits the timeline by ("Event types"), pressed while the lanes show.
    const toggle = page.locator('.timeline').getByRole('button', { name: 'Event types', exact: true });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.focus();
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    const expected = await datedTypeCounts(page);
    const lanes = page.locator('.timeline-lane-label');
    await expect.poll(() => lanes.count()).toBe(Object.keys(expected).length);
    const shown = await lanes.evaluateAll((labels) =>
      labels.map((label) => ({
        type: label.getAttribute('data-type') ?? '',
        count: label.querySelector('.timeline-lane-count')?.textContent ?? '',
      })),
    );
    for (const { type, count } of shown) expect(count).toBe(String(expected[type]));
    // The track grows to hold the lanes; the histogram's scale gives way to them.
    expect(await page.locator('.timeline-count-max').count()).toBe(0);

    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => lanes.count()).toBe(0);
    expect(await page.locator('.timeline-count-max').count()).toBe(1);
    await page.context().close();
  });

  it('plays across a months-long gap with no events in a jump instead of crossing empty time', async () => {
    const { page } = await openMarsad();
    await waitForMap(page);
    const early = ['2019-09-02', '2019-09-04', '2019-09-07', '2019-09-09'];
    const late = ['2020-03-02', '2020-03-05', '2020-03-08'];
    await loadEvents(page, [
      ...early.map((date) => makeEvent({ date, location: 'Sirte', latitude: 31.2, longitude: 16.6 })),
      ...late.map((date) =>
        makeEvent({
          date,
          sub_event_type: 'Armed clash',
          location: 'Misrata',
          latitude: 32.4,
          longitude: 15.1,
        }),
      ),
    ]);
    await tickLabels(page);
    await page.getByRole('button', { name: 'Play' }).click();
    // At 7 days a second, the ~170 empty days between would take some 24 seconds; the window jumps instead.
    const started = Date.now();
    await expect
      .poll(async () => (await sliderDate(page, 'end')) ?? '', { timeout: 6000, interval: 100 })
      .toMatch(/^2020-03/);
    expect(Date.now() - started).toBeLessThan(6000);
    await expect.poll(() => windowText(page)).toMatch(/2020$/);
    await page.context().close();
  });
});

describe('screenshots of the timeline with lanes and the totals', () => {
  for (const [language, locale] of [
    ['en', 'en-GB'],
    ['ar', 'ar-LY'],
  ] as const) {
    it(`in ${language === 'en' ? 'English' : 'Arabic'}`, async () => {
      const page = await openWithSamples(locale);
      await page.setViewportSize({ width: 1400, height: 900 });
      await tickLabels(page);
      await page.locator('.timeline-lanes-toggle').click();
      await page.locator('.timeline-lane-label').first().waitFor();
      await page.locator('.totals summary').click();
      await page.locator('.totals-body').waitFor();
      const ticks = await tickLabels(page);
      if (language === 'ar') {
        expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
        expect(ticks.map((tick) => tick.text).join(' ')).toMatch(/[\u0621-\u064a]/u);
        expect(await windowText(page)).toMatch(/[\u0621-\u064a]/u);
      }
      // No digit outside the Western ones, in either language.
      expect(ticks.map((tick) => tick.text).join(' ') + (await windowText(page))).not.toMatch(
        /[\u0660-\u0669]/u,
      );
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, join(SCREENSHOTS, `timeline-lanes-${language}.png`));
      await page.context().close();
    });
  }
});
