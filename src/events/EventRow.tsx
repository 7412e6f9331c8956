import { memo } from 'react';
import type { ConflictEvent } from '../pipeline/types';
import { useMarsad } from '../store/store-context';
import { useText } from '../ui/i18n';
import { ActorPair, PlaceName } from '../ui/Name';
import { TYPE_COLOURS } from '../map/event-style';
import { SUB_EVENT_TYPES } from '../store/event-index';
import { formatEventDate, formatFatalities, formatNumber, sourceCount, typeLabel } from './event-labels';

interface EventRowProps {
  event: ConflictEvent;
  selected: boolean;
  top: number;
  height: number;
  setSize: number;
  positionInSet: number;
  /** The one row in the Tab order (the list moves focus between rows with the arrow keys). */
  tabbable: boolean;
}

/** One event in the list: date (with precision), type, place, actors, fatalities and number of sources. */
/** The corrected badge (the map's mark is the same violet); inline so that events.css stays the layout's. */
const CORRECTED_BADGE = {
  border: '1px solid #7a3fb0',
  color: '#5b2d86',
  borderRadius: '3px',
  padding: '0 0.3em',
  fontSize: '0.75em',
  marginInlineStart: '0.4em',
} as const;

export const EventRow = memo(function EventRow({
  event,
  selected,
  top,
  height,
  setSize,
  positionInSet,
  tabbable,
}: EventRowProps) {
  const text = useText();
  const language = useMarsad((state) => state.language);
  const selectEvent = useMarsad((state) => state.selectEvent);
  const hoverEvent = useMarsad((state) => state.hoverEvent);
  const colour = TYPE_COLOURS[SUB_EVENT_TYPES.indexOf(event.sub_event_type)] ?? '#888';
  const sources = sourceCount(event);
  return (
    <li
      className="event-row"
      style={{ transform: `translateY(${top}px)`, height: `${height}px` }}
      aria-setsize={setSize}
      aria-posinset={positionInSet}
      data-event-id={event.id}
    >
      <button
        type="button"
        className={selected ? 'event-item selected' : 'event-item'}
        aria-pressed={selected}
        tabIndex={tabbable ? 0 : -1}
        onClick={() => selectEvent(event.id, 'list')}
        onMouseEnter={() => hoverEvent(event.id)}
        onMouseLeave={() => hoverEvent(null)}
      >
        <span className="event-line">
          <span className="event-swatch" style={{ background: colour }} aria-hidden="true" />
          <span className="event-date">{formatEventDate(event, language, text('undated'))}</span>
          <span className="event-type">{typeLabel(event.sub_event_type, language)}</span>
          {event.corrected?.length ? (
            <span className="event-corrected-badge" style={CORRECTED_BADGE}>
              {text('correctedMark')}
            </span>
          ) : null}
        </span>
        <span className="event-line event-detail">
          <span>
            <PlaceName location={event.location} placeId={event.place_id} fallback={text('unlocated')} />
          </span>
          {event.actor1 || event.actor2 ? (
            <span>
              <ActorPair actors={[event.actor1, event.actor2]} />
            </span>
          ) : null}
        </span>
        <span className="event-line event-detail">
          <span>
            {text('fatalities')}: {formatFatalities(event, language)}
          </span>
          <span>
            {text('sources')}: {formatNumber(sources, language)}
          </span>
        </span>
      </button>
    </li>
  );
});
