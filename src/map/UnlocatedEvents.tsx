import { useMarsad } from '../store/store-context';
import { useText } from '../ui/i18n';
import { selectWindowView } from '../store/selectors/event-selectors';
import { positionAt, type WindowView } from '../store/selectors/window-view';
import { useFrameSelector } from '../events/use-frame-selector';
import { formatEventDate, formatNumber, typeLabel } from '../events/event-labels';

/** Positions of the shown events that have no place, memoised per view. */
const unlocatedCache = new WeakMap<WindowView, number[]>();
function unlocatedPositions(view: WindowView): number[] {
  let positions = unlocatedCache.get(view);
  if (!positions) {
    positions = [];
    const { geoPrecision } = view.filtered.index;
    for (let k = 0; k < view.count; k++) {
      const position = positionAt(view, k);
      if (!geoPrecision[position]) positions.push(position);
    }
    unlocatedCache.set(view, positions);
  }
  return positions;
}

/** Events shown in the window that have no place: counted and listed, never drawn at a made-up point. */
export function UnlocatedEvents() {
  const text = useText();
  const language = useMarsad((state) => state.language);
  const selectEvent = useMarsad((state) => state.selectEvent);
  const view = useFrameSelector(selectWindowView);
  const positions = unlocatedPositions(view);
  if (positions.length === 0) return null;
  return (
    <details className="unlocated">
      <summary>
        {text('unlocatedEvents').replace('{count}', formatNumber(positions.length, language))}
      </summary>
      <ul>
        {positions.slice(0, 200).map((position) => {
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
    </details>
  );
}
