import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  closeBrowser,
  eventListIds,
  eventsAfterStart,
  libraryArticles,
  openMarsad,
  screenshot,
  shownCountText,
  sliderDate,
  waitForMap,
} from './driver';
import { goldEvents } from '../fixtures/events/gold-events';
import { earliestPrecise, isoOf } from './events-under-test';
import {
  LAPTOP,
  PHONE,
  focusWithin,
  focusedText,
  coveredBy,
  pressUntil,
  reachable,
  scrubStartTo,
  showView,
  sidewaysScroll,
  smallTargets,
  viewButton,
  type Size,
} from './layout-steps';

afterAll(closeBrowser);

const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

type Language = 'en' | 'ar';

/** What the user reads and types, in each language. */
const WORDS = {
  en: {
    locale: 'en-GB',
    upload: /^upload articles$/i,
    paste: /^paste an article$/i,
    read: /^read article$/i,
    add: /^add 1 article$/i,
    added: /^Added/,
    correct: /^correct this event$/i,
    editor: /^edit event$/i,
    killed: /^killed$/i,
    save: /^save correction$/i,
    skipMap: 'Skip to the map',
    skipList: 'Skip to the event list',
    library: 'Library',
    article: {
      title: 'Shelling in Tarhuna',
      text: 'Shells hit a residential district of Tarhuna on Sunday, killing three civilians, the health ministry said.',
    },
  },
  ar: {
    locale: 'ar-LY',
    upload: /^رفع مقالات$/,
    paste: /^لصق مقال$/,
    read: /^قراءة المقال$/,
    add: /^إضافة مقال واحد$/,
    added: /^أُ?ضيفت/,
    correct: /^تصحيح هذا الحدث$/,
    editor: /^تحرير الحدث$/,
    killed: /^القتلى$/,
    save: /^حفظ التصحيح$/,
    skipMap: 'انتقل إلى الخريطة',
    skipList: 'انتقل إلى قائمة الأحداث',
    library: 'المكتبة',
    article: {
      title: 'قصف على ترهونة',
      text: 'سقطت قذائف على حي سكني في مدينة ترهونة يوم الأحد ما أسفر عن مقتل ثلاثة مدنيين، وفق وزارة الصحة.',
    },
  },
} as const;

function shot(page: Page, size: Size, language: Language, state: string): Promise<void> {
  return screenshot(page, join(SHOTS, `layout-${size.name}-${language}-${state}.png`));
}

async function start(size: Size, language: Language) {
  const session = await openMarsad({ locale: WORDS[language].locale, viewport: size, touch: size.touch });
  await waitForMap(session.page);
  const events = await eventsAfterStart(session.page, goldEvents());
  // The library is read (on a phone its list is in another view, so the store says so).
  await session.page.waitForFunction(
    () =>
      (window.__marsadBench?.store.getState() as { libraryReady?: boolean } | undefined)?.libraryReady ===
      true,
  );
  return { ...session, events };
}

/** A tap on a phone, a click elsewhere. */
async function press(locator: ReturnType<Page['locator']>, size: Size): Promise<void> {
  if (size.touch) await locator.tap();
  else await locator.click();
}

/** How long a view may lag behind the store on a loaded machine (a frame, then a React transition). */
const VIEW_LAG = { timeout: 15_000 };

async function fatalitiesOf(page: Page, id: string): Promise<number | null | undefined> {
  return page.evaluate(
    (wanted) =>
      window.__marsadBench?.store.getState().events.find((event) => event.id === wanted)?.fatalities,
    id,
  );
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
}

describe.each([PHONE, LAPTOP])('the $name layout ($width×$height)', (size) => {
  describe.each(['en', 'ar'] as const)('in %s', (language) => {
    const words = WORDS[language];

    it('sees events, scrubs, selects, reads the evidence, uploads and corrects by touch or click', async () => {
      const { page, close, events } = await start(size, language);
      await expectNoSidewaysScroll(page);
      if (size.touch) {
        expect(await smallTargets(page)).toEqual([]);
        await shot(page, size, language, 'map');
      }

      // The events: listed, not covered by the legend, each row reachable by a tap.
      await showView(page, size, 'events');
      await expect.poll(async () => (await eventListIds(page)).length).toBeGreaterThan(0);
      expect(await coveredBy(page, '.event-scroller', '.map-legend')).toBe(false);
      expect(await reachable(page, '.event-list li:first-child button')).toBe(true);
      await expectNoSidewaysScroll(page);
      if (size.touch) {
        expect(await smallTargets(page)).toEqual([]);
        await shot(page, size, language, 'events');
      }

      // Scrubbing: the window starts a day after the earliest event, which leaves the list.
      const total = await shownCountText(page);
      const earliest = earliestPrecise(events);
      // The page handles the drag's moves after the test has sent them, and the count follows the window a frame
      // and a React transition later (over a second on a loaded machine): each step waits for the state it
      // needs, not for a fixed time.
      await scrubStartTo(page, size, isoOf(earliest.day + 1));
      await expect.poll(() => sliderDate(page, 'start'), VIEW_LAG).toBe(isoOf(earliest.day + 1));
      await expect.poll(() => shownCountText(page), VIEW_LAG).not.toBe(total);
      const wholeSpan = page.getByRole('button', { name: /^(whole span|كامل المدة)$/i });
      await press(wholeSpan, size);
      // Done when the window is the whole span again (the button, having nothing left to do, is disabled)…
      await expect.poll(() => wholeSpan.isDisabled(), VIEW_LAG).toBe(true);
      // …and then every event is counted as shown.
      await expect.poll(() => shownCountText(page), VIEW_LAG).toBe(total);

      // Selecting an event shows its evidence, on screen and uncovered (on a phone, the reader opens).
      const first = (await eventListIds(page))[0] ?? '';
      await press(page.locator(`li[data-event-id="${first}"]`).getByRole('button'), size);
      if (size.touch)
        await expect.poll(() => viewButton(page, 'reader').getAttribute('aria-pressed')).toBe('true');
      await page.locator('.reader-text mark.evidence').first().waitFor();
      await expect.poll(() => reachable(page, '.reader-text mark.evidence')).toBe(true);
      await expectNoSidewaysScroll(page);
      if (size.touch) expect(await smallTargets(page)).toEqual([]);
      await shot(page, size, language, 'reader');

      // Correcting it: the editor opens, the toll is changed and saved.
      await press(page.getByRole('button', { name: words.correct }), size);
      const editor = page.getByRole('form', { name: words.editor });
      await editor.waitFor();
      await expectNoSidewaysScroll(page);
      await shot(page, size, language, 'editor');
      await editor.getByLabel(words.killed).fill('5');
      await press(editor.getByRole('button', { name: words.save }), size);
      await editor.waitFor({ state: 'detached' });
      await expect.poll(() => fatalitiesOf(page, first)).toBe(5);

      // Uploading: a file chosen in the library is read, reviewed and added.
      const before = (await libraryArticles(page)).length;
      await showView(page, size, 'library');
      await page.getByLabel(words.upload).setInputFiles([
        {
          name: 'tarhuna.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from(`${words.article.title}\n\n${words.article.text}`),
        },
      ]);
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: words.add }).waitFor();
      await expectNoSidewaysScroll(page);
      await shot(page, size, language, 'upload-review');
      await press(dialog.getByRole('button', { name: words.add }), size);
      await expect
        .poll(() => page.locator('.notices .notice span').allInnerTexts(), { timeout: 60_000 })
        .toContainEqual(expect.stringMatching(words.added));
      expect((await libraryArticles(page)).length).toBe(before + 1);
      await expectNoSidewaysScroll(page);
      if (size.touch) {
        expect(await smallTargets(page)).toEqual([]);
        await shot(page, size, language, 'library');
      }
      await close();
    }, 150_000);

    it('does the same by keyboard alone: skip link, arrow keys, slider, editor and dialog keep and give back focus', async () => {
      const { page, close } = await start(size, language);
      await page.locator('body').focus();

      // The first Tab reaches the skip links; the second one leads to the event list.
      await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe(words.skipMap);
      await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe(words.skipList);
      await page.keyboard.press('Enter');
      // On a phone the list comes on screen first, and its first row takes the focus once drawn.
      await expect.poll(() => focusWithin(page, '.event-list')).toBe(true);
      const position = () =>
        page.evaluate(() =>
          Number(document.activeElement?.closest('li')?.getAttribute('aria-posinset') ?? 0),
        );
      expect(await position()).toBe(1);

      // Arrow keys, End and Home move between the events.
      const count = (await eventListIds(page)).length;
      await page.keyboard.press('ArrowDown');
      expect(await position()).toBe(2);
      await page.keyboard.press('End');
      await expect.poll(position).toBe(count);
      await page.keyboard.press('Home');
      await expect.poll(position).toBe(1);

      // The timeline's start slider is a few Shift+Tabs back; Page Up moves the window a week on.
      const total = await shownCountText(page);
      const onStart = () =>
        page.evaluate(() =>
          /^(Start date|تاريخ البداية)$/.test(document.activeElement?.getAttribute('aria-label') ?? ''),
        );
      expect(await pressUntil(page, 'Shift+Tab', onStart, 6)).toBe(true);
      const moved = async () => (await shownCountText(page)) !== total;
      expect(await pressUntil(page, 'PageUp', moved, 12)).toBe(true);
      await page.keyboard.press('Home');
      await expect.poll(() => shownCountText(page)).toBe(total);

      // Back to the list (one Tab stop) and Enter selects the event: its evidence shows.
      expect(await pressUntil(page, 'Tab', () => focusWithin(page, '.event-list'), 6)).toBe(true);
      const selectedId = await page.evaluate(
        () => document.activeElement?.closest('li')?.getAttribute('data-event-id') ?? '',
      );
      await page.keyboard.press('Enter');
      await page.locator('.reader-text mark.evidence').first().waitFor();
      // On a phone the reader takes the screen and the focus; the reader's text is in the Tab order everywhere.
      if (size.touch) expect(await focusWithin(page, '.reader-text')).toBe(true);
      else expect(await pressUntil(page, 'Tab', () => focusWithin(page, '.reader-text'), 12)).toBe(true);

      // "Correct this event" opens the editor; Tab stays inside it; Escape closes it and gives focus back.
      const onCorrect = async () => words.correct.test(await focusedText(page));
      // (The corrections panel is fetched after the first view; its buttons wait for the library.)
      await expect.poll(() => page.getByRole('button', { name: words.correct }).isEnabled()).toBe(true);
      expect(await pressUntil(page, 'Shift+Tab', onCorrect, 12)).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByRole('form', { name: words.editor }).waitFor();
      await expect.poll(() => focusWithin(page, '.event-editor'), { timeout: 15_000 }).toBe(true);
      for (let i = 0; i < 25; i += 1) await page.keyboard.press('Tab');
      expect(await focusWithin(page, '.event-editor')).toBe(true);
      await page.keyboard.press('Escape');
      await page.getByRole('form', { name: words.editor }).waitFor({ state: 'detached' });
      expect(await onCorrect()).toBe(true);

      // Again, and this time the toll is typed and the form sent with Enter.
      await page.keyboard.press('Enter');
      const onKilled = async () =>
        words.killed.test(
          await page.evaluate(
            () => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '',
          ),
        );
      expect(await pressUntil(page, 'Tab', onKilled, 25)).toBe(true);
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('6');
      await page.keyboard.press('Enter');
      await page.getByRole('form', { name: words.editor }).waitFor({ state: 'detached' });
      await expect.poll(() => fatalitiesOf(page, selectedId)).toBe(6);

      // The paste dialog: reached by Tab (on a phone through the Library view), it keeps focus, Escape closes it
      // and focus returns to its button; then an article is typed, read and added.
      if (size.touch) {
        expect(
          await pressUntil(page, 'Tab', async () => (await focusedText(page)) === words.library, 40),
        ).toBe(true);
        await page.keyboard.press('Enter');
      }
      const onPaste = async () => words.paste.test(await focusedText(page));
      expect(await pressUntil(page, 'Tab', onPaste, 40)).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      // The dialog takes the focus once its focus trap is in (loaded with the dialog's chunk, a moment after it shows).
      await expect.poll(() => focusWithin(page, '[role="dialog"]'), { timeout: 15_000 }).toBe(true);
      for (let i = 0; i < 20; i += 1) await page.keyboard.press('Tab');
      expect(await focusWithin(page, '[role="dialog"]')).toBe(true);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      expect(await onPaste()).toBe(true);

      const before = (await libraryArticles(page)).length;
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      await page.keyboard.type(words.article.title);
      await page.keyboard.press('Tab');
      await page.keyboard.type(words.article.text);
      const onButton = (name: RegExp) => async () => name.test(await focusedText(page));
      // "Read article" reads it and adds it in one step.
      expect(await pressUntil(page, 'Tab', onButton(words.read), 10)).toBe(true);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('.notices .notice span').allInnerTexts(), { timeout: 60_000 })
        .toContainEqual(expect.stringMatching(words.added));
      expect((await libraryArticles(page)).length).toBe(before + 1);
      await close();
    }, 150_000);
  });
});
