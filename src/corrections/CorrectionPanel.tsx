import { useLibraryService } from '../library/use-library-service';
import { describeFailure } from '../library/failure-messages';
import type { ConflictEvent } from '../pipeline/types';
import { selectEventIndex, selectSelectedEvent } from '../store/selectors/event-selectors';
import type { MarsadState } from '../store/store';
import { useMarsad, useMarsadStoreApi } from '../store/store-context';
import { useText } from '../ui/i18n';
import { formatEventDate, typeLabel } from '../events/event-labels';
import { PlaceName } from '../ui/Name';
import { eventFromSentence, locateSelection } from './event-from-selection';
import { EventEditor } from './EventEditor';
import { IncidentActions } from './IncidentActions';
import { dismissEvent } from './save-correction';

/** The event open in the editor, through the shared event index (no search of every event). */
function selectEditingEvent(state: MarsadState): ConflictEvent | null {
  if (state.editingEventId === null) return null;
  const index = selectEventIndex(state);
  const position = index.positionById.get(state.editingEventId);
  return position === undefined ? null : (index.events[position] ?? null);
}

/**
 * Corrections for the selected event (open the editor, or mark it "not an event") and a new event from the
 * sentence the user selected in the open article.
 */
export function CorrectionPanel() {
  const text = useText();
  const language = useMarsad((state) => state.language);
  const store = useMarsadStoreApi();
  const service = useLibraryService();
  // Only the selected and edited events: committing other events does not re-render the panel.
  const selected = useMarsad(selectSelectedEvent);
  const editing = useMarsad(selectEditingEvent);
  const openArticleId = useMarsad((state) => state.openArticleId);
  const editEvent = useMarsad((state) => state.editEvent);
  const corrections = useMarsad((state) => state.corrections);

  const articleId = openArticleId ?? selected?.sources[0]?.article_id ?? null;
  if (!selected && !editing && articleId === null) return null;

  const notify = (failure: Parameters<typeof describeFailure>[1] | null) => {
    const state = store.getState();
    if (failure) state.notify('error', describeFailure(state.language, failure));
  };

  const addFromSelection = async () => {
    const state = store.getState();
    const article = articleId === null ? undefined : state.articles[articleId];
    const selection = window.getSelection()?.toString() ?? '';
    const span = article ? locateSelection(article.text, selection) : null;
    if (!service || !article || !span) {
      state.notify('warning', text('selectTextFirst'));
      return;
    }
    const event = eventFromSentence(article, span);
    const failure = await service.correct([
      { kind: 'added', event_id: event.id, event, updatedAt: Date.now() },
    ]);
    notify(failure);
    if (!failure) {
      state.selectEvent(event.id, 'reader');
      state.editEvent(event.id);
    }
  };

  return (
    <aside className="correction-panel" aria-label={text('correctEvent')}>
      {editing ? (
        <EventEditor key={editing.id} event={editing} onClose={() => editEvent(null)} />
      ) : (
        <div className="correction-actions">
          {selected ? (
            <>
              <p className="correction-summary">
                {typeLabel(selected.sub_event_type, language)} ·{' '}
                <PlaceName
                  location={selected.location}
                  placeId={selected.place_id}
                  fallback={text('noPlace')}
                />{' '}
                · {formatEventDate(selected, language, '—')}
                {selected.corrected ? (
                  <span className="corrected-mark"> · {text('correctedMark')}</span>
                ) : null}
              </p>
              <button
                type="button"
                className="primary"
                onClick={() => editEvent(selected.id)}
                disabled={!service}
                data-correct-event=""
              >
                {text('correctEvent')}
              </button>
              <button
                type="button"
                className="danger"
                disabled={!service}
                onClick={() =>
                  service && void dismissEvent(service, selected.id, corrections[selected.id]).then(notify)
                }
              >
                {text('notAnEvent')}
              </button>
              <IncidentActions key={selected.id} event={selected} />
            </>
          ) : null}
          {articleId !== null ? (
            <button
              type="button"
              // Keep the text selection: the button must not take it away when pressed.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => void addFromSelection()}
              disabled={!service}
            >
              {text('addEventFromSelection')}
            </button>
          ) : null}
        </div>
      )}
    </aside>
  );
}
