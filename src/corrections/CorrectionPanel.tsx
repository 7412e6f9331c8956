import { useLibraryService } from '../library/use-library-service';
import { describeFailure } from '../library/failure-messages';
import { useMarsad, useMarsadStoreApi } from '../store/store-context';
import { useText } from '../ui/i18n';
import { eventFromSentence, locateSelection } from './event-from-selection';
import { EventEditor } from './EventEditor';
import { dismissEvent } from './save-correction';

/**
 * Corrections for the selected event (open the editor, or mark it "not an event") and a new event from the
 * sentence the user selected in the open article.
 */
export function CorrectionPanel() {
  const text = useText();
  const store = useMarsadStoreApi();
  const service = useLibraryService();
  const selectedId = useMarsad((state) => state.selectedEventId);
  const editingId = useMarsad((state) => state.editingEventId);
  const events = useMarsad((state) => state.events);
  const openArticleId = useMarsad((state) => state.openArticleId);
  const editEvent = useMarsad((state) => state.editEvent);
  const corrections = useMarsad((state) => state.corrections);

  const selected = selectedId === null ? undefined : events.find((event) => event.id === selectedId);
  const editing = editingId === null ? undefined : events.find((event) => event.id === editingId);
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
              <p className="correction-summary" dir="auto">
                {selected.sub_event_type} · {selected.location ?? text('noPlace')} · {selected.date ?? '—'}
                {selected.corrected ? (
                  <span className="corrected-mark"> · {text('correctedMark')}</span>
                ) : null}
              </p>
              <button
                type="button"
                className="primary"
                onClick={() => editEvent(selected.id)}
                disabled={!service}
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
