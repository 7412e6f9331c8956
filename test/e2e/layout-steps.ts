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

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes on screen share any area. */
export function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
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
