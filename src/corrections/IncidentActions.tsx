import { useEffect, useId, useRef, useState } from 'react';
import { useLibraryService } from '../library/use-library-service';
import { describeFailure } from '../library/failure-messages';
import type { ConflictEvent } from '../pipeline/types';
import { selectEventIndex } from '../store/selectors/event-selectors';
import { useMarsad, useMarsadStoreApi } from '../store/store-context';
import { useText } from '../ui/i18n';
import { formatEventDate, typeLabel } from '../events/event-labels';
import { PlaceName } from '../ui/Name';
import { useNames } from '../ui/names';
import { dayFromIso } from '../store/days';
import { mergeCorrection, splitCorrection } from './incident-corrections';
import { USER_ADDED } from './correction-types';
import { pickEventOnMap, type EventPick } from './pick-event';

/** How many candidates "Merge with…" offers: events of the same type within a week of this one. */
const CANDIDATES = 30;
const CANDIDATE_DAYS = 7;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function candidatesFor(events: readonly ConflictEvent[], event: ConflictEvent): ConflictEvent[] {
  const day = dayFromIso(event.date);
  const found: ConflictEvent[] = [];
  for (const other of events) {
    if (other.id === event.id || other.sub_event_type !== event.sub_event_type) continue;
    const otherDay = dayFromIso(other.date);
    if (day !== null && (otherDay === null || Math.abs(otherDay - day) > CANDIDATE_DAYS)) continue;
    found.push(other);
    if (found.length === CANDIDATES) break;
  }
  return found;
}

/**
 * The user's word on what is one incident: "Split into its reports" for an event several articles report, and
 * "Merge with…" another event of the same sub-event type (picked from nearby events, by id, or by clicking it on
 * the map).
 */
export function IncidentActions({ event }: { event: ConflictEvent }) {
  const text = useText();
  const names = useNames();
  const store = useMarsadStoreApi();
  const service = useLibraryService();
  const language = useMarsad((state) => state.language);
  const [merging, setMerging] = useState(false);
  const [otherId, setOtherId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const pick = useRef<EventPick | null>(null);
  const pickButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const listId = useId();
  /** Set when an event was picked: the Merge button takes the focus once it is enabled. */
  const focusMerge = useRef(false);
  // A pick still under way ends with the panel (another event selected, the panel closed).
  useEffect(() => () => pick.current?.cancel(), []);
  useEffect(() => {
    if (!focusMerge.current) return;
    focusMerge.current = false;
    confirmButton.current?.focus();
  });
  if (event.corrected?.includes(USER_ADDED)) return null;
  const reports = service?.reportIdsOf(event.id) ?? [event.id];

  const notify = (failure: Parameters<typeof describeFailure>[1] | null) => {
    const state = store.getState();
    if (failure) state.notify('error', describeFailure(state.language, failure));
  };

  const split = async () => {
    if (!service) return;
    notify(await service.correct([splitCorrection(reports)]));
  };

  /** The event to merge with, or null after saying why it cannot be. */
  const mergeable = (wanted: string): ConflictEvent | null => {
    const index = selectEventIndex(store.getState());
    const position = index.positionById.get(wanted);
    const other = position === undefined ? undefined : index.events[position];
    if (wanted === event.id) {
      setProblem(text('mergeSelf'));
      return null;
    }
    if (!other) {
      setProblem(fill(text('mergeNotFound'), { id: wanted }));
      return null;
    }
    if (other.sub_event_type !== event.sub_event_type) {
      setProblem(
        fill(text('mergeTypesDiffer'), {
          this: typeLabel(event.sub_event_type, language),
          other: typeLabel(other.sub_event_type, language),
        }),
      );
      return null;
    }
    setProblem(null);
    return other;
  };

  const pickOnMap = async () => {
    if (pick.current) return;
    const started = pickEventOnMap({ banner: text('pickEventBanner'), cancel: text('cancel') });
    pick.current = started;
    setPicking(true);
    const picked = await started.result;
    if (pick.current !== started) return;
    pick.current = null;
    setPicking(false);
    if (picked === null) {
      pickButton.current?.focus();
      return;
    }
    focusMerge.current = true;
    setOtherId(picked);
    mergeable(picked);
  };

  const merge = async () => {
    if (!service) return;
    const other = mergeable(otherId.trim());
    if (!other) return;
    const correction = mergeCorrection([...reports, ...service.reportIdsOf(other.id)]);
    const failure = await service.correct([correction]);
    notify(failure);
    if (!failure) {
      setMerging(false);
      // The merged event takes its lowest report id.
      store.getState().selectEvent(correction.members[0] ?? event.id, 'list');
    }
  };

  const index = merging ? selectEventIndex(store.getState()) : null;
  const candidates = index ? candidatesFor(index.events, event) : [];
  const pickedPosition = index?.positionById.get(otherId.trim());
  const picked = pickedPosition === undefined ? undefined : index?.events[pickedPosition];
  return (
    <div className="incident-actions">
      {reports.length > 1 ? (
        <button type="button" disabled={!service} onClick={() => void split()}>
          {text('splitIncident')}
        </button>
      ) : null}
      {merging ? (
        <form
          onSubmit={(submitted) => {
            submitted.preventDefault();
            void merge();
          }}
        >
          <label>
            {text('mergeWithLabel')}
            <input
              list={listId}
              value={otherId}
              onChange={(changed) => setOtherId(changed.target.value)}
              dir="ltr"
            />
          </label>
          <datalist id={listId}>
            {candidates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {`${candidate.date ?? '—'} · ${candidate.location ? names.place(candidate.location, candidate.place_id).text : '—'}`}
              </option>
            ))}
          </datalist>
          <button
            type="button"
            ref={pickButton}
            aria-pressed={picking}
            onClick={() => (picking ? pick.current?.cancel() : void pickOnMap())}
          >
            {text('pickEventOnMap')}
          </button>
          {picked ? (
            <p className="muted">
              {typeLabel(picked.sub_event_type, language)} · {formatEventDate(picked, language, '—')} ·{' '}
              <PlaceName location={picked.location} placeId={picked.place_id} fallback="—" />
            </p>
          ) : null}
          <button
            type="submit"
            ref={confirmButton}
            className="primary"
            disabled={!service || otherId.trim() === ''}
          >
            {text('mergeConfirm')}
          </button>
          {problem ? (
            <p role="alert" className="muted">
              {problem}
            </p>
          ) : null}
        </form>
      ) : (
        <button type="button" disabled={!service} onClick={() => setMerging(true)}>
          {text('mergeWith')}
        </button>
      )}
    </div>
  );
}
