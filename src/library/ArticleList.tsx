import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMarsad, useMarsadStoreApi } from '../store/store-context';
import { translate, useText } from '../ui/i18n';
import { describeFailure } from './failure-messages';
import { libraryService } from './library-service';
import { ArticleRow } from './ArticleRow';
import { DeferredStorageStatus } from './DeferredStorageStatus';
import { useRovingFocus } from '../ui/focus';

/**
 * Height of every row, in rem (the lines inside have fixed line heights and are ellipsised; see library.css), so
 * the virtualiser never measures a row: committing a batch of articles lays out no row to find its size.
 */
export const ARTICLE_ROW_HEIGHT_REM = 7;

/** The root font size in pixels (what one rem is), 16 when the page does not say. */
function remInPixels(): number {
  const size = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(size) && size > 0 ? size : 16;
}

/** The row height in rem the layout asks for (`--article-row-rem`: taller rows for touch on a phone). */
function rowRemOf(element: HTMLElement | null): number {
  const asked = element
    ? Number.parseFloat(getComputedStyle(element).getPropertyValue('--article-row-rem'))
    : NaN;
  return Number.isFinite(asked) && asked > 0 ? asked : ARTICLE_ROW_HEIGHT_REM;
}

/**
 * The library: every article with what was found in it (events, or why none: "no Libyan place found", "date
 * unknown"), to open, extract again or delete. Virtualised, so ten thousand articles scroll as smoothly as ten.
 */
export function ArticleList() {
  const text = useText();
  const store = useMarsadStoreApi();
  const ready = useMarsad((state) => state.libraryReady);
  const order = useMarsad((state) => state.articleOrder);
  const articles = useMarsad((state) => state.articles);
  const status = useMarsad((state) => state.articleStatus);
  const openId = useMarsad((state) => state.openArticleId);
  const openArticle = useMarsad((state) => state.openArticle);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [canRerun, setCanRerun] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const [rem, setRem] = useState(16);
  const [rowRem, setRowRem] = useState(ARTICLE_ROW_HEIGHT_REM);
  const rowHeight = rowRem * rem;

  // Newest first: what was just uploaded is what the user looks for.
  const newestFirst = order.toReversed();
  const virtualizer = useVirtualizer({
    count: newestFirst.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    getItemKey: (index) => newestFirst[index] ?? index,
  });

  // The row height follows the root font size: read it on mount and when the list is resized (zoom, window),
  // never per row or per committed batch.
  useLayoutEffect(() => {
    const measure = () => {
      setRem(remInPixels());
      setRowRem(rowRemOf(scroller.current));
    };
    measure();
    const element = scroller.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const focusRow = (index: number) => {
    const button = scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"] .article-item`);
    button?.focus();
    return Boolean(button);
  };
  const roving = useRovingFocus(newestFirst.length, (index) => virtualizer.scrollToIndex(index), focusRow);
  const items = virtualizer.getVirtualItems();
  // The row in the Tab order: the active one, or the first rendered when the active one is scrolled away.
  const tabbable = items.some((item) => item.index === roving.active) ? roving.active : items[0]?.index;

  useLayoutEffect(() => {
    virtualizer.measure();
  }, [virtualizer, rowHeight]);

  useEffect(() => {
    if (!ready) return;
    let live = true;
    void libraryService().then((service) => {
      if (live) setCanRerun(service.canRerun);
    });
    return () => {
      live = false;
    };
  }, [ready]);

  const withBusy = async (id: string, task: () => Promise<void>) => {
    setBusy((current) => new Set(current).add(id));
    try {
      await task();
    } finally {
      setBusy((current) => {
        const next = new Set(current);
        next.delete(id);
        return next;
      });
    }
  };

  const rerun = (id: string) =>
    withBusy(id, async () => {
      const result = await (await libraryService()).rerun([id]);
      const state = store.getState();
      if (result.failure) state.notify('error', describeFailure(state.language, result.failure));
      else {
        const count = state.articleStatus[id]?.eventCount ?? 0;
        state.notify('info', translate(state.language, 'rerunDone', { count }));
      }
    });

  const remove = (id: string) =>
    withBusy(id, async () => {
      const failure = await (await libraryService()).remove([id]);
      const state = store.getState();
      if (failure) state.notify('error', describeFailure(state.language, failure));
    });

  return (
    <section className="panel library" aria-label={text('library')}>
      <h2>
        {text('articles')}{' '}
        <span className="count">{ready ? text('articleCount', { count: order.length }) : ''}</span>
      </h2>
      {!ready ? <p className="muted">{text('openingLibrary')}</p> : null}
      {ready && order.length === 0 ? <p className="muted">{text('noArticles')}</p> : null}
      <div ref={scroller} className="library-scroll">
        <ul
          aria-label={text('articles')}
          className="article-list"
          style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
          onKeyDown={(event) => {
            // Arrow keys move between articles; inside a row's confirmation they are left alone.
            if (!(event.target instanceof Element) || !event.target.closest('[role="group"]')) {
              roving.onKeyDown(event);
            }
          }}
          onFocus={(event) => {
            const row = event.target instanceof Element ? event.target.closest('[data-index]') : null;
            const index = Number(row?.getAttribute('data-index') ?? -1);
            if (index >= 0) roving.setActive(index);
          }}
        >
          {items.map((item) => {
            const id = newestFirst[item.index];
            const article = id === undefined ? undefined : articles[id];
            if (!id || !article) return null;
            return (
              <li
                key={item.key}
                data-index={item.index}
                className="article-entry"
                style={{
                  position: 'absolute',
                  insetInlineStart: 0,
                  width: '100%',
                  top: item.start,
                  height: `${rowRem}rem`,
                }}
              >
                <ArticleRow
                  article={article}
                  status={status[id]}
                  isOpen={openId === id}
                  canRerun={canRerun}
                  busy={busy.has(id)}
                  tabbable={item.index === tabbable}
                  onOpen={() => openArticle(id)}
                  onRerun={() => void rerun(id)}
                  onDelete={() => void remove(id)}
                />
              </li>
            );
          })}
        </ul>
      </div>
      <DeferredStorageStatus />
    </section>
  );
}
