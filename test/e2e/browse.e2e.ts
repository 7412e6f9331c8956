import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  articleText,
  clickEventById,
  clickMapHere,
  closeBrowser,
  dragTimelineTo,
  drawnColourAt,
  eventListIds,
  eventsAfterStart,
  hoverMapAt,
  openMarsad,
  screenshot,
  selectedSentence,
  sliderDate,
  visibleEventIds,
  waitForMap,
} from './driver';
import { goldEvents } from '../fixtures/events/gold-events';
import { earliestPrecise, evidenceIn, isoOf, isolatedDot } from './events-under-test';
import { TYPE_COLOURS, rgb } from '../../src/map/event-style';
import { SUB_EVENT_TYPES } from '../../src/store/event-index';

afterAll(closeBrowser);

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function distance(a: number[], b: number[]): number {
  return Math.hypot(...a.map((value, i) => value - (b[i] ?? 0)));
}

function containsAny(list: string[], ids: string[]): boolean {
  return ids.some((id) => list.includes(id));
}

describe('browsing the events of the bundled articles', () => {
  it('drops an event from the list and the map when the window starts after it, and brings it back', async () => {
    const { page, close } = await openMarsad();
    await waitForMap(page);
    const events = await eventsAfterStart(page, goldEvents());
    const earliest = earliestPrecise(events);
    await until(
      async () => containsAny(await eventListIds(page), earliest.ids),
      'the earliest event in the list',
    );
    expect(containsAny(await visibleEventIds(page), earliest.ids)).toBe(true);

    // An event alone on the map is drawn by the GL layer in its type's colour (checked below).
    const { event: latest, lastDayBefore } = isolatedDot(events);
    const place = [latest.longitude ?? 0, latest.latitude ?? 0] as const;
    const expected = rgb(TYPE_COLOURS[SUB_EVENT_TYPES.indexOf(latest.sub_event_type)] ?? '#000000').map(
      (c) => c * 255,
    );
    const drawn = await drawnColourAt(page, ...place);

    await dragTimelineTo(page, 'start', isoOf(earliest.day + 1));
    expect(await sliderDate(page, 'start')).toBe(isoOf(earliest.day + 1));
    await until(
      async () => !containsAny(await eventListIds(page), earliest.ids),
      'the list to drop the event',
    );
    expect(containsAny(await visibleEventIds(page), earliest.ids)).toBe(false);

    // A window ending before that event's date span takes its dot off the map.
    await dragTimelineTo(page, 'end', isoOf(lastDayBefore));
    await until(
      async () => !(await visibleEventIds(page)).includes(latest.id),
      'the latest event to leave the map',
    );
    const after = await drawnColourAt(page, ...place);
    // Drawn, the spot is much nearer the type's colour than once the dot is gone (whatever the basemap there).
    expect(distance(drawn, expected) + 60).toBeLessThan(distance(after, expected));

    await dragTimelineTo(page, 'start', isoOf(earliest.day));
    expect(await sliderDate(page, 'start')).toBe(isoOf(earliest.day));
    await until(async () => containsAny(await eventListIds(page), earliest.ids), 'the event to come back');
    expect(containsAny(await visibleEventIds(page), earliest.ids)).toBe(true);
    await close();
  });

  it('highlights the evidence sentence in the reader when an event is clicked in the list', async () => {
    const { page, close } = await openMarsad();
    await waitForMap(page);
    const events = await eventsAfterStart(page, goldEvents());
    const event = events.find((candidate) => candidate.sources.length > 0 && candidate.latitude !== null);
    if (!event) throw new Error('no event with a source to read');
    const text = await articleText(page, event.sources[0]?.article_id ?? '');
    await until(async () => (await eventListIds(page)).includes(event.id), 'the event in the list');
    await clickEventById(page, event.id);
    await until(async () => (await selectedSentence(page)) !== '', 'the reader to highlight a sentence');
    expect(await selectedSentence(page)).toBe(evidenceIn(event, text));
    await screenshot(page, join(import.meta.dirname, '..', '..', 'docs', 'screenshot-en.png'));
    await close();
  });

  it('shows a tooltip over an event on the map and selects it on click', async () => {
    const { page, close } = await openMarsad();
    await waitForMap(page);
    const events = await eventsAfterStart(page, goldEvents());
    const { event } = isolatedDot(events);
    await until(async () => (await visibleEventIds(page)).includes(event.id), 'the event on the map');
    const tooltip = await hoverMapAt(page, event.longitude ?? 0, event.latitude ?? 0);
    expect(tooltip).toContain(event.location ?? '');
    await clickMapHere(page);
    const text = await articleText(page, event.sources[0]?.article_id ?? '');
    await until(
      async () => (await selectedSentence(page)) === evidenceIn(event, text),
      'the reader to show it',
    );
    await close();
  });

  it('reproduces the same view from a copied URL', async () => {
    const first = await openMarsad();
    await waitForMap(first.page);
    const events = await eventsAfterStart(first.page, goldEvents());
    const earliest = earliestPrecise(events);
    const { event: latest } = isolatedDot(events);
    await dragTimelineTo(first.page, 'start', isoOf(earliest.day + 1));
    await dragTimelineTo(first.page, 'end', latest.date ?? '');
    await until(async () => (await eventListIds(first.page)).length > 0, 'events in the window');
    const selected = (await eventListIds(first.page))[0] ?? '';
    await clickEventById(first.page, selected);
    await until(
      async () => first.page.url().includes(`event=${encodeURIComponent(selected)}`),
      'the URL to carry the selection',
    );
    await until(async () => first.page.url().includes('map='), 'the URL to carry the map view');
    const url = new URL(first.page.url());
    const rows = await eventListIds(first.page);
    const visible = await visibleEventIds(first.page);
    const sentence = await selectedSentence(first.page);

    const second = await openMarsad({ path: `${url.pathname}${url.search}` });
    await waitForMap(second.page);
    await eventsAfterStart(second.page, goldEvents());
    expect(await sliderDate(second.page, 'start')).toBe(isoOf(earliest.day + 1));
    expect(await sliderDate(second.page, 'end')).toBe(latest.date);
    await until(
      async () => (await selectedSentence(second.page)) === sentence,
      'the selection to be restored',
    );
    await until(async () => (await eventListIds(second.page)).join() === rows.join(), 'the same list');
    await until(
      async () => (await visibleEventIds(second.page)).join() === visible.join(),
      'the same map view',
    );
    await first.close();
    await second.close();
  }, 150_000);
});
