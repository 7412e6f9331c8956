import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  closeBrowser,
  confirmUpload,
  dragTimelineTo,
  exportEventsCsv,
  exportWorkspace,
  offHostRequests,
  openMarsad,
  setUploadDate,
  sliderDate,
  uploadFiles,
  waitForLibrary,
  waitForMap,
  clickEventInList,
  selectedSentence,
} from './driver';

afterAll(closeBrowser);

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'uploads');

describe('privacy: articles never leave the browser', () => {
  it('sends every request of a full session (load, upload, scrub, read, export) to 127.0.0.1 only', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForMap(page);
    await waitForLibrary(page);

    await uploadFiles(page, [join(fixtures, 'gharyan-airstrike.txt'), join(fixtures, 'misrata-drone.html')]);
    await setUploadDate(page, '2020-01-10');
    expect(await confirmUpload(page)).toMatch(/^Added/);

    const start = await sliderDate(page, 'start');
    expect(start).not.toBeNull();
    await dragTimelineTo(page, 'start', '2020-01-01');
    await dragTimelineTo(page, 'start', start ?? '2019-01-01');

    await clickEventInList(page, /Murzuq/);
    expect(await selectedSentence(page)).toMatch(/داعش/);

    const csv = await exportEventsCsv(page);
    expect(csv.text.split('\n')[0]).toMatch(/event_date/);
    const workspace = await exportWorkspace(page);
    expect(workspace.text).toMatch(/marsad-workspace/);

    expect(session.requests.length).toBeGreaterThan(0);
    expect(offHostRequests(session.requests)).toEqual([]);
    await session.close();
  });

  it('declares a Content-Security-Policy that only allows the app itself', async () => {
    const session = await openMarsad();
    const policy = await session.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/connect-src 'self'/);
    expect(policy).not.toMatch(/https?:/);
    // A request to another host is refused by the policy itself, not only absent from our code. The target is
    // another loopback address, so nothing would leave the machine even if the policy failed.
    const violation = await session.page.evaluate(async () => {
      const seen = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), {
          once: true,
        }),
      );
      await fetch('http://127.0.0.2:9/ping').catch(() => undefined);
      return Promise.race([seen, new Promise<string>((resolve) => setTimeout(() => resolve('none'), 2000))]);
    });
    expect(violation).toBe('connect-src');
    expect(offHostRequests(session.requests.filter((url) => !url.startsWith('http://127.0.0.2')))).toEqual(
      [],
    );
    await session.close();
  });
});
