import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, dragTimelineTo, openMarsad, renderedFeatureCount, waitForLibrary } from './driver';

afterAll(closeBrowser);

const REFERENCE_LAYER = 'reference-event-rings';
const sample = (name: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: readFileSync(join(import.meta.dirname, '..', 'fixtures', 'reference', name)),
});

async function importReference(page: Page, name: string): Promise<void> {
  await page
    .getByRole('region', { name: /^workspace$/i })
    .getByLabel(/^compare with acled\/ucdp$/i)
    .setInputFiles(sample(name));
  await page.getByRole('region', { name: /^reference comparison$/i }).waitFor({ timeout: 30_000 });
}

async function listTexts(page: Page, title: RegExp): Promise<string[]> {
  const panel = page.getByRole('region', { name: /^reference comparison$/i });
  return panel.getByRole('region', { name: title }).locator('li').allTextContents();
}

describe('comparing with a reference dataset', () => {
  it('an ACLED export: the layer on the map, three lists with their members, a pair side by side, timeline filter', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForLibrary(page);
    await importReference(page, 'acled-libya-sample.csv');
    const panel = page.getByRole('region', { name: /^reference comparison$/i });
    await expect
      .poll(() => panel.getByRole('heading', { level: 2 }).textContent())
      .toMatch(/ACLED \(acled-libya-sample\.csv\)/);
    expect(await panel.textContent()).toMatch(/Rows of types Marsad does not code, left out: 1\./);

    const both = await listTexts(page, /^in both \(2\)$/i);
    expect(both).toEqual([
      expect.stringMatching(/^2019-09-24 · Air\/drone strike · Murzuq ↔ 2019-09-24 · .* · LBY90001$/),
      expect.stringMatching(/Qasr bin Ghashir ↔ .* · Qasr Bin Ghashir · LBY90002$/),
    ]);
    const onlyReference = await listTexts(page, /^only in the reference \(2\)$/i);
    expect(onlyReference.map((item) => item.split(' · ').at(-1))).toEqual(['LBY90003', 'LBY90005']);
    const onlyMarsad = await listTexts(page, /^only in marsad \(\d+\)$/i);
    expect(onlyMarsad.some((item) => /^2019-09-24 .* Murzuq/.test(item))).toBe(false);
    expect(onlyMarsad.some((item) => /Al Washka/.test(item))).toBe(true);

    await panel.getByRole('button', { name: /LBY90001$/ }).click();
    const table = panel.getByRole('table', { name: /^side by side$/i });
    expect(await table.locator('thead').textContent()).toMatch(/Reference LBY90001/);
    expect(await table.getByRole('row', { name: /^fatalities/i }).textContent()).toMatch(/11$/);

    // Each list exports as CSV: here the events only the reference has.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      panel
        .getByRole('region', { name: /^only in the reference/i })
        .getByRole('button', { name: /^export csv$/i })
        .click(),
    ]);
    const exported = readFileSync(await file.path(), 'utf8');
    expect(exported.split('\r\n')[0]).toMatch(/^\uFEFFdataset,reference_id,first_day,/);
    expect(exported.match(/^ACLED,LBY\d+/gm)).toEqual(['ACLED,LBY90003', 'ACLED,LBY90005']);

    // The four located reference events of Marsad's types are drawn, in their own layer.
    await expect.poll(() => renderedFeatureCount(page, REFERENCE_LAYER), { timeout: 20_000 }).toBe(4);

    // The timeline narrows the layer and the lists alike: September 2019 only.
    await dragTimelineTo(page, 'start', '2019-09-01');
    await dragTimelineTo(page, 'end', '2019-09-30');
    await expect.poll(() => renderedFeatureCount(page, REFERENCE_LAYER)).toBe(3);
    await expect.poll(() => listTexts(page, /^in both \(1\)$/i)).toHaveLength(1);
    await session.close();
  });

  it('a UCDP GED file: matched by date window and place whatever the type; a wrong file is refused', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForLibrary(page);
    await importReference(page, 'ucdp-ged-libya-sample.csv');
    const both = await listTexts(page, /^in both \(2\)$/i);
    expect(both.map((item) => item.split(' · ').at(-1))).toEqual(['300101', '300102']);
    expect((await listTexts(page, /^only in the reference \(1\)$/i))[0]).toMatch(/Sirte town · 300103$/);
    await expect.poll(() => renderedFeatureCount(page, REFERENCE_LAYER), { timeout: 20_000 }).toBe(3);

    await page
      .getByRole('region', { name: /^workspace$/i })
      .getByLabel(/^compare with acled\/ucdp$/i)
      .setInputFiles({
        name: 'articles.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('title,text\nx,y\n'),
      });
    await expect
      .poll(() => page.locator('.notices').textContent())
      .toMatch(/This file cannot be compared: not an ACLED or UCDP GED file/);
    await session.close();
  });
});
