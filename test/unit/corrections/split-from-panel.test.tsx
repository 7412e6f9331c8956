// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CorrectionPanel } from '../../../src/corrections/CorrectionPanel';
import { installLibraryService } from '../../../src/library/library-service';
import { mergeEvents } from '../../../src/pipeline/extract/merge-events';
import { StoreProvider } from '../../../src/store/store-context';
import { article, event, extraction, freshName, openTestLibrary } from '../library/library-fixtures';

describe('splitting a merged event from the correction panel', () => {
  afterEach(() => {
    cleanup();
    installLibraryService(null);
  });

  it('shows its reports as separate events, and still after the library is opened again', async () => {
    const name = freshName();
    const library = await openTestLibrary(name, null, mergeEvents);
    await library.service.commit([
      {
        article: article('a', 'A strike near Murzuq killed eight.'),
        extraction: extraction('a', [event('e1', 'a')]),
      },
      {
        article: article('b', 'Eight died in a strike near Murzuq.'),
        extraction: extraction('b', [event('e2', 'b')]),
      },
    ]);
    installLibraryService(library.service);
    library.store.getState().setLibraryReady(true);
    library.store.getState().selectEvent('e1', 'map');
    render(
      <StoreProvider store={library.store}>
        <CorrectionPanel />
      </StoreProvider>,
    );
    expect(library.store.getState().events).toHaveLength(1);
    // The panel is lazy and the library opens from IndexedDB: generous waits, so a loaded machine is no failure.
    const split = await screen.findByRole('button', { name: 'Split into its reports' }, { timeout: 10_000 });
    await waitFor(() => expect(split).toBeEnabled(), { timeout: 10_000 });
    await act(async () => {
      fireEvent.click(split);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    await waitFor(() => expect(library.store.getState().events).toHaveLength(2), { timeout: 10_000 });
    library.database.close();

    const reopened = await openTestLibrary(name, null, mergeEvents);
    expect(
      reopened.store
        .getState()
        .events.map((item) => item.id)
        .sort(),
    ).toEqual(['e1', 'e2']);
    reopened.database.close();
  });
});
