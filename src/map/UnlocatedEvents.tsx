import { useState } from 'react';
import { useMarsad } from '../store/store-context';
import { useText } from '../ui/i18n';
import { selectWindowView } from '../store/selectors/event-selectors';
import type { FilteredEvents } from '../store/selectors/filtered-events';
import { positionAt, type WindowView } from '../store/selectors/window-view';
import { useFrameSelector } from '../events/use-frame-selector';
import { formatEventDate, typeLabel } from '../events/event-labels';

/** How many unlocated events the list shows at most. */
const LISTED = 200;

/** Unlocated events among the first k filtered positions, for every k: one pass per filter change. */
const prefixCache = new WeakMap<FilteredEvents, Int32Array>();
function unlocatedPrefix(filtered: FilteredEvents): Int32Array {
  let prefix = prefixCache.get(filtered);
  if (!prefix) {
    const { positions, index } = filtered;
    prefix = new Int32Array(positions.length + 1);
    let unlocated = 0;
    for (let k = 0; k < positions.length; k++) {
      if (!index.geoPrecision[positions[k] as number]) unlocated++;
      prefix[k + 1] = unlocated;
    }
    prefixCache.set(filtered, prefix);
  }
  return prefix;
}

/** Shown events without a place, by two prefix-sum reads and a look at the few extras (no scan per frame). */
export function unlocatedCount(view: WindowView): number {
  const prefix = unlocatedPrefix(view.filtered);
  let count = (prefix[view.runEnd] as number) - (prefix[view.runStart] as number);
  const { geoPrecision } = view.filtered.index;
  for (const position of view.extras) if (!geoPrecision[position]) count++;
  return count;
}

/** The first `limit` shown events without a place, in view order. */
function unlocatedPositions(view: WindowView, limit: number): number[] {
  const positions: number[] = [];
  const { geoPrecision } = view.filtered.index;
  for (let k = 0; k < view.count && positions.length < limit; k++) {
    const position = positionAt(view, k);
    if (!geoPrecision[position]) positions.push(position);
  }
  return positions;
}

/**
 * Events shown in the window that have no place: counted and listed, never drawn at a made-up point. The list
 * is built only while it is open.
 */
export function UnlocatedEvents() {
  const text = useText();
  const language = useMarsad((state) => state.language);
  const selectEvent = useMarsad((state) => state.selectEvent);
  const view = useFrameSelector(selectWindowView);
  const [open, setOpen] = useState(false);
  const count = unlocatedCount(view);
  if (count === 0) return null;
  return (
    <details className="unlocated" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{text('unlocatedEvents', { count })}</summary>
      {open ? (
        <ul>
          {unlocatedPositions(view, LISTED).map((position) => {
            const event = view.filtered.index.events[position];
            if (!event) return null;
            return (
              <li key={event.id}>
                <button type="button" onClick={() => selectEvent(event.id, 'map')}>
                  {formatEventDate(event, language, text('undated'))} ·{' '}
                  {typeLabel(event.sub_event_type, language)}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </details>
  );
}
