import { ProgressBar } from './ProgressBar';
import type { UploadSession, UploadState } from './upload-session';
import { useUploadText } from './use-upload-text';

/** While events are extracted: a non-modal panel with progress and a cancel button; the app stays usable. */
export function ExtractionProgress({ state, session }: { state: UploadState; session: UploadSession }) {
  const text = useUploadText();
  const counts = state.extracting;
  if (state.phase !== 'extracting' || !counts) return null;
  return (
    <section className="extraction-progress panel" aria-label={text('extracting')} role="status">
      <h2>{text('extracting')}</h2>
      <ProgressBar
        label={text('extracting')}
        value={counts.done}
        max={counts.total}
        detail={text('extractProgress', { done: counts.done, total: counts.total, events: counts.events })}
      />
      {state.cancelling?.stoppedAt != null ? <p className="extraction-stopped">{text('stopping')}</p> : null}
      <button type="button" disabled={state.cancelling !== null} onClick={() => session.cancel()}>
        {text('cancel')}
      </button>
    </section>
  );
}
