import { useText } from '../ui/i18n';
import { selectWindowView } from '../store/selectors/event-selectors';
import { useFrameSelector } from './use-frame-selector';

/** "N of M events shown": always visible, updated once per frame while scrubbing. */
export function ShownCount() {
  const text = useText();
  // Both numbers from one view, so they change together.
  const view = useFrameSelector(selectWindowView);
  const total = view.filtered.index.count;
  const shown = view.count;
  return (
    <p className="shown-count" role="status" aria-live="polite">
      {text('shownOf', { shown, total })}
    </p>
  );
}
