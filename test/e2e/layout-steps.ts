/**
 * Steps of the layout, keyboard and accessibility specs: the three screen sizes the app is designed for, and
 * how a user reaches a panel on each (on a phone, through the view buttons at the bottom of the screen).
 */
import type { Page } from 'playwright-core';

export interface Size {
  name: string;
  width: number;
  height: number;
  /** A phone: one view at a time, touch screen. */
  touch: boolean;
}

export const DESKTOP: Size = { name: 'desktop', width: 1400, height: 900, touch: false };
export const LAPTOP: Size = { name: 'laptop', width: 1280, height: 720, touch: false };
export const PHONE: Size = { name: 'phone', width: 390, height: 844, touch: true };

export type View = 'map' | 'events' | 'reader' | 'filters' | 'library';

const VIEW_NAMES: Record<View, RegExp> = {
  map: /^(map|الخريطة)$/i,
  events: /^(events|الأحداث)$/i,
  reader: /^(reader|القارئ)$/i,
  filters: /^(filters|المرشحات)$/i,
  library: /^(library|المكتبة)$/i,
};

/** The phone's view buttons. */
export function viewButton(page: Page, view: View) {
  return page
    .getByRole('navigation', { name: /^(views|طرق العرض)$/i })
    .getByRole('button', { name: VIEW_NAMES[view] });
}

/** Brings a panel on screen: on a phone by tapping its view button; on wider screens every panel is there. */
export async function showView(page: Page, size: Size, view: View): Promise<void> {
  if (!size.touch) return;
  const button = viewButton(page, view);
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.tap();
}

/** How far the page scrolls sideways (0 when it fits the screen). */
export async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(
    () => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth,
  );
}

/**
 * Buttons, links, selects and text fields on screen that are smaller than `minimum` pixels either way (checkboxes
 * are judged by their label, which takes the tap), each as its name and size.
 */
export async function smallTargets(page: Page, minimum = 44): Promise<string[]> {
  return page.evaluate((least) => {
    const small: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], select, input, textarea, summary, [role="tab"], label.button',
    );
    for (const control of controls) {
      let target: HTMLElement = control;
      if (control instanceof HTMLInputElement && control.type === 'file') continue; // its label is the target
      if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
        target = control.closest('label') ?? control;
      }
      const box = target.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue; // not shown
      if (box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth) continue;
      // Skip links show only while focused.
      if (control.closest('.skip-links')) continue;
      if (box.width < least - 0.5 || box.height < least - 0.5) {
        const name = (control.getAttribute('aria-label') ?? control.textContent ?? '').trim().slice(0, 40);
        small.push(
          `${control.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return small;
  }, minimum);
}

/** Drags with one finger from one point to another (touch events, as a phone sends them). */
export async function touchDrag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  const client = await page.context().newCDPSession(page);
  await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let step = 1; step <= 8; step += 1) {
    const x = from.x + ((to.x - from.x) * step) / 8;
    const y = from.y + ((to.y - from.y) * step) / 8;
    await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
  }
  await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await client.detach();
}

/**
 * Moves the timeline's start handle so that the window starts on `iso`: by touch on a phone, with the mouse
 * elsewhere.
 */
export async function scrubStartTo(page: Page, size: Size, iso: string): Promise<void> {
  const handle = page.getByRole('slider', { name: /^(start date|تاريخ البداية)$/i });
  const box = await handle.boundingBox();
  const track = await page.locator('.timeline-track').boundingBox();
  if (!box || !track) throw new Error('the timeline is not on screen');
  const { min, max, rtl } = await handle.evaluate((element) => ({
    min: Number(element.getAttribute('aria-valuemin')),
    max: Number(element.getAttribute('aria-valuemax')),
    rtl: document.documentElement.dir === 'rtl',
  }));
  const day = Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
  const fraction = (day - min) / (max + 1 - min);
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const to = { x: track.x + (rtl ? 1 - fraction : fraction) * track.width, y: from.y };
  if (size.touch) {
    await touchDrag(page, from, to);
    return;
  }
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** Presses `key` until `reached()` holds (at most `most` times); says whether it did. */
export async function pressUntil(
  page: Page,
  key: string,
  reached: () => Promise<boolean>,
  most = 60,
): Promise<boolean> {
  for (let i = 0; i < most; i += 1) {
    if (await reached()) return true;
    await page.keyboard.press(key);
  }
  return reached();
}

/** The focused element's accessible text (its aria-label or its text), '' when nothing is focused. */
export async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return '';
    return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
  });
}

/** Whether the focused element is inside the element matched by `selector`. */
export async function focusWithin(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => Boolean(document.activeElement?.closest(css)), selector);
}

/** Whether the middle of an element is on screen and not covered by anything else (a tap there reaches it). */
export async function reachable(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => {
    const element = document.querySelector(css);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + Math.min(box.height / 2, 12);
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return Boolean(hit && (element === hit || element.contains(hit)));
  }, selector);
}

/**
 * Whether anything matched by `cover` lies on top of the element matched by `target` anywhere (checked on a
 * grid of points over the target: what a tap there would reach).
 */
export async function coveredBy(page: Page, target: string, cover: string): Promise<boolean> {
  return page.evaluate(
    ([targetCss, coverCss]) => {
      const element = document.querySelector(targetCss ?? '');
      if (!element) return false;
      const box = element.getBoundingClientRect();
      for (let i = 1; i < 10; i += 1) {
        for (let j = 1; j < 10; j += 1) {
          const hit = document.elementFromPoint(
            box.left + (box.width * i) / 10,
            box.top + (box.height * j) / 10,
          );
          if (hit?.closest(coverCss ?? '')) return true;
        }
      }
      return false;
    },
    [target, cover],
  );
}
