import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, newContext, openMarsad, waitForMap } from './driver';

afterAll(closeBrowser);

describe('the interface language', () => {
  it('keeps the language the user chose after a reload, and names the switch by what it shows', async () => {
    const context = await newContext('en-GB');
    const { page, close } = await openMarsad({ context });
    await waitForMap(page);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');

    // The button's accessible name is its visible text (WCAG 2.5.3), in the language it switches to.
    await page.getByRole('button', { name: 'العربية', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');

    await page.reload();
    await waitForMap(page);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.getByRole('button', { name: 'English', exact: true }).count()).toBe(1);

    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.reload();
    await waitForMap(page);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await close();
    await context.close();
  });
});
