import { formatBytes } from '../pipeline/ingest/formats/limits';
import type { FileRow, UploadSession, UploadState } from './upload-session';
import { useUploadText } from './use-upload-text';

/** The missing date is already said by the row's status and asked for by its date field. */
function shown(row: FileRow) {
  return row.diagnostics.filter((diagnostic) => diagnostic.code !== 'missing-date');
}

/** Every chosen file with what was read from it, its problems, and a date field when it has undated articles. */
export function FileReviewList({ state, session }: { state: UploadState; session: UploadSession }) {
  const text = useUploadText();
  return (
    <ul className="upload-files" aria-label={text('dialogTitle')}>
      {state.rows.map((row: FileRow, index) => (
        <li key={`${row.name}-${index}`} className={row.refused ? 'upload-file refused' : 'upload-file'}>
          <div className="upload-file-head">
            <span className="upload-file-name" dir="auto">
              {row.name}
            </span>
            <span className="muted">{formatBytes(row.size)}</span>
            <span className="upload-file-status">
              {row.refused ? text('notRead') : text('articlesInFile', { count: row.articleIds.length })}
              {row.undated > 0 ? ` · ${text('undatedInFile', { count: row.undated })}` : ''}
            </span>
          </div>
          {row.undated > 0 ? (
            <label className="upload-date">
              {text('fileDate')}
              <input
                type="date"
                value={state.fileDates[row.name] ?? ''}
                onChange={(event) => session.setFileDate(row.name, event.target.value)}
              />
            </label>
          ) : null}
          {shown(row).length > 0 ? (
            <ul className="upload-problems">
              {shown(row).map((diagnostic, problem) => (
                <li key={problem} className={`problem-${diagnostic.severity}`} dir="auto">
                  {diagnostic.message}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
