import { useMarsad, useMarsadStoreApi } from '../store/store-context';
import type { MarsadState } from '../store/store';
import { selectEventIndex, selectFilteredEvents } from '../store/selectors/event-selectors';
import { isShown } from '../store/selectors/window-view';
import { UNDATED_DAY } from '../store/event-index';
import { hasActiveFilters } from '../store/selectors/filtered-events';
import { EMPTY_FILTERS } from '../store/filters-slice';
import { useText } from '../ui/i18n';
import { useAnalystText } from './analyst-text';
import { formatNumber } from '../ui/message-format';
import { useFrameSelector } from './use-frame-selector';

interface Arrivals {
  /** Ids of the events reported by the articles just added. */
  ids: string[];
  /** How many of them the current window and filters hide. */
  hidden: number;
}

const NONE: Arrivals = { ids: [], hidden: 0 };
let last: { key: unknown[]; result: Arrivals } | null = null;

/** The events of the articles just added, and how many of them are out of view (memoised on its inputs). */
function selectArrivals(state: MarsadState): Arrivals {
  if (state.arrivedArticleIds.length === 0) return NONE;
  const filtered = selectFilteredEvents(state);
  const key = [state.arrivedArticleIds, filtered, state.timeWindow?.start, state.timeWindow?.end];
  if (last && last.key.every((value, i) => value === key[i])) return last.result;
  const arrived = new Set(state.arrivedArticleIds);
  const { index } = filtered;
  const ids: string[] = [];
  let hidden = 0;
  for (let position = 0; position < index.count; position++) {
    const event = index.events[position];
    if (!event?.sources.some((source) => arrived.has(source.article_id))) continue;
    ids.push(event.id);
    if (!isShown(filtered, state.timeWindow, position)) hidden++;
  }
  const result = { ids, hidden };
  last = { key, result };
  return result;
}

/**
 * "3 new events, 1 outside the current view — Show" after an upload or import: Show widens the time window to
 * take them in (and clears filters that hide them), then fits the map to them.
 */
export function NewEventsNotice() {
  const text = useText();
  const words = useAnalystText();
  const language = useMarsad((state) => state.language);
  const store = useMarsadStoreApi();
  const arrivals = useFrameSelector(selectArrivals);
  if (arrivals.ids.length === 0) return null;

  const show = () => {
    const state = store.getState();
    const index = selectEventIndex(state);
    let start = state.timeWindow?.start ?? Infinity;
    let end = state.timeWindow?.end ?? -Infinity;
    for (const id of arrivals.ids) {
      const position = index.positionById.get(id);
      if (position === undefined) continue;
      const day = index.day[position] as number;
      if (day === UNDATED_DAY) continue;
      start = Math.min(start, index.spanStart[position] as number);
      end = Math.max(end, day + 1);
    }
    if (state.timeWindow && Number.isFinite(start) && Number.isFinite(end)) {
      state.setTimeWindow({ start, end }, 'library');
    }
    // Filters that hide some of them are cleared (the search and review filters alike).
    const filtered = selectFilteredEvents(store.getState());
    const hiddenByFilters = arrivals.ids.some((id) => {
      const position = index.positionById.get(id);
      return position !== undefined && !filtered.mask[position];
    });
    if (hiddenByFilters && hasActiveFilters(state.filters)) state.setFilters(EMPTY_FILTERS);
    state.focusMapOn(arrivals.ids);
    state.clearArrivals();
  };

  return (
    <p className="new-events-notice" role="status">
      <span>
        {arrivals.hidden > 0
          ? words('newEvents', {
              count: arrivals.ids.length,
              outside: formatNumber(arrivals.hidden, language),
            })
          : words('newEventsInView', { count: arrivals.ids.length })}
      </span>{' '}
      <button type="button" onClick={show}>
        {words('showNewEvents')}
      </button>{' '}
      <button type="button" aria-label={text('dismiss')} onClick={() => store.getState().clearArrivals()}>
        ×
      </button>
    </p>
  );
}
