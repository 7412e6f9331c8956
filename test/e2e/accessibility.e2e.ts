import { afterAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { closeBrowser, eventListIds, eventsAfterStart, openMarsad, waitForMap } from './driver';
import { goldEvents } from '../fixtures/events/gold-events';
import { PHONE, LAPTOP, DESKTOP, showView, type Size } from './layout-steps';

afterAll(closeBrowser);

/** The serious and critical findings of axe-core on the page as it is, one line each (rule, node, message). */
async function seriousFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary ?? ''}`,
      ),
    );
}

/** Checks one state of the app; the findings of every state are gathered, so one run reports them all. */
async function check(found: string[], page: Page, state: string): Promise<void> {
  for (const line of await seriousFindings(page)) found.push(`[${state}] ${line}`);
}

async function selectFirstEvent(page: Page, size: Size): Promise<void> {
  await showView(page, size, 'events');
  const first = (await eventListIds(page))[0] ?? '';
  await page.locator(`li[data-event-id="${first}"]`).getByRole('button').click();
  await page.locator('.reader-text mark.evidence').first().waitFor();
}

async function openEditor(page: Page, size: Size): Promise<void> {
  await showView(page, size, 'reader');
  await page.getByRole('button', { name: /^(correct this event|تصحيح هذا الحدث)$/i }).click();
  await page.getByRole('form', { name: /^(edit event|تحرير الحدث)$/i }).waitFor();
}

async function openUploadReview(page: Page, size: Size): Promise<void> {
  await showView(page, size, 'library');
  await page.getByLabel(/^(upload articles|رفع مقالات)$/i).setInputFiles([
    {
      name: 'sirte-report.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        'Shelling in Sirte\n\nShelling hit a district of Sirte on Monday, killing two civilians.',
      ),
    },
  ]);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^(add 1 article|إضافة مقال واحد)$/i })
    .waitFor();
}

describe.each([DESKTOP, LAPTOP, PHONE])('axe-core at $name ($width×$height)', (size) => {
  it('finds nothing serious or critical in the first view, a selected event, the upload review and the editor', async () => {
    const { page, close } = await openMarsad({ viewport: size, touch: size.touch });
    await waitForMap(page);
    await eventsAfterStart(page, goldEvents());
    const found: string[] = [];
    await check(found, page, 'first view');
    await selectFirstEvent(page, size);
    await check(found, page, 'event selected');
    await openEditor(page, size);
    await check(found, page, 'editor open');
    await page.keyboard.press('Escape');
    await openUploadReview(page, size);
    await check(found, page, 'upload review');
    await page.keyboard.press('Escape');
    await close();
    expect(found).toEqual([]);
  });

  it('finds nothing serious or critical in Arabic: first view, a selected event and the editor', async () => {
    const { page, close } = await openMarsad({ locale: 'ar-LY', viewport: size, touch: size.touch });
    await waitForMap(page);
    await eventsAfterStart(page, goldEvents());
    const found: string[] = [];
    await check(found, page, 'Arabic first view');
    await selectFirstEvent(page, size);
    await check(found, page, 'Arabic event selected');
    await openEditor(page, size);
    await check(found, page, 'Arabic editor open');
    await close();
    expect(found).toEqual([]);
  });
});
