import { useEffect, useRef, useState } from 'react';
import { useMarsad, useMarsadStoreApi } from '../store/store-context';
import { useText } from '../ui/i18n';
import { libraryService } from './library-service';
import { persistenceMessage, shouldRequestPersistence, usageText, type Persistence } from './storage-status';
import './storage-status.css';

/** The estimate is read again this long after the library last changed (not once per saved batch). */
const ESTIMATE_DELAY_MS = 1500;

/**
 * The storage that holds the library, under the library list: how much is used and available, whether the
 * browser keeps it (persistent storage, asked for once the library holds articles of the user's own), whether
 * the app works offline, and a way to save a copy of everything before the library or the browser's data is
 * cleared.
 */
export function StorageStatus() {
  const text = useText();
  const store = useMarsadStoreApi();
  const language = useMarsad((state) => state.language);
  const ready = useMarsad((state) => state.libraryReady);
  const articleCount = useMarsad((state) => state.articleOrder.length);
  const hasUserArticles = useMarsad((state) =>
    state.articleOrder.some((id) => state.articleStatus[id]?.bundled === false),
  );
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  const [offline, setOffline] = useState(false);
  const asked = useRef(false);

  useEffect(() => {
    let live = true;
    const storage = navigator.storage as StorageManager | undefined;
    if (typeof storage?.persisted !== 'function' || typeof storage.persist !== 'function') {
      setPersistence('unsupported');
      return;
    }
    void storage.persisted().then(
      (kept) => live && setPersistence(kept ? 'kept' : 'not-kept'),
      () => live && setPersistence('unsupported'),
    );
    return () => {
      live = false;
    };
  }, []);

  const askToKeep = () => {
    asked.current = true;
    void navigator.storage.persist().then(
      (kept) => setPersistence(kept ? 'kept' : 'declined'),
      () => setPersistence('declined'),
    );
  };

  useEffect(() => {
    if (shouldRequestPersistence(persistence, hasUserArticles ? 1 : 0, asked.current)) askToKeep();
  }, [persistence, hasUserArticles]);

  useEffect(() => {
    if (!ready || typeof navigator.storage?.estimate !== 'function') return;
    let live = true;
    const timer = setTimeout(() => {
      void navigator.storage.estimate().then(
        (answer) => live && setEstimate(answer),
        () => undefined,
      );
    }, ESTIMATE_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [ready, articleCount]);

  useEffect(() => {
    const workers = navigator.serviceWorker as ServiceWorkerContainer | undefined;
    if (!workers) return;
    const update = () => setOffline(workers.controller !== null);
    update();
    workers.addEventListener('controllerchange', update);
    return () => workers.removeEventListener('controllerchange', update);
  }, []);

  const saveCopy = async () => {
    // Loaded on the click: the library panel is part of the first view.
    const [{ buildWorkspace }, { datedFileName, downloadText }] = await Promise.all([
      import('../export/workspace-file'),
      import('../export/download'),
    ]);
    const service = await libraryService();
    const workspace = buildWorkspace(service.records(), Object.values(store.getState().corrections));
    downloadText(datedFileName('marsad-workspace', 'json'), JSON.stringify(workspace), 'application/json');
  };

  if (!ready) return null;
  const usage = usageText(estimate, language);
  const message = persistence === null ? null : persistenceMessage(persistence);
  const canAsk = hasUserArticles && (persistence === 'not-kept' || persistence === 'declined');
  return (
    <div className="storage-status" role="group" aria-label={text('storageOnDevice')}>
      <p className="storage-usage">
        {text('storageOnDevice')}
        {usage ? `: ${usage}` : ''}
      </p>
      {message && (
        <p className={`storage-persistence storage-${persistence}`}>
          {text(message)}
          {canAsk && (
            <>
              {' '}
              <button type="button" className="storage-keep" onClick={askToKeep}>
                {text('storageKeepAsk')}
              </button>
            </>
          )}
        </p>
      )}
      {offline && <p className="storage-offline">{text('offlineReady')}</p>}
      {hasUserArticles && (
        <p className="storage-export">
          {text('storageExportFirst')}{' '}
          <button type="button" className="storage-save-copy" onClick={() => void saveCopy()}>
            {text('storageExportCopy')}
          </button>
        </p>
      )}
    </div>
  );
}
