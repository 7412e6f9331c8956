// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { StorageStatus } from '../../../src/library/StorageStatus';
import { formatBytes, shouldRequestPersistence, usageText } from '../../../src/library/storage-status';
import type { Article } from '../../../src/pipeline/types';
import { StoreProvider } from '../../../src/store/store-context';
import { createMarsadStore, type MarsadStore } from '../../../src/store/store';

function article(id: string): Article {
  return {
    id,
    title: id,
    published: '2019-09-25',
    lang: 'en',
    source: 'test',
    text: 'A strike near Murzuq.',
  };
}

function add(store: MarsadStore, id: string, bundled: boolean) {
  act(() =>
    store.getState().upsertArticles([
      {
        article: article(id),
        status: { eventCount: 1, summaries: [], diagnostics: [], bundled, addedAt: 0 },
      },
    ]),
  );
}

/** A browser whose storage is not kept until asked, and keeps it when asked (or not, when told to decline). */
function fakeStorage(options: { grants: boolean; usage: number; quota: number }) {
  let kept = false;
  const persist = vi.fn(async () => {
    kept = options.grants;
    return kept;
  });
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: {
      persisted: async () => kept,
      persist,
      estimate: async () => ({ usage: options.usage, quota: options.quota }),
    },
  });
  return persist;
}

async function settle() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(2000);
  });
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, 'storage');
});

describe('storage shown under the library', () => {
  it('formats sizes as the browser counts them, with Latin digits in Arabic too', () => {
    expect(formatBytes(1536 * 1024, 'en')).toBe('1.5 MB');
    expect(formatBytes(820 * 1024, 'en')).toBe('820 kB');
    expect(formatBytes(3 * 1024 ** 3, 'en')).toBe('3 GB');
    expect(formatBytes(512, 'en')).toBe('0.5 kB');
    // The interface's one Arabic locale, ar-LY: Western digits and the decimal comma, as in every count.
    expect(formatBytes(1536 * 1024, 'ar')).toMatch(/^1,5 /);
    expect(usageText({ usage: 2.5 * 1024 ** 2, quota: 2.5 * 1024 ** 2 + 10 * 1024 ** 3 }, 'en')).toBe(
      '2.5 MB used, 10 GB available',
    );
    expect(usageText({}, 'en')).toBeNull();
  });

  it('asks to keep the library only once it holds articles of the user’s own, and only once', () => {
    expect(shouldRequestPersistence('not-kept', 0, false)).toBe(false);
    expect(shouldRequestPersistence('not-kept', 3, false)).toBe(true);
    expect(shouldRequestPersistence('not-kept', 3, true)).toBe(false);
    expect(shouldRequestPersistence('kept', 3, false)).toBe(false);
    expect(shouldRequestPersistence('unsupported', 3, false)).toBe(false);
  });

  it('requests persistent storage when the first uploaded article arrives, not for the samples, and shows it kept', async () => {
    vi.useFakeTimers();
    const persist = fakeStorage({ grants: true, usage: 3 * 1024 ** 2, quota: 3 * 1024 ** 2 + 2 * 1024 ** 3 });
    const store = createMarsadStore();
    store.getState().setLanguage('en');
    act(() => store.getState().setLibraryReady(true));
    add(store, 'sample', true);
    render(
      <StoreProvider store={store}>
        <StorageStatus />
      </StoreProvider>,
    );
    await settle();
    expect(persist).not.toHaveBeenCalled();
    const panel = screen.getByRole('group', { name: 'Storage on this device' });
    expect(panel.textContent).toContain('Storage on this device: 3 MB used, 2 GB available');
    expect(panel.textContent).toContain('Not protected');
    expect(panel.textContent).not.toContain('Save a copy');

    add(store, 'upload', false);
    await settle();
    expect(persist).toHaveBeenCalledTimes(1);
    expect(panel.textContent).toContain('Kept: the browser will not clear the library');
    expect(screen.getByRole('button', { name: 'Save a copy (workspace file)' })).toBeTruthy();
    add(store, 'second upload', false);
    await settle();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('says when the browser declines, offers to ask again, and points to the export before clearing', async () => {
    vi.useFakeTimers();
    const persist = fakeStorage({ grants: false, usage: 1024, quota: 1024 ** 3 });
    const store = createMarsadStore();
    store.getState().setLanguage('en');
    act(() => store.getState().setLibraryReady(true));
    add(store, 'upload', false);
    render(
      <StoreProvider store={store}>
        <StorageStatus />
      </StoreProvider>,
    );
    await settle();
    const panel = screen.getByRole('group', { name: 'Storage on this device' });
    expect(panel.textContent).toContain('The browser declined to protect the library');
    expect(panel.textContent).toContain(
      'Before clearing the library or the browser’s data, export the workspace',
    );
    await act(async () => {
      screen.getByRole('button', { name: 'Keep the library' }).click();
      await vi.advanceTimersByTimeAsync(10);
    });
    expect(persist).toHaveBeenCalledTimes(2);
  });
});
