// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { ARTICLE_ROW_HEIGHT_REM, ArticleList } from '../../../src/library/ArticleList';
import type { Article } from '../../../src/pipeline/types';
import type { ArticleStatus } from '../../../src/store/articles-slice';
import { StoreProvider } from '../../../src/store/store-context';
import { createMarsadStore, type MarsadStore } from '../../../src/store/store';

const status: ArticleStatus = { eventCount: 1, summaries: [], diagnostics: [], bundled: false, addedAt: 0 };

function articles(from: number, count: number): Article[] {
  return Array.from({ length: count }, (_, offset) => {
    const number = from + offset;
    const arabic = number % 2 === 1;
    return {
      id: `article-${number}`,
      title: arabic
        ? `غارة جوية على مرزق ${number} ${'وتقارير عن ضحايا في الجنوب الليبي '.repeat(6)}`
        : `Article ${number}`,
      published: '2019-09-25',
      lang: arabic ? 'ar' : 'en',
      source: 'test',
      text: 'A strike near Murzuq.',
    };
  });
}

function commit(store: MarsadStore, batch: Article[]) {
  act(() => store.getState().upsertArticles(batch.map((article) => ({ article, status }))));
}

/** The visible rows, top to bottom. */
function rows(): HTMLElement[] {
  const list = screen.getByRole('list', { name: 'Articles' });
  return within(list)
    .getAllByRole('listitem')
    .sort((a, b) => Number.parseFloat(a.style.top) - Number.parseFloat(b.style.top));
}

// jsdom lays nothing out: give the scrolling box a height so the virtualiser shows rows.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('library-scroll') ? 600 : 0;
    },
  });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function mountList(): MarsadStore {
  const store = createMarsadStore();
  render(
    <StoreProvider store={store}>
      <ArticleList />
    </StoreProvider>,
  );
  return store;
}

describe('the library list while articles are uploaded', () => {
  it('gives every row, English or Arabic with a long title, the same height, stacked newest first', () => {
    const store = mountList();
    commit(store, articles(0, 20));
    const shown = rows();
    expect(shown.length).toBeGreaterThan(3);
    const pixels = ARTICLE_ROW_HEIGHT_REM * 16;
    shown.forEach((row, position) => {
      expect(row.style.height).toBe(`${ARTICLE_ROW_HEIGHT_REM}rem`);
      expect(row.style.top).toBe(`${position * pixels}px`);
    });
    expect(shown[0]).toHaveTextContent(/مرزق 19/);
    expect(shown[1]).toHaveTextContent('Article 18');
  });

  it('does not measure any row when a batch of articles is committed', () => {
    const store = mountList();
    commit(store, articles(0, 20));
    const measured: Element[] = [];
    const original = Element.prototype.getBoundingClientRect;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      measured.push(this);
      return original.call(this);
    });
    commit(store, articles(20, 50));
    expect(measured.filter((element) => element.classList.contains('article-entry'))).toEqual([]);
    expect(rows()[0]).toHaveTextContent(/مرزق 69/);
  });

  it('keeps each row reachable by keyboard with its open, re-run and delete controls', () => {
    const store = mountList();
    commit(store, articles(0, 3));
    const first = rows()[0]!;
    const open = within(first).getByRole('button', { name: /Article 2/ });
    open.focus();
    expect(document.activeElement).toBe(open);
    expect(within(first).getByRole('button', { name: /delete/i })).toBeInTheDocument();
  });
});
