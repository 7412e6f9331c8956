import { useId, useRef } from 'react';
import { useFocusTrap } from '../ui/focus';
import { BatchDate } from './BatchDate';
import { FileReviewList } from './FileReviewList';
import { limitsText } from './limits-text';
import { PasteForm } from './PasteForm';
import { ProgressBar } from './ProgressBar';
import type { UploadSession, UploadState } from './upload-session';
import { useUploadText } from './use-upload-text';

/** The modal part of an upload: pasting, reading the files, and reviewing them with their dates. */
export function UploadDialog({ state, session }: { state: UploadState; session: UploadSession }) {
  const text = useUploadText();
  const titleId = useId();
  const open = state.phase === 'paste' || state.phase === 'reading' || state.phase === 'review';

  const dialog = useRef<HTMLDivElement>(null);
  // Focus stays in the dialog (Tab cycles), Escape cancels, and focus returns to the button that opened it.
  useFocusTrap(dialog, open, { onEscape: () => session.cancel(), step: state.phase });

  if (!open) return null;
  return (
    <div className="upload-backdrop">
      <div
        className="upload-dialog panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        ref={dialog}
      >
        <h2 id={titleId}>{state.phase === 'paste' ? text('pasteArticle') : text('dialogTitle')}</h2>
        {state.phase === 'paste' ? <PasteForm session={session} /> : null}
        {state.phase === 'reading' && state.reading ? (
          <ProgressBar
            label={text('readingFiles')}
            value={state.reading.filesDone}
            max={state.reading.filesTotal}
            detail={`${text('readingFiles')} ${text('filesProgress', {
              done: state.reading.filesDone,
              total: state.reading.filesTotal,
            })}`}
          />
        ) : null}
        {state.phase === 'review' ? (
          <>
            <BatchDate state={state} session={session} />
            <FileReviewList state={state} session={session} />
          </>
        ) : null}
        <p className="upload-limits muted">{limitsText(text)}</p>
        {state.phase !== 'paste' ? (
          <div className="upload-actions">
            <button type="button" onClick={() => session.cancel()}>
              {text('cancel')}
            </button>
            {state.phase === 'review' ? (
              <button
                type="button"
                className="primary"
                disabled={state.articles.length === 0}
                onClick={() => void session.start()}
              >
                {text('addArticles', { count: state.articles.length })}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
