import { useRef, useState, type FormEvent } from 'react';
import { useFocusTrap } from '../ui/focus';
import type { ConflictEvent, SubEventType, TimePrecision } from '../pipeline/types';
import type { StorageFailure } from '../persistence/storage-failure';
import { describeFailure } from '../library/failure-messages';
import { useLibraryService } from '../library/use-library-service';
import { useMarsad, useMarsadStoreApi } from '../store/store-context';
import { useText } from '../ui/i18n';
import { typeLabel } from '../events/event-labels';
import { useNames } from '../ui/names';
import { formFromEvent, patchFromForm, type EditorForm, type FormProblem } from './editor-form';
import { CANONICAL_ACTORS, SUB_EVENT_TYPES } from './event-kinds';
import { PlacePicker } from './PlacePicker';
import { dismissEvent, saveEdit } from './save-correction';

interface EventEditorProps {
  event: ConflictEvent;
  onClose: () => void;
}

/** The form that corrects one event: type, date, place, actors and fatalities, or "not an event". */
export function EventEditor({ event, onClose }: EventEditorProps) {
  const text = useText();
  const language = useMarsad((state) => state.language);
  const names = useNames();
  const store = useMarsadStoreApi();
  const service = useLibraryService();
  const existing = useMarsad((state) => state.corrections[event.id]);
  const [form, setForm] = useState<EditorForm>(() => formFromEvent(event));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [saving, setSaving] = useState(false);

  const formRef = useRef<HTMLFormElement>(null);
  // Focus stays in the editor until it is closed (Escape cancels); then it returns to "Correct this event".
  useFocusTrap(formRef, true, {
    onEscape: onClose,
    returnTo: () => document.querySelector<HTMLElement>('[data-correct-event]'),
  });

  const update = (patch: Partial<EditorForm>) => setForm((current) => ({ ...current, ...patch }));

  const finish = async (write: () => Promise<StorageFailure | null>) => {
    setSaving(true);
    const failure = await write();
    setSaving(false);
    const state = store.getState();
    if (failure) state.notify('error', describeFailure(state.language, failure));
    else onClose();
  };

  const submit = (submitted: FormEvent) => {
    submitted.preventDefault();
    if (!service) return;
    const { patch, problems: found } = patchFromForm(form);
    setProblems(found);
    if (found.length > 0) return;
    void finish(() => saveEdit(service, event, existing, patch));
  };

  const invalid = (field: FormProblem) => (problems.includes(field) ? true : undefined);

  return (
    <form className="event-editor" onSubmit={submit} aria-label={text('editEvent')} ref={formRef}>
      <h3>{text('editEvent')}</h3>
      <p
        className="editor-notes"
        dir="auto"
        translate="no"
        tabIndex={0}
        role="region"
        aria-label={text('evidence')}
      >
        {event.notes}
      </p>
      <label>
        {text('eventKind')}
        <select
          data-autofocus=""
          value={form.sub_event_type}
          onChange={(change) => update({ sub_event_type: change.target.value as SubEventType })}
        >
          {SUB_EVENT_TYPES.map(({ sub }) => (
            <option key={sub} value={sub}>
              {typeLabel(sub, language)}
            </option>
          ))}
        </select>
      </label>
      <div className="editor-row">
        <label>
          {text('eventDate')}
          <input
            type="date"
            value={form.date}
            aria-invalid={invalid('date')}
            onChange={(change) => update({ date: change.target.value })}
          />
        </label>
        <label>
          {text('dateExactness')}
          <select
            value={form.time_precision}
            onChange={(change) => update({ time_precision: Number(change.target.value) as TimePrecision })}
          >
            <option value={1}>{text('precisionDay')}</option>
            <option value={2}>{text('precisionWeek')}</option>
            <option value={3}>{text('precisionMonth')}</option>
          </select>
        </label>
      </div>
      <PlacePicker value={form} onChange={update} />
      <datalist id="marsad-actors">
        {CANONICAL_ACTORS.map((actor) => (
          <option key={actor} value={actor} label={names.actor(actor).text} />
        ))}
      </datalist>
      <div className="editor-row">
        <label>
          {text('actor1')}
          <input
            list="marsad-actors"
            value={form.actor1}
            onChange={(change) => update({ actor1: change.target.value })}
          />
        </label>
        <label>
          {text('actor2')}
          <input
            list="marsad-actors"
            value={form.actor2}
            onChange={(change) => update({ actor2: change.target.value })}
          />
        </label>
      </div>
      <div className="editor-row">
        <label>
          {text('killed')}
          <input
            inputMode="numeric"
            value={form.fatalities}
            placeholder={text('unknownCount')}
            aria-invalid={invalid('fatalities')}
            onChange={(change) => update({ fatalities: change.target.value })}
          />
        </label>
        <label>
          {text('fatalitiesHigh')}
          <input
            inputMode="numeric"
            value={form.fatalities_high}
            placeholder={text('unknownCount')}
            aria-invalid={invalid('fatalities_high')}
            onChange={(change) => update({ fatalities_high: change.target.value })}
          />
        </label>
      </div>
      <div className="editor-actions">
        <button type="submit" className="primary" disabled={!service || saving}>
          {text('saveCorrection')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={!service || saving}
          onClick={() => service && void finish(() => dismissEvent(service, event.id, existing))}
        >
          {text('notAnEvent')}
        </button>
        {existing && existing.kind !== 'added' ? (
          <button
            type="button"
            disabled={!service || saving}
            onClick={() => service && void finish(() => service.correct([], [event.id]))}
          >
            {text('restoreMachine')}
          </button>
        ) : null}
        <button type="button" onClick={onClose}>
          {text('cancel')}
        </button>
      </div>
    </form>
  );
}
