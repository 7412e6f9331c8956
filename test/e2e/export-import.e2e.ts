import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import {
  clearLibrary,
  clickEventMentioning,
  closeBrowser,
  exportEventsCsv,
  exportWorkspace,
  importWorkspace,
  libraryCount,
  newContext,
  openEventEditor,
  openMarsad,
  reload,
  storeEventsInFull,
  waitForLibrary,
} from './driver';

afterAll(closeBrowser);

describe('export and import', () => {
  it('restores the same events and corrections after export, clear and import, here and on another machine', async () => {
    const context = await newContext();
    const session = await openMarsad({ context });
    const { page } = session;
    await waitForLibrary(page);

    await clickEventMentioning(page, /Qasr bin Ghashir/);
    await openEventEditor(page);
    const editor = page.getByRole('form', { name: /^edit event$/i });
    await editor.getByLabel(/^killed$/i).fill('6');
    await editor.getByRole('button', { name: /^save correction$/i }).click();
    await editor.waitFor({ state: 'detached' });
    await clickEventMentioning(page, /Al Qatrun/);
    await page.getByRole('button', { name: /^not an event$/i }).click();
    await expect
      .poll(async () => (await storeEventsInFull(page)).some((event) => event['fatalities'] === 6))
      .toBe(true);

    const csv = await exportEventsCsv(page);
    expect(csv.name).toMatch(/^marsad-events-\d{4}-\d{2}-\d{2}\.csv$/);
    // A byte order mark first (Excel reads the Arabic right), then ACLED's columns and Marsad's.
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = Papa.parse<string[]>(csv.text.slice(1).trim()).data;
    expect(header?.slice(0, 4)).toEqual(['event_id_cnty', 'event_date', 'year', 'time_precision']);
    const corrected = header?.indexOf('user_corrected') ?? -1;
    expect(corrected).toBeGreaterThan(30);
    expect(rows.some((row) => row[corrected] === 'fatalities')).toBe(true);
    expect(rows.map((row) => row.join(',')).join('\n')).not.toMatch(/Al Qatrun/);

    const before = await storeEventsInFull(page);
    const workspace = await exportWorkspace(page);
    expect(JSON.parse(workspace.text)).toMatchObject({ format: 'marsad-workspace', version: 1 });

    await clearLibrary(page);
    expect(await storeEventsInFull(page)).toEqual([]);
    await reload(page);
    expect(await libraryCount(page)).toBe(0);

    expect(await importWorkspace(page, workspace)).toMatch(/^Imported 3 articles/);
    expect(await libraryCount(page)).toBe(3);
    expect(await storeEventsInFull(page)).toEqual(before);
    await reload(page);
    expect(await storeEventsInFull(page)).toEqual(before);
    await session.close();
    await context.close();

    // Another machine: a fresh profile with its own first start.
    const elsewhere = await openMarsad();
    await waitForLibrary(elsewhere.page);
    expect(await importWorkspace(elsewhere.page, workspace)).toMatch(/^Imported 0 articles \(3 updated/);
    expect(await storeEventsInFull(elsewhere.page)).toEqual(before);
    await elsewhere.close();
  });

  it('refuses a file that is not a Marsad workspace and changes nothing', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForLibrary(page);
    const message = await importWorkspace(page, { name: 'other.json', text: '{"type":"FeatureCollection"}' });
    expect(message).toMatch(/cannot be imported: not a Marsad workspace/);
    expect(await libraryCount(page)).toBe(3);
    await session.close();
  });
});
