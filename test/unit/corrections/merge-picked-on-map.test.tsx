// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CorrectionPanel } from '../../../src/corrections/CorrectionPanel';
import { installLibraryService } from '../../../src/library/library-service';
import type { MapController } from '../../../src/map/map-controller';
import { mergeEvents } from '../../../src/pipeline/extract/merge-events';
import { StoreProvider } from '../../../src/store/store-context';
import { article, event, extraction, freshName, openTestLibrary } from '../library/library-fixtures';

/**
 * The map's side of a pick, as the app's map controller offers it: its frame and canvas, and the picker a click
 * on an event is handed to. jsdom draws no map, so a test "clicks" an event by handing its id to the picker (the
 * end-to-end test test/e2e/merge-pick.e2e.ts clicks the real map).
 */
function mapWithoutDrawing() {
  const frame = document.createElement('div');
  frame.className = 'map-frame';
  const container = document.createElement('div');
  const canvas = document.createElement('div');
  container.append(canvas);
  frame.append(container);
  document.body.append(frame);
  let picker: ((eventId: string | null) => void) | null = null;
  const controller = {
    map: { getContainer: () => container, getCanvasContainer: () => canvas },
    setEventPicker: (next: ((eventId: string | null) => void) | null) => {
      picker = next;
    },
  };
  window.__marsadMap = controller as unknown as MapController;
  return {
    frame,
    canvas,
    picking: () => picker !== null,
    clickEvent: (eventId: string | null) =>
      act(async () => {
        picker?.(eventId);
        await Promise.resolve();
      }),
  };
}

/** Two strikes on the same day far apart (Murzuq and Sirte), from two articles: two events the user may merge. */
async function twoStrikes(language: 'en' | 'ar' = 'en') {
  const library = await openTestLibrary(freshName(), null, mergeEvents);
  await library.service.commit([
    {
      article: article('a', 'A strike near Murzuq killed eight.'),
      extraction: extraction('a', [event('e1', 'a')]),
    },
    {
      article: article('b', 'A strike hit Sirte, killing six.'),
      extraction: extraction('b', [
        event('e2', 'b', {
          location: 'Sirte',
          place_id: 'sirte',
          admin1: 'Surt',
          latitude: 31.2,
          longitude: 16.59,
          fatalities: 6,
        }),
      ]),
    },
    {
      article: article('c', 'Clashes in Sirte killed two.'),
      extraction: extraction('c', [
        event('e3', 'c', {
          event_type: 'Battles',
          sub_event_type: 'Armed clash',
          location: 'Sirte',
          latitude: 31.2,
          longitude: 16.59,
        }),
      ]),
    },
  ]);
  installLibraryService(library.service);
  const state = library.store.getState();
  state.setLibraryReady(true);
  state.setLanguage(language);
  state.selectEvent('e1', 'map');
  render(
    <StoreProvider store={library.store}>
      <CorrectionPanel />
    </StoreProvider>,
  );
  return library;
}

/** Opens the "Merge with…" form once the library is ready (slow on a loaded machine). */
async function openMergeForm(name = 'Merge with…') {
  const mergeWith = await screen.findByRole('button', { name }, { timeout: 10_000 });
  await waitFor(() => expect(mergeWith).toBeEnabled(), { timeout: 10_000 });
  fireEvent.click(mergeWith);
}

describe('"Merge with…" an event picked on the map', () => {
  afterEach(() => {
    cleanup();
    installLibraryService(null);
    delete window.__marsadMap;
    document.body.innerHTML = '';
  });

  it('merges the selected event with the event clicked on the map, after a banner says what to do', async () => {
    const map = mapWithoutDrawing();
    const library = await twoStrikes();
    expect(library.store.getState().events).toHaveLength(3);
    await openMergeForm();
    fireEvent.click(screen.getByRole('button', { name: 'Pick it on the map' }));

    const banner = within(map.frame).getByRole('status');
    expect(banner).toHaveTextContent('Click the event to merge with on the map (Esc to cancel)');
    expect(map.canvas.style.cursor).toBe('crosshair');
    // A click beside every event keeps waiting.
    await map.clickEvent(null);
    expect(map.picking()).toBe(true);

    await map.clickEvent('e2');
    expect(map.picking()).toBe(false);
    expect(map.frame.querySelector('.map-pick-banner')).toBeNull();
    expect(screen.getByLabelText(/Event to merge with/)).toHaveValue('e2');
    // What was picked is shown beside the field: its type, day and place.
    const summary = screen.getAllByText(
      (_, element) =>
        element?.tagName === 'P' && /^Air\/drone strike · .*Sirte$/.test(element.textContent ?? ''),
    );
    expect(summary).toHaveLength(1);
    const merge = screen.getByRole('button', { name: 'Merge' });
    await waitFor(() => expect(merge).toHaveFocus());
    // The selection did not move to the clicked event.
    expect(library.store.getState().selectedEventId).toBe('e1');

    await act(async () => {
      fireEvent.click(merge);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    await waitFor(() => expect(library.store.getState().events).toHaveLength(2), { timeout: 10_000 });
    const merged = library.store.getState().events.find((item) => item.id === 'e1');
    expect(merged?.sources.map((source) => source.article_id).sort()).toEqual(['a', 'b']);
    expect(merged?.fatalities).toBe(6);
    expect(merged?.fatalities_high).toBe(8);
    library.database.close();
  });

  it('stops picking on Escape: no banner, the map selects again, the focus back on the pick button', async () => {
    const map = mapWithoutDrawing();
    const library = await twoStrikes();
    await openMergeForm();
    const pick = screen.getByRole('button', { name: 'Pick it on the map' });
    fireEvent.click(pick);
    expect(pick).toHaveAttribute('aria-pressed', 'true');
    fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => expect(pick).toHaveFocus());
    expect(pick).toHaveAttribute('aria-pressed', 'false');
    expect(map.picking()).toBe(false);
    expect(within(map.frame).queryByRole('status')).toBeNull();
    expect(map.canvas.style.cursor).toBe('');
    expect(screen.getByLabelText(/Event to merge with/)).toHaveValue('');
    expect(library.store.getState().events).toHaveLength(3);
    library.database.close();
  });

  it('says so when the event clicked is of another type, and merges nothing', async () => {
    const map = mapWithoutDrawing();
    const library = await twoStrikes();
    await openMergeForm();
    fireEvent.click(screen.getByRole('button', { name: 'Pick it on the map' }));
    await map.clickEvent('e3');
    expect(await screen.findByRole('alert')).toHaveTextContent(/Only events of the same type can be merged/);
    expect(library.store.getState().events).toHaveLength(3);
    library.database.close();
  });

  it('ends the pick when another event is selected (the panel changes)', async () => {
    const map = mapWithoutDrawing();
    const library = await twoStrikes();
    await openMergeForm();
    fireEvent.click(screen.getByRole('button', { name: 'Pick it on the map' }));
    expect(map.picking()).toBe(true);
    act(() => library.store.getState().selectEvent('e3', 'list'));
    expect(map.picking()).toBe(false);
    expect(map.frame.querySelector('.map-pick-banner')).toBeNull();
    library.database.close();
  });

  it('speaks Arabic: the button, the banner and its cancel button', async () => {
    const map = mapWithoutDrawing();
    const library = await twoStrikes('ar');
    await openMergeForm('دمجه مع…');
    fireEvent.click(screen.getByRole('button', { name: 'اختره على الخريطة' }));
    const banner = within(map.frame).getByRole('status');
    expect(banner).toHaveTextContent('انقر على الخريطة على الحدث المراد الدمج معه');
    fireEvent.click(within(banner).getByRole('button', { name: 'إلغاء' }));
    expect(map.picking()).toBe(false);
    library.database.close();
  });
});
