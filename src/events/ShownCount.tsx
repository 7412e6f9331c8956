import { lazy, Suspense, useState } from 'react';
import { useMarsad } from '../store/store-context';
import { useText } from '../ui/i18n';
import { selectWindowView } from '../store/selectors/event-selectors';
import { useFrameSelector } from './use-frame-selector';
// The styles of the lazy totals and notice (CSS in a lazy chunk would add a preload helper to the first view).
import './totals.css';

/** The totals' code is fetched when they are first opened. */
const Totals = lazy(() => import('./analyst-panels').then((module) => ({ default: module.Totals })));
/** Fetched when an upload or import has brought new events. */
const NewEventsNotice = lazy(() =>
  import('./analyst-panels').then((module) => ({ default: module.NewEventsNotice })),
);

/**
 * "N of M events shown": always visible, updated once per frame while scrubbing; below it the totals of what is
 * shown (opened on demand) and, after an upload or import, the notice that brings the new events into view.
 */
export function ShownCount() {
  const text = useText();
  // Both numbers from one view, so they change together.
  const view = useFrameSelector(selectWindowView);
  const total = view.filtered.index.count;
  const shown = view.count;
  const [totalsOpen, setTotalsOpen] = useState(false);
  const arrivals = useMarsad((state) => state.arrivedArticleIds.length > 0);
  return (
    <>
      <p className="shown-count" role="status" aria-live="polite">
        {text('shownOf', { shown, total })}
      </p>
      {arrivals ? (
        <Suspense fallback={null}>
          <NewEventsNotice />
        </Suspense>
      ) : null}
      <details className="totals" onToggle={(event) => setTotalsOpen(event.currentTarget.open)}>
        <summary>{text('totals')}</summary>
        {totalsOpen ? (
          <Suspense fallback={null}>
            <Totals />
          </Suspense>
        ) : null}
      </details>
    </>
  );
}
