import { useEffect, useRef, useState } from 'react';
import { useLibraryService } from '../library/use-library-service';
import { describeFailure } from '../library/failure-messages';
import type { LibraryService } from '../library/library-service';
import type { StorageFailure } from '../persistence/storage-failure';
import { selectEventIndex, selectWindowView } from '../store/selectors/event-selectors';
import { positionAt, rankOf } from '../store/selectors/window-view';
import type { MarsadStore } from '../store/store';
import { useMarsad, useMarsadStoreApi } from '../store/store-context';
import { useAnalystText } from '../events/analyst-text';
import { PlaceName } from '../ui/Name';
import { formatEventDate, typeLabel } from '../events/event-labels';
import { dismissEvent } from './save-correction';

/** The review keys, as the panel lists them (the key, then what it does). */
/**
 * The review keys by their place on the keyboard (KeyboardEvent.code), so they work whatever the layout: the
 * panel names each by the letter on its key in the interface's language (Latin, or the Arabic 101 layout's).
 */
const KEYS = [
  { code: 'KeyA', en: 'A', ar: 'ش', label: 'reviewKeyAccept' },
  { code: 'KeyR', en: 'R', ar: 'ق', label: 'reviewKeyReject' },
  { code: 'KeyN', en: 'N', ar: 'ى', label: 'reviewKeyNext' },
  { code: 'KeyP', en: 'P', ar: 'ح', label: 'reviewKeyPrevious' },
  { code: 'KeyU', en: 'U', ar: 'ع', label: 'reviewKeyUndo' },
] as const;

/** The id of the event shown `step` places after (or before) the selected one, in the list's order. */
function neighbourOf(store: MarsadStore, step: number): string | null {
  const state = store.getState();
  const view = selectWindowView(state);
  if (view.count === 0) return null;
  const index = selectEventIndex(state);
  const selected = state.selectedEventId === null ? undefined : index.positionById.get(state.selectedEventId);
  const rank = selected === undefined ? -1 : rankOf(view, selected);
  const next = rank < 0 ? (step > 0 ? 0 : view.count - 1) : rank + step;
  if (next < 0 || next >= view.count) return null;
  return index.events[positionAt(view, next)]?.id ?? null;
}

/** Whether a key press belongs to a field or a control that reads letters itself. */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [role="dialog"], [contenteditable="true"]') !== null;
}

/**
 * The review workflow: the events rejected as "not an event" with an Undo each, and keys for going through the
 * events shown one by one (A accept and next, R reject and next, N/P next and previous, U undo the last
 * rejection). Accepting keeps the machine's coding (nothing is stored) and moves on; the panel counts them.
 */
export function ReviewPanel() {
  const words = useAnalystText();
  const language = useMarsad((state) => state.language);
  const store = useMarsadStoreApi();
  const service = useLibraryService();
  const corrections = useMarsad((state) => state.corrections);
  const [accepted, setAccepted] = useState(() => new Set<string>());
  const rejectedOrder = useRef<string[]>([]);

  const rejected = Object.values(corrections)
    .filter((correction) => correction.kind === 'not-event')
    .sort((a, b) => b.updatedAt - a.updatedAt);

  useEffect(() => {
    if (!service) return;
    const report = (failure: StorageFailure | null) => {
      const state = store.getState();
      if (failure) state.notify('error', describeFailure(state.language, failure));
    };
    const go = (step: number) => {
      const id = neighbourOf(store, step);
      if (id !== null) store.getState().selectEvent(id, 'library');
      return id;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (typingInto(event.target)) return;
      const key = event.code;
      const selected = store.getState().selectedEventId;
      if (key === 'KeyN' || key === 'KeyJ') go(1);
      else if (key === 'KeyP' || key === 'KeyK') go(-1);
      else if (key === 'KeyA' && selected !== null) {
        setAccepted((previous) => new Set(previous).add(selected));
        go(1);
      } else if (key === 'KeyR' && selected !== null) {
        const next = neighbourOf(store, 1) ?? neighbourOf(store, -1);
        rejectedOrder.current.push(selected);
        void reject(service, selected, store).then((failure) => {
          report(failure);
          if (!failure && next !== null) store.getState().selectEvent(next, 'library');
        });
      } else if (key === 'KeyU') {
        const last = rejectedOrder.current.pop() ?? latestRejection(store);
        if (last !== undefined) void service.correct([], [last]).then(report);
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [service, store]);

  return (
    <section className="review-panel" aria-label={words('rejectedEvents')}>
      <h3>{words('rejectedEvents')}</h3>
      {rejected.length === 0 ? (
        <p className="review-empty">{words('noRejected')}</p>
      ) : (
        <ul className="rejected-list">
          {rejected.map((correction) => {
            const event = service?.machineEvent(correction.event_id);
            const label = event
              ? `${typeLabel(event.sub_event_type, language)} · ${formatEventDate(event, language, '—')}`
              : correction.event_id;
            return (
              <li key={correction.event_id} data-rejected-id={correction.event_id}>
                <span dir="auto">
                  {label}
                  {event ? (
                    <>
                      {' · '}
                      <PlaceName location={event.location} placeId={event.place_id} fallback="—" />
                    </>
                  ) : null}
                </span>
                <button
                  type="button"
                  disabled={!service}
                  aria-label={words('undoRejectOf', { event: label })}
                  onClick={() =>
                    service &&
                    void service.correct([], [correction.event_id]).then((failure) => {
                      const state = store.getState();
                      if (failure) state.notify('error', describeFailure(state.language, failure));
                    })
                  }
                >
                  {words('undoReject')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <details className="review-keys">
        <summary>{words('reviewKeysTitle')}</summary>
        <dl>
          {KEYS.map((key) => (
            <div key={key.code}>
              <dt>
                <kbd>{key[language]}</kbd>
              </dt>
              <dd>{words(key.label)}</dd>
            </div>
          ))}
        </dl>
        <p>{words('acceptedCount', { count: accepted.size })}</p>
      </details>
    </section>
  );
}

function reject(service: LibraryService, id: string, store: MarsadStore): Promise<StorageFailure | null> {
  return dismissEvent(service, id, store.getState().corrections[id]);
}

/** The most recent rejection stored (after a reload, the keys' own history is gone). */
function latestRejection(store: MarsadStore): string | undefined {
  let latest: { id: string; at: number } | undefined;
  for (const correction of Object.values(store.getState().corrections)) {
    if (correction.kind !== 'not-event') continue;
    if (!latest || correction.updatedAt > latest.at)
      latest = { id: correction.event_id, at: correction.updatedAt };
  }
  return latest?.id;
}
