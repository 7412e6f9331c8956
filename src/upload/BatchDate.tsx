import { useState } from 'react';
import type { UploadSession, UploadState } from './upload-session';
import { useUploadText } from './use-upload-text';

/**
 * One action for the articles that still have no publication date (none in their file, none suggested, none set):
 * a day and the button that gives it to all of them. Shown only while such articles remain.
 */
export function BatchDate({ state, session }: { state: UploadState; session: UploadSession }) {
  const text = useUploadText();
  const [day, setDay] = useState('');
  // `state` is the snapshot this count belongs to: the component re-renders with every change of the session.
  const undated = state.phase === 'review' ? session.undatedCount() : 0;
  if (undated === 0) return null;
  return (
    <div className="upload-batch-date">
      <label>
        {text('batchDate')}
        <input type="date" value={day} onChange={(event) => setDay(event.target.value)} />
      </label>
      <button type="button" disabled={day === ''} onClick={() => session.applyDateToUndated(day)}>
        {text('applyDate', { count: undated })}
      </button>
      <p className="muted">{text('undatedHint')}</p>
    </div>
  );
}
