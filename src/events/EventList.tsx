import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMarsad } from '../store/store-context';
import { useText } from '../ui/i18n';
import { selectWindowView } from '../store/selectors/event-selectors';
import { positionAt, rankOf } from '../store/selectors/window-view';
import { useFrameSelector } from './use-frame-selector';
import { EventRow } from './EventRow';
import { ShownCount } from './ShownCount';
import { useRovingFocus } from '../ui/focus';
import './events.css';

const ROW_HEIGHT = 64;

/**
 * The events in the current window and filters, by date, virtualised (only the visible rows are in the DOM),
 * so it stays fast at 100,000 events. Selecting here selects on the map, and a selection made elsewhere
 * scrolls its row into view.
 */
export function EventList() {
  const text = useText();
  const view = useFrameSelector(selectWindowView);
  const selectedId = useMarsad((state) => state.selectedEventId);
  const selectionOrigin = useMarsad((state) => state.selectionOrigin);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: view.count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });

  const focusRow = (index: number) => {
    const button = scroller.current?.querySelector<HTMLElement>(`[aria-posinset="${index + 1}"] button`);
    button?.focus();
    return Boolean(button);
  };
  const roving = useRovingFocus(view.count, (index) => virtualizer.scrollToIndex(index), focusRow);
  const items = virtualizer.getVirtualItems();
  // The row in the Tab order: the active one, or the first rendered when the active one is scrolled away.
  const tabbable = items.some((item) => item.index === roving.active) ? roving.active : items[0]?.index;

  useEffect(() => {
    if (!selectedId || selectionOrigin === 'list') return;
    const position = view.filtered.index.positionById.get(selectedId);
    if (position === undefined) return;
    const rank = rankOf(view, position);
    if (rank >= 0) virtualizer.scrollToIndex(rank, { align: 'auto' });
  }, [selectedId, selectionOrigin, view, virtualizer]);

  return (
    <section className="panel events-panel" aria-label={text('events')} id="marsad-events" tabIndex={-1}>
      <h2>{text('events')}</h2>
      <ShownCount />
      <div className="event-scroller" ref={scroller}>
        {view.count === 0 ? <p className="muted">{text('noEventsShown')}</p> : null}
        <ul
          className="event-list"
          aria-label={text('events')}
          style={{ height: `${virtualizer.getTotalSize()}px` }}
          onKeyDown={roving.onKeyDown}
          onFocus={(event) => {
            const row = event.target instanceof Element ? event.target.closest('[aria-posinset]') : null;
            const position = Number(row?.getAttribute('aria-posinset'));
            if (position > 0) roving.setActive(position - 1);
          }}
        >
          {items.map((item) => {
            const position = positionAt(view, item.index);
            const event = view.filtered.index.events[position];
            if (!event) return null;
            return (
              <EventRow
                key={event.id}
                event={event}
                selected={event.id === selectedId}
                top={item.start}
                height={item.size}
                setSize={view.count}
                positionInSet={item.index + 1}
                tabbable={item.index === tabbable}
              />
            );
          })}
        </ul>
      </div>
    </section>
  );
}
