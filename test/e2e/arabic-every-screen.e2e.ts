/**
 * The Arabic interface, screen by screen: every visible string (text, accessible names, tooltips, placeholders,
 * the options of a closed select) is Arabic, except what the user supplied (article titles and texts, file
 * names, outlet names, rows of a reference file: marked `translate="no"` by the app) and a short list of format
 * names. A name the user supplied inside a sentence of the interface is set apart by a first-strong isolate
 * (U+2068…U+2069), which bidi needs anyway. Walks the main states at the desktop and phone sizes and keeps screenshots of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  clickEventById,
  closeBrowser,
  eventListIds,
  hoverMapAt,
  openEventEditor,
  openMarsad,
  screenshot,
  uploadFiles,
  waitForMap,
} from './driver';
import { DESKTOP, PHONE, showView, type Size, type View } from './layout-steps';

afterAll(closeBrowser);

/** Names that stay as they are in any language: data formats, file extensions and the two reference datasets. */
const ALLOWED = [
  'GeoJSONSeq',
  'GeoJSON',
  'JSONL',
  'JSON',
  'CSV',
  'ACLED',
  'UCDP',
  ...['txt', 'md', 'html', 'jsonl', 'json', 'csv', 'docx', 'pdf', 'zip'].map((extension) => `.${extension}`),
  'zip',
];

/** Where the screenshots of each state go (to look at them: no empty boxes, right to left, Arabic grammar). */
const SHOTS = process.env['MARSAD_AR_SHOTS'] ?? join(tmpdir(), 'marsad-arabic-screens');

/** Every visible piece of interface text with a Latin letter outside the allowed names, with where it is. */
async function latinOutsideNames(page: Page): Promise<string[]> {
  return page.evaluate((allowed) => {
    const found: string[] = [];
    const pattern = new RegExp(
      allowed
        .sort((a, b) => b.length - a.length)
        .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
      'g',
    );
    // A name the app set apart inside a sentence (a first-strong isolate, U+2068…U+2069) is the user's.
    const latin = (value: string) =>
      /[A-Za-z]/.test(value.replace(/\u2068[^\u2069]*\u2069/g, '').replace(pattern, ''));
    const supplied = (element: Element) => element.closest('[translate="no"], script, style') !== null;
    const shown = (element: Element): boolean => {
      const owner = element.closest('select') ?? element;
      return owner.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    };
    const where = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? '.' + element.className.split(' ')[0] : ''}`;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const value = node.textContent ?? '';
      if (!element || supplied(element) || !latin(value) || !shown(element)) continue;
      found.push(`${where(element)}: ${value.trim()}`);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (supplied(element) || !shown(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value && latin(value)) found.push(`${where(element)}[${name}]: ${value}`);
      }
    }
    return found;
  }, ALLOWED);
}

/** Collects the findings of each state under its name, so a failure says where the English is. */
class Walk {
  readonly findings: Record<string, string[]> = {};
  constructor(
    private readonly page: Page,
    private readonly size: Size,
  ) {}
  async look(state: string, view?: View): Promise<void> {
    if (view) await showView(this.page, this.size, view);
    const found = await latinOutsideNames(this.page);
    if (found.length > 0) this.findings[state] = [...new Set(found)];
    await screenshot(this.page, join(SHOTS, `arabic-${this.size.name}-${state}.png`));
  }
}

const upload = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'uploads', name);

async function walkArabic(size: Size): Promise<Record<string, string[]>> {
  const { page, close } = await openMarsad({
    locale: 'ar-LY',
    viewport: { width: size.width, height: size.height },
    touch: size.touch,
  });
  const walk = new Walk(page, size);
  await waitForMap(page);
  // On a phone the library is a view of its own, out of sight: wait for its count in the page.
  await page
    .locator('.library .count')
    .filter({ hasText: /\S/ })
    .waitFor({ state: 'attached', timeout: 30_000 });
  // The names of places and actors arrive with the gazetteer, a moment after the first view.
  await showView(page, size, 'events');
  await page.waitForFunction(() => {
    const names = [...document.querySelectorAll('.event-list bdi')];
    return names.length > 0 && names.every((name) => !/[A-Za-z]/.test(name.textContent ?? ''));
  });
  await walk.look('first-view', 'map');
  await walk.look('library', 'library');
  await walk.look('filters', 'filters');
  await walk.look('events', 'events');

  const first = (await eventListIds(page))[0] ?? '';
  await clickEventById(page, first);
  await walk.look('reader', 'reader');
  await openEventEditor(page);
  await walk.look('editor', 'reader');
  await page.keyboard.press('Escape');

  if (!size.touch) {
    await hoverMapAt(page, 13.18, 32.88).catch(() => '');
    await walk.look('map-hover');
    await page.getByRole('button', { name: 'لصق مقال', exact: true }).click();
    await walk.look('paste');
    await page.keyboard.press('Escape');
    await uploadFiles(page, [upload('gharyan-airstrike.txt'), upload('ajdabiya-reports.csv')]);
    await walk.look('upload-review');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^إضافة/ })
      .click();
    await page
      .locator('.notices .notice span')
      .filter({ hasText: /^(أُ?ضيفت|أُ?لغي)/ })
      .first()
      .waitFor({ timeout: 60_000 });
    await walk.look('upload-done');
    await page
      .getByRole('region', { name: 'مساحة العمل', exact: true })
      .getByLabel(/ACLED\/UCDP/)
      .setInputFiles({
        name: 'acled-libya-sample.csv',
        mimeType: 'text/csv',
        buffer: readFileSync(
          join(import.meta.dirname, '..', 'fixtures', 'reference', 'acled-libya-sample.csv'),
        ),
      });
    await page.getByRole('region', { name: 'المقارنة بالمرجع', exact: true }).waitFor({ timeout: 30_000 });
    await walk.look('reference');
  }
  await close();
  return walk.findings;
}

describe('the Arabic interface on every screen', () => {
  it('desktop: first view, library, filters, list, reader, editor, map, paste, upload review, notices, reference — no English outside names', async () => {
    expect(await walkArabic(DESKTOP)).toEqual({});
  }, 180_000);

  it('phone: map, library, filters, list, reader and editor views — no English outside names', async () => {
    expect(await walkArabic(PHONE)).toEqual({});
  }, 120_000);
});
