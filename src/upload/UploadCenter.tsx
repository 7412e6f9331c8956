import { useCallback, useState, useSyncExternalStore, type ChangeEvent } from 'react';
import { describeFailure } from '../library/failure-messages';
import { commitExtractions, libraryService } from '../library/library-service';
import { useMarsadStoreApi } from '../store/store-context';
import { extractInWorker, ingestInWorker } from '../workers/extraction-client';
import { DropZone } from './DropZone';
import { ExtractionProgress } from './ExtractionProgress';
import { acceptAttribute, limitsText } from './limits-text';
import { UploadDialog } from './UploadDialog';
import { UploadSession } from './upload-session';
import { uploadText } from './upload-text';
import { useUploadText } from './use-upload-text';
import './upload.css';

/** The ways in: the file picker, the paste box and drag-and-drop anywhere on the app; and the upload's dialogs. */
export function UploadCenter() {
  const store = useMarsadStoreApi();
  const text = useUploadText();
  const [session] = useState(
    () =>
      new UploadSession({
        ingest: ingestInWorker,
        extract: extractInWorker,
        commit: commitExtractions,
        describeFailure: (failure) => describeFailure(store.getState().language, failure),
        notify: (level, message) => store.getState().notify(level, message),
        text: () => uploadText(store.getState().language),
        clashes: async (articles) => (await libraryService()).clashesOf(articles),
        countIncidents: (articleIds) => {
          const added = new Set(articleIds);
          return store
            .getState()
            .events.filter((event) => event.sources.some((source) => added.has(source.article_id))).length;
        },
      }),
  );
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const onFiles = useCallback((files: File[]) => void session.chooseFiles(files), [session]);

  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    // Clear the input so that choosing the same file again is noticed.
    event.target.value = '';
    onFiles(files);
  };

  return (
    <section className="upload-center" data-last-cancel-ms={state.lastCancelMs ?? undefined}>
      <div className="upload-buttons">
        <label className={session.busy ? 'button primary disabled' : 'button primary'}>
          {text('uploadArticles')}
          <input
            type="file"
            multiple
            accept={acceptAttribute()}
            className="visually-hidden"
            disabled={session.busy}
            onChange={onPick}
          />
        </label>
        <button type="button" className="button" disabled={session.busy} onClick={() => session.openPaste()}>
          {text('pasteArticle')}
        </button>
      </div>
      <p className="upload-limits muted">{limitsText(text)}</p>
      <DropZone onFiles={onFiles} />
      <UploadDialog state={state} session={session} />
      <ExtractionProgress state={state} session={session} />
    </section>
  );
}
