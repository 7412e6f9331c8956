import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openMarsad, waitForMap } from './driver';

afterAll(closeBrowser);

/** The text-field of a basemap label layer, as the map holds it now. */
function labelField(page: Awaited<ReturnType<typeof openMarsad>>['page'], layer: string): Promise<unknown> {
  return page.evaluate((name) => {
    const map = window.__marsadMap?.map;
    return map?.getLayer(name) ? map.getLayoutProperty(name, 'text-field') : undefined;
  }, layer);
}

describe('the map labels places in the interface’s script', () => {
  it('shows places and countries by their Arabic names alone in the Arabic interface', async () => {
    const { page, close } = await openMarsad({ locale: 'ar-LY' });
    await waitForMap(page);
    await expect.poll(() => labelField(page, 'place-labels')).toEqual(['get', 'name_ar']);
    await expect.poll(() => labelField(page, 'country-labels')).toEqual(['get', 'name_ar']);
    await close();
  });

  it('shows the English name under the Arabic one in the English interface', async () => {
    const { page, close } = await openMarsad({ locale: 'en-GB' });
    await waitForMap(page);
    const field = await labelField(page, 'place-labels');
    expect(JSON.stringify(field)).toContain('name_en');
    await close();
  });
});
