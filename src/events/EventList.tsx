import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMarsad } from '../store/store-context';
import { useText } from '../ui/i18n';
import { selectWindowView } from '../store/selectors/event-selectors';
import { positionAt, rankOf } from '../store/selectors/window-view';
import { useFrameSelector } from './use-frame-selector';
import { EventRow } from './EventRow';
import { ShownCount } from './ShownCount';
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

  useEffect(() => {
    if (!selectedId || selectionOrigin === 'list') return;
    const position = view.filtered.index.positionById.get(selectedId);
    if (position === undefined) return;
    const rank = rankOf(view, position);
    if (rank >= 0) virtualizer.scrollToIndex(rank, { align: 'auto' });
  }, [selectedId, selectionOrigin, view, virtualizer]);

  return (
    <section className="panel events-panel" aria-label={text('events')}>
      <h2>{text('events')}</h2>
      <ShownCount />
      <div className="event-scroller" ref={scroller}>
        {view.count === 0 ? <p className="muted">{text('noEventsShown')}</p> : null}
        <ul
          className="event-list"
          aria-label={text('events')}
          style={{ height: `${virtualizer.getTotalSize()}px` }}
        >
          {virtualizer.getVirtualItems().map((item) => {
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
              />
            );
          })}
        </ul>
      </div>
    </section>
  );
}
