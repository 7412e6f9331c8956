import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { closeBrowser, openMarsad, screenshot, waitForLibrary, waitForMap } from './driver';

afterAll(closeBrowser);

interface Located {
  id: string;
  longitude: number;
  latitude: number;
}

/** The located events the app holds now. */
async function locatedEvents(page: Page): Promise<Located[]> {
  return page.evaluate(() =>
    (window.__marsadBench?.store.getState().events ?? [])
      .filter((event) => event.longitude !== null && event.latitude !== null)
      .map((event) => ({ id: event.id, longitude: event.longitude ?? 0, latitude: event.latitude ?? 0 })),
  );
}

/** Where a place is on the page, in CSS pixels. */
async function pagePoint(page: Page, longitude: number, latitude: number): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([lon, lat]) => {
      const map = window.__marsadMap?.map;
      if (!map) return null;
      const projected = map.project([lon ?? 0, lat ?? 0]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + projected.x, y: box.top + projected.y };
    },
    [longitude, latitude],
  );
  if (!point) throw new Error('no map');
  return point;
}

async function selectedId(page: Page): Promise<string | null> {
  return page.evaluate(() => window.__marsadBench?.store.getState().selectedEventId ?? null);
}

/** Waits until the map has stopped moving. */
async function mapSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__marsadMap?.map.isMoving() === false, undefined, {
    timeout: 10_000,
  });
  await page.waitForTimeout(200);
}

describe('the map for an analyst', () => {
  it('lists the events stacked at one place on a click, to choose one by mouse or keyboard; Escape closes the list', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForMap(page);
    await waitForLibrary(page);
    const events = await locatedEvents(page);
    const byPoint = new Map<string, Located[]>();
    for (const event of events) {
      const key = `${event.longitude},${event.latitude}`;
      byPoint.set(key, [...(byPoint.get(key) ?? []), event]);
    }
    const stack = [...byPoint.values()].sort((a, b) => b.length - a.length)[0] ?? [];
    expect(stack.length).toBeGreaterThanOrEqual(2);
    const place = stack[0] as Located;
    await page.evaluate(
      ([lon, lat]) => window.__marsadMap?.map.jumpTo({ center: [lon ?? 0, lat ?? 0], zoom: 9 }),
      [place.longitude, place.latitude],
    );
    await mapSettled(page);

    // A click on the stack lists every event drawn there; nothing is selected yet.
    let point = await pagePoint(page, place.longitude, place.latitude);
    await page.mouse.click(point.x, point.y);
    const chooser = page.getByRole('dialog', {
      name: new RegExp(`^${stack.length} events here: choose one$`),
    });
    await chooser.waitFor({ timeout: 10_000 });
    const options = chooser.getByRole('listitem').getByRole('button');
    expect(await options.count()).toBe(stack.length);
    const listed = await options.evaluateAll((buttons) =>
      buttons.map((button) => (button as HTMLElement).dataset['eventId'] ?? ''),
    );
    expect([...listed].sort()).toEqual(stack.map((event) => event.id).sort());
    expect(await selectedId(page)).toBeNull();
    // Beside the stack, not over it.
    const listBox = await chooser.boundingBox();
    expect(listBox).not.toBeNull();
    if (listBox) {
      const over =
        point.x >= listBox.x &&
        point.x <= listBox.x + listBox.width &&
        point.y >= listBox.y &&
        point.y <= listBox.y + listBox.height;
      expect(over).toBe(false);
    }
    await screenshot(page, 'docs/screenshots/map-stack-choice-en.png');

    // The first is focused: Down then Enter picks the second; the list closes and the focus is back on the map.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.stack-chooser') !== null))
      .toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await selectedId(page)).toBe(listed[1]);
    expect(await chooser.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).toBe(
      true,
    );

    // Escape closes the list without choosing; a click on one of them selects that one.
    point = await pagePoint(page, place.longitude, place.latitude);
    await page.mouse.click(point.x, point.y);
    await chooser.waitFor();
    await page.keyboard.press('Escape');
    expect(await chooser.count()).toBe(0);
    expect(await selectedId(page)).toBe(listed[1]);
    await page.mouse.click(point.x, point.y);
    await chooser.waitFor();
    await options.nth(0).click();
    expect(await selectedId(page)).toBe(listed[0]);
    await session.close();
  });

  it('goes to a place found in the gazetteer by name, the city before its district', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForMap(page);
    await page.getByRole('button', { name: 'Go to place' }).click();
    const box = page.getByRole('combobox', { name: 'Place name' });
    await box.waitFor({ timeout: 10_000 });
    await box.fill('Tripoli');
    const first = page.getByRole('listbox', { name: 'Place name' }).getByRole('option').first();
    await expect.poll(() => first.innerText(), { timeout: 10_000 }).toMatch(/^Tripoli\s+طرابلس\s+city$/);
    await box.press('Enter');
    await mapSettled(page);
    const view = await page.evaluate(() => {
      const map = window.__marsadMap?.map;
      return map ? { ...map.getCenter(), zoom: map.getZoom() } : null;
    });
    // Tripoli's centre, close up (the city, not the district around it).
    expect(view?.zoom).toBeGreaterThanOrEqual(9.5);
    expect(Math.abs((view?.lng ?? 0) - 13.19)).toBeLessThan(0.3);
    expect(Math.abs((view?.lat ?? 0) - 32.88)).toBeLessThan(0.3);
    // The search closed and the focus is back on its button; Arabic finds the same place.
    expect(await box.count()).toBe(0);
    await page.keyboard.press('Enter');
    await box.fill('سرت');
    await expect.poll(() => first.innerText(), { timeout: 10_000 }).toMatch(/^Sirte\s+سرت\s+city$/);
    await box.press('Escape');
    expect(await box.count()).toBe(0);
    await session.close();
  });

  it('keeps the legend folded after a reload once the user folds it', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForMap(page);
    const legend = page.locator('.map-legend');
    expect(await legend.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
    await legend.getByText('Legend', { exact: true }).click();
    expect(await legend.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    await page.reload();
    await waitForMap(page);
    expect(
      await page.locator('.map-legend').evaluate((element) => (element as HTMLDetailsElement).open),
    ).toBe(false);
    await page.locator('.map-legend').getByText('Legend', { exact: true }).click();
    await page.reload();
    await waitForMap(page);
    expect(
      await page.locator('.map-legend').evaluate((element) => (element as HTMLDetailsElement).open),
    ).toBe(true);
    await session.close();
  });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1400, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`fits the map to the events clear of its buttons and legend at ${viewport.width}×${viewport.height}`, async () => {
      const session = await openMarsad({ viewport, touch: viewport.width < 700 });
      const { page } = session;
      await waitForMap(page);
      // The bundled articles' events (the phone's library is in another view).
      await page.waitForFunction(
        () => (window.__marsadBench?.store.getState().events.length ?? 0) > 0,
        undefined,
        {
          timeout: 30_000,
        },
      );
      // The legend open, as a user who wants it sees it.
      await page.evaluate(() => {
        (document.querySelector('.map-legend') as HTMLDetailsElement).open = true;
      });
      await page.getByRole('button', { name: 'Fit map to events' }).click();
      await mapSettled(page);
      const covered = await page.evaluate(() => {
        const map = window.__marsadMap?.map;
        if (!map) return ['no map'];
        const canvas = map.getCanvas().getBoundingClientRect();
        const overlays = [
          ...document.querySelectorAll('.map-tools, .map-legend, .maplibregl-ctrl-bottom-right'),
        ].map((element) => element.getBoundingClientRect());
        const problems: string[] = [];
        for (const event of window.__marsadBench?.store.getState().events ?? []) {
          if (event.longitude === null || event.latitude === null) continue;
          const point = map.project([event.longitude, event.latitude]);
          const x = canvas.left + point.x;
          const y = canvas.top + point.y;
          if (x < canvas.left || x > canvas.right || y < canvas.top || y > canvas.bottom)
            problems.push(`${event.id} off the map`);
          for (const box of overlays) {
            if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom)
              problems.push(`${event.id} under an overlay`);
          }
        }
        return problems;
      });
      expect(covered).toEqual([]);
      await session.close();
    });
  }

  it('saves the map with its legend and timeline as a PNG image of the view', async () => {
    const session = await openMarsad({ viewport: { width: 1400, height: 900 } });
    const { page } = session;
    await waitForMap(page);
    await waitForLibrary(page);
    await page.waitForTimeout(500);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 20_000 }),
      page.getByRole('button', { name: 'Save as image' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^marsad-map-\d{4}-\d{2}-\d{2}\.png$/);
    const path = await download.path();
    const bytes = readFileSync(path);
    // The PNG signature, then the header chunk's width and height.
    expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    const canvas = await page.evaluate(() => {
      const element = window.__marsadMap?.map.getCanvas();
      return { width: element?.width ?? 0, height: element?.height ?? 0 };
    });
    // As wide as the map on screen; taller, for the title, the timeline and the sources under it.
    expect(width).toBe(canvas.width);
    expect(height).toBeGreaterThan(canvas.height + 60);
    // The map's frame is in it, not a blank: many different colours (sea, land, labels, events).
    const shown = await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      context?.drawImage(image, 0, 0);
      const pixels = context?.getImageData(0, 60, image.width, Math.min(400, image.height - 60)).data;
      const colours = new Set<number>();
      for (let i = 0; pixels && i < pixels.length; i += 4 * 7) {
        colours.add(((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0));
      }
      return colours.size;
    }, bytes.toString('base64'));
    expect(shown).toBeGreaterThan(50);
    await session.close();
  });

  it('opens a chosen event in the reader at its evidence sentence, with the actors in the header', async () => {
    const session = await openMarsad({ viewport: { width: 1400, height: 900 } });
    const { page } = session;
    await waitForMap(page);
    await waitForLibrary(page);
    const row = page.locator('.event-list li[data-event-id]').first();
    await row.waitFor();
    const id = await row.getAttribute('data-event-id');
    await row.click();
    const evidence = page.locator('.reader-text mark.evidence').first();
    await evidence.waitFor();
    const event = await page.evaluate(
      (eventId) => window.__marsadBench?.store.getState().events.find((item) => item.id === eventId),
      id,
    );
    // Type, date, place, actors and toll in the header line.
    const header = await page.locator('.reader-event').innerText();
    for (const actor of [event?.actor1, event?.actor2]) if (actor) expect(header).toContain(actor);
    expect(header).toMatch(/Killed: /);
    // The evidence sentence is the first thing in the text's view (at its top), whole, and the text is tall
    // enough to read it with some context.
    const layout = await page.evaluate(() => {
      const text = document.querySelector('.reader-text')?.getBoundingClientRect();
      const mark = document.querySelector('.reader-text mark.evidence')?.getBoundingClientRect();
      return text && mark
        ? { top: text.top, bottom: text.bottom, markTop: mark.top, markBottom: mark.bottom }
        : null;
    });
    expect(layout).not.toBeNull();
    if (!layout) return;
    expect(layout.bottom - layout.top).toBeGreaterThanOrEqual(170);
    expect(layout.markTop).toBeGreaterThanOrEqual(layout.top);
    expect(layout.markTop - layout.top).toBeLessThan(40);
    await session.close();
  });

  it('prints the map as drawn, with its legend and the timeline, and leaves the panels out', async () => {
    const session = await openMarsad({ viewport: { width: 1400, height: 900 } });
    const { page } = session;
    await waitForMap(page);
    await waitForLibrary(page);
    // The frame as drawn on screen, before the print layout resizes the map.
    const drawnWidth = await page.evaluate(() => window.__marsadMap?.map.getCanvas().width ?? -1);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const shown = (selector: string) => {
        const element = document.querySelector(selector);
        return element
          ? element.getClientRects().length > 0 && getComputedStyle(element).display !== 'none'
          : false;
      };
      const image = document.querySelector<HTMLImageElement>('.map-print-image');
      return {
        imageWidth: image?.naturalWidth ?? 0,
        imageShown: shown('.map-print-image'),
        legend: shown('.map-legend'),
        timeline: shown('.timeline'),
        sidebar: shown('.sidebar'),
        evidence: shown('.evidence-column'),
        tools: shown('.map-tools'),
      };
    });
    expect(printed).toEqual({
      imageWidth: drawnWidth,
      imageShown: true,
      legend: true,
      timeline: true,
      sidebar: false,
      evidence: false,
      tools: false,
    });
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.map-print-image').count()).toBe(0);
    await session.close();
  });
});
