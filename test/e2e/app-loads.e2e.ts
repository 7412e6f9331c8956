import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  closeBrowser,
  libraryTitles,
  offHostRequests,
  openMarsad,
  renderedFeatureCount,
  screenshot,
  waitForMap,
} from './driver';

afterAll(closeBrowser);

describe('opening Marsad', () => {
  it('draws the offline map of Libya, lists the bundled articles and requests nothing off-host', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForMap(page);

    expect(await renderedFeatureCount(page, 'libya-outline')).toBeGreaterThan(0);
    const titles = await libraryTitles(page);
    expect(titles.length).toBe(3);
    expect(titles.join('\n')).toMatch(/Murzuq/);
    expect(titles.join('\n')).toMatch(/Qasr bin Ghashir/);

    await screenshot(page, join(import.meta.dirname, '..', '..', 'docs', 'screenshot.png'));
    expect(offHostRequests(session.requests)).toEqual([]);
    await session.close();
  });
});
